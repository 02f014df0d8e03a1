#include "UiTestSupport.h"
#include "boundaries/BoundariesPage.h"
#include "boundaries/BoundaryCard.h"
#include "boundaries/BoundaryForm.h"
#include "boundaries/BoundaryRepository.h"
#include "common/Theme.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace bearings;
using namespace bearings::ui;
using bearings::test::child;
using bearings::test::unnamedFocusable;
using namespace Qt::Literals::StringLiterals;

class TestBoundaries : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;
    qint64 m_relationship = 0;

    int count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    qint64 seed(const QString &behaviour)
    {
        Boundary b;
        b.relationshipId = m_relationship;
        b.behaviour = behaviour;
        b.limit = u"I will not take part in this"_s;
        b.consequence = u"leave the room"_s;
        const Result<qint64> id = BoundaryRepository(*m_db).add(b);
        if (!id.ok())
            qWarning() << id.error().message;
        return id.ok() ? id.value() : 0;
    }

    static void show(QWidget &w)
    {
        w.resize(1100, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

private Q_SLOTS:
    void initTestCase() { Theme::apply(*qApp, Theme::Mode::Light); }

    void init()
    {
        Result<std::unique_ptr<Database>> db = Database::openNew();
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_context = std::make_unique<SessionContext>(*m_db, *m_clipboard);
        Relationship r;
        r.name = u"Robin"_s;
        r.kind = RelationshipKind::Partner;
        r.nonNegotiables = {u"Hitting me"_s, u"Threats about the children"_s};
        const Result<qint64> id = RelationshipRepository(*m_db).add(r);
        QVERIFY(id.ok());
        m_relationship = id.value();
        m_context->setCurrentRelationship(m_relationship);
    }

    void cleanup()
    {
        m_context.reset();
        m_clipboard.reset();
        m_db.reset();
    }

    void emptyStates()
    {
        BoundariesPage page(*m_context);
        show(page);
        QVERIFY(child<QWidget>(&page, u"noBoundaries"_s)->isVisibleTo(&page));
        m_context->setCurrentRelationship(0);
        QVERIFY(child<QWidget>(&page, u"noRelationship"_s)->isVisibleTo(&page));
        QVERIFY(!child<QWidget>(&page, u"boundaryForm"_s)->isVisibleTo(&page));
    }

    void nonNegotiablesShownAndNavigate()
    {
        BoundariesPage page(*m_context);
        show(page);
        const QString text = child<QLabel>(&page, u"nonNegotiablesText"_s)->text();
        QVERIFY(text.contains(u"Hitting me"_s));
        QVERIFY(text.contains(u"Threats about the children"_s));
        QSignalSpy spy(m_context.get(), &SessionContext::navigateRequested);
        QTest::mouseClick(child<QPushButton>(&page, u"editNonNegotiables"_s), Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<Area>(), Area::Assessment);
    }

    void addViaForm()
    {
        BoundariesPage page(*m_context);
        show(page);
        child<QLineEdit>(&page, u"behaviour"_s)->setText(u"Yelling at me"_s);
        child<QLineEdit>(&page, u"limit"_s)->setText(u"I do not stay where I am yelled at"_s);
        auto *consequence = child<QLineEdit>(&page, u"consequence"_s);
        consequence->setText(u"leave and come back in an hour"_s);
        consequence->setFocus();
        QTest::keyClick(consequence, Qt::Key_Return);

        QCOMPARE(count(u"SELECT COUNT(*) FROM boundary"_s), 1);
        QCOMPARE(page.cards().size(), 1);
        const Boundary b = page.cards().first()->boundary();
        QCOMPARE(b.behaviour, u"Yelling at me"_s);
        QCOMPARE(b.consequence, u"leave and come back in an hour"_s);
        QVERIFY(consequence->text().isEmpty());
        QVERIFY(!child<QWidget>(&page, u"noBoundaries"_s)->isVisibleTo(&page));
        QCOMPARE(child<QLabel>(page.cards().first(), u"sinceLastCrossing"_s)->text(), u"Not crossed yet"_s);
    }

    void validationInline()
    {
        BoundariesPage page(*m_context);
        show(page);
        child<QLineEdit>(&page, u"behaviour"_s)->setText(u"Yelling at me"_s);
        child<QLineEdit>(&page, u"limit"_s)->setText(u"I do not stay"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"saveBoundary"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boundary"_s), 0);
        QVERIFY(!page.form()->problem().isEmpty());
        QVERIFY(child<QWidget>(&page, u"boundaryProblem"_s)->isVisibleTo(&page));
        QCOMPARE(child<QLineEdit>(&page, u"behaviour"_s)->text(), u"Yelling at me"_s);
    }

    void editKeepsId()
    {
        const qint64 id = seed(u"Reading my phone"_s);
        BoundariesPage page(*m_context);
        show(page);
        QTest::mouseClick(child<QPushButton>(page.card(id), u"editBoundary"_s), Qt::LeftButton);
        QCOMPARE(page.form()->editingId(), id);
        child<QLineEdit>(&page, u"behaviour"_s)->setText(u"Going through my phone"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"saveBoundary"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boundary"_s), 1);
        QCOMPARE(BoundaryRepository(*m_db).get(id).value().behaviour, u"Going through my phone"_s);
        QCOMPARE(page.form()->editingId(), 0);
    }

    void logCrossingUpdatesNumbers()
    {
        const qint64 id = seed(u"Yelling at me"_s);
        BoundariesPage page(*m_context);
        show(page);
        BoundaryCard *card = page.card(id);
        QVERIFY(card);
        QCOMPARE(child<QLabel>(card, u"crossingCount"_s)->text(), u"No crossings logged"_s);

        QTest::mouseClick(child<QPushButton>(card, u"logCrossing"_s), Qt::LeftButton);
        QVERIFY(child<QWidget>(card, u"crossingForm"_s)->isVisibleTo(&page));
        const QDateTime when = child<QDateTimeEdit>(card, u"crossingWhen"_s)->dateTime();
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTime())) < 120);
        child<QLineEdit>(card, u"crossingWhat"_s)->setText(u"Yelled in the kitchen"_s);
        child<QCheckBox>(card, u"crossingFollowed"_s)->setChecked(true);
        QTest::mouseClick(child<QPushButton>(card, u"saveCrossing"_s), Qt::LeftButton);

        QCOMPARE(count(u"SELECT COUNT(*) FROM breach"_s), 1);
        QCOMPARE(page.card(id), card);
        QVERIFY(!child<QWidget>(card, u"crossingForm"_s)->isVisibleTo(&page));
        QCOMPARE(child<QLabel>(card, u"crossingCount"_s)->text(), u"Crossed once"_s);
        QCOMPARE(child<QLabel>(card, u"followThrough"_s)->text(), u"Followed through the one time"_s);
        QCOMPARE(child<QLabel>(card, u"sinceLastCrossing"_s)->text(), u"Last crossed today"_s);

        // Older crossings, two of them not followed through.
        BoundaryRepository repo(*m_db);
        for (int daysAgo : {12, 20}) {
            Breach b;
            b.boundaryId = id;
            b.occurredAt = m_db->clock().now().addDays(-daysAgo);
            QVERIFY(repo.logBreach(b).ok());
        }
        QCOMPARE(child<QLabel>(card, u"crossingCount"_s)->text(), u"Crossed 3 times"_s);
        QCOMPARE(child<QLabel>(card, u"followThrough"_s)->text(), u"Followed through 1 of 3 times"_s);
    }

    void deleteCrossingWithUndo()
    {
        const qint64 id = seed(u"Yelling at me"_s);
        Breach b;
        b.boundaryId = id;
        b.occurredAt = m_db->clock().now().addDays(-12);
        b.description = u"At dinner"_s;
        QVERIFY(BoundaryRepository(*m_db).logBreach(b).ok());
        BoundariesPage page(*m_context);
        show(page);
        BoundaryCard *card = page.card(id);
        QCOMPARE(child<QLabel>(card, u"sinceLastCrossing"_s)->text(), u"12 days since it was last crossed"_s);
        QTest::mouseClick(child<QPushButton>(card, u"showCrossings"_s), Qt::LeftButton);
        auto *list = child<QListWidget>(card, u"crossingList"_s);
        QVERIFY(list->isVisibleTo(&page));
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"At dinner"_s));
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(card, u"deleteCrossing"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM breach"_s), 0);
        QCOMPARE(list->count(), 0);
        QCOMPARE(child<QLabel>(card, u"sinceLastCrossing"_s)->text(), u"Not crossed yet"_s);
        page.undo();
        QCOMPARE(count(u"SELECT COUNT(*) FROM breach"_s), 1);
        QCOMPARE(list->count(), 1);
    }

    void retireMovesBelowActive()
    {
        const qint64 first = seed(u"First"_s);
        const qint64 second = seed(u"Second"_s);
        BoundariesPage page(*m_context);
        show(page);
        QCOMPARE(page.cards().first()->boundary().id, first);
        QVERIFY(!child<QWidget>(&page, u"retiredHeading"_s)->isVisibleTo(&page));
        QTest::mouseClick(child<QPushButton>(page.card(first), u"retireBoundary"_s), Qt::LeftButton);
        QVERIFY(!BoundaryRepository(*m_db).get(first).value().active);
        QCOMPARE(page.cards().size(), 2);
        QCOMPARE(page.cards().at(0)->boundary().id, second);
        QCOMPARE(page.cards().at(1)->boundary().id, first);
        QVERIFY(child<QWidget>(&page, u"retiredHeading"_s)->isVisibleTo(&page));
        QVERIFY(page.card(first)->y() > page.card(second)->y());
        auto *restore = child<QPushButton>(page.card(first), u"restoreBoundary"_s);
        QVERIFY(restore->isVisibleTo(&page));
        QTest::mouseClick(restore, Qt::LeftButton);
        QVERIFY(BoundaryRepository(*m_db).get(first).value().active);
        QCOMPARE(page.cards().at(0)->boundary().id, first);
    }

    void deleteAsksInPlaceAndUndo()
    {
        const qint64 id = seed(u"Yelling at me"_s);
        Breach b;
        b.boundaryId = id;
        b.occurredAt = m_db->clock().now().addDays(-2);
        b.consequenceCarriedOut = true;
        QVERIFY(BoundaryRepository(*m_db).logBreach(b).ok());
        BoundariesPage page(*m_context);
        show(page);
        BoundaryCard *card = page.card(id);
        QTest::mouseClick(child<QPushButton>(card, u"deleteBoundary"_s), Qt::LeftButton);
        QVERIFY(child<QWidget>(card, u"deleteConfirmation"_s)->isVisibleTo(&page));
        QTest::mouseClick(child<QPushButton>(card, u"keepBoundary"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boundary"_s), 1);
        QTest::mouseClick(child<QPushButton>(card, u"deleteBoundary"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(card, u"confirmDelete"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM boundary"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM breach"_s), 0);
        QCOMPARE(page.cards().size(), 0);
        QVERIFY(child<QWidget>(&page, u"noBoundaries"_s)->isVisibleTo(&page));

        page.undo();
        QCOMPARE(count(u"SELECT COUNT(*) FROM boundary"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM breach WHERE consequence_carried_out = 1"_s), 1);
        QCOMPARE(page.cards().size(), 1);
        QCOMPARE(child<QLabel>(page.cards().first(), u"followThrough"_s)->text(), u"Followed through the one time"_s);
    }

    void relationshipSwitch()
    {
        seed(u"Yelling at me"_s);
        Relationship other;
        other.name = u"Sam"_s;
        const Result<qint64> otherId = RelationshipRepository(*m_db).add(other);
        QVERIFY(otherId.ok());
        BoundariesPage page(*m_context);
        show(page);
        QCOMPARE(page.cards().size(), 1);
        m_context->setCurrentRelationship(otherId.value());
        QCOMPARE(page.cards().size(), 0);
        QVERIFY(!child<QLabel>(&page, u"nonNegotiablesText"_s)->text().contains(u"Hitting me"_s));
    }

    void everyFocusableWidgetIsNamed()
    {
        const qint64 id = seed(u"Yelling at me"_s);
        const qint64 retired = seed(u"Silent treatment"_s);
        QVERIFY(BoundaryRepository(*m_db).retire(retired).ok());
        Breach b;
        b.boundaryId = id;
        b.occurredAt = m_db->clock().now().addDays(-1);
        QVERIFY(BoundaryRepository(*m_db).logBreach(b).ok());
        BoundariesPage page(*m_context);
        show(page);
        BoundaryCard *card = page.card(id);
        QTest::mouseClick(child<QPushButton>(card, u"logCrossing"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(card, u"showCrossings"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(card, u"deleteBoundary"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(card, u"editBoundary"_s), Qt::LeftButton);
        QCOMPARE(unnamedFocusable(&page), QStringList());
        m_context->setCurrentRelationship(0);
        QCOMPARE(unnamedFocusable(&page), QStringList());
    }
};

QTEST_MAIN(TestBoundaries)
#include "tst_boundaries.moc"
