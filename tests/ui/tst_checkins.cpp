#include "UiTestSupport.h"
#include "checkins/CheckInsPage.h"
#include "checkins/TrialPlanRepository.h"
#include "common/Clock.h"
#include "common/EmptyState.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace bearings;
using namespace bearings::ui;
using bearings::test::child;
using bearings::test::unnamedFocusable;
using namespace Qt::Literals::StringLiterals;

namespace {

// Thursday 26 November 2026, noon. The plan starts on Tuesday 27 October, so
// today is in week 5; check-ins are due on Sundays (week 4's on 22 November).
const QDateTime kNow(QDate(2026, 11, 26), QTime(12, 0));
const QDate kStart(2026, 10, 27);

} // namespace

class TestCheckIns : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;
    qint64 m_relationship = 0;
    TrialPlan m_plan;

    int count(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    void createPlan()
    {
        m_plan = {};
        m_plan.relationshipId = m_relationship;
        m_plan.startDate = kStart;
        m_plan.lengthWeeks = 12;
        m_plan.checkInWeekday = 7;
        m_plan.myBehaviour = u"Pause and come back after 30 minutes"_s;
        m_plan.benchmarks = {
            Benchmark {0, BenchmarkKind::SelfRated, u"Feeling safe to speak"_s, 6.0, TargetDirection::AtLeast},
            Benchmark {0, BenchmarkKind::SelfRated, u"Evenings with a row"_s, 2.0, TargetDirection::AtMost},
        };
        const Result<qint64> id = TrialPlanRepository(*m_db).create(m_plan);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
    }

    void fileWeeks(int from, int to)
    {
        for (int week = from; week <= to; ++week) {
            CheckIn c;
            c.planId = m_plan.id;
            c.week = week;
            c.helped = u"Week %1"_s.arg(week);
            const Result<qint64> id = TrialPlanRepository(*m_db).fileCheckIn(c);
            QVERIFY(id.ok());
        }
    }

    static void show(QWidget &w)
    {
        w.resize(1100, 1200);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>(kNow);
        Result<std::unique_ptr<Database>> db = Database::openNew(*m_clock);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_context = std::make_unique<SessionContext>(*m_db, *m_clipboard);
        Relationship r;
        r.name = u"Robin"_s;
        r.kind = RelationshipKind::Partner;
        r.strategy = Strategy::Repair;
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
        m_clock.reset();
    }

    void emptyStateWithoutPlan()
    {
        CheckInsPage page(*m_context);
        show(page);
        QCOMPARE(page.objectName(), u"checkInsPage"_s);
        QVERIFY(!page.plan());
        auto *empty = child<EmptyState>(&page, u"checkInsEmpty"_s);
        QVERIFY(empty && empty->isVisible());
        QSignalSpy navigate(m_context.get(), &SessionContext::navigateRequested);
        auto *go = child<QPushButton>(&page, u"goToAssessment"_s);
        QVERIFY(go && go->isVisible());
        go->click();
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.first().first().value<Area>(), Area::Assessment);
        QVERIFY2(unnamedFocusable(&page).isEmpty(), qPrintable(unnamedFocusable(&page).join(u", "_s)));

        // Without any relationship, the same explanation.
        m_context->setCurrentRelationship(0);
        QVERIFY(empty->isVisible());
    }

    void statusShowsWeekAndOverdue()
    {
        createPlan();
        fileWeeks(1, 3);
        CheckInsPage page(*m_context);
        show(page);
        QVERIFY(page.plan());
        QCOMPARE(
            child<WrapLabel>(&page, u"trialStatus"_s)->text(), u"Week 5 of 12 · next check-in Sunday 29 November"_s);
        auto *open = child<WrapLabel>(&page, u"openWeeks"_s);
        QVERIFY(open->isVisible());
        QCOMPARE(open->text(), u"Week 4's check-in is still open — you can fill it in now."_s);
        // The overdue week is offered first.
        QCOMPARE(page.selectedWeek(), 4);
        QVERIFY(!page.isEditingCheckIn());
        QCOMPARE(child<QComboBox>(&page, u"week"_s)->count(), 5);
        QCOMPARE(child<QTableWidget>(&page, u"checkInList"_s)->rowCount(), 3);
    }

    void overdueWeeksPluralAndDefaultToEarliest()
    {
        createPlan();
        fileWeeks(1, 1);
        CheckInsPage page(*m_context);
        show(page);
        QCOMPARE(page.selectedWeek(), 2);
        QVERIFY(child<WrapLabel>(&page, u"openWeeks"_s)->text().startsWith(u"The check-ins for weeks 2, 3 and 4"_s));
    }

    void fileCheckInStoresRatingsThenEditsInsteadOfFilingTwice()
    {
        createPlan();
        fileWeeks(1, 3);
        CheckInsPage page(*m_context);
        show(page);
        QCOMPARE(page.selectedWeek(), 4);
        const qint64 safe = m_plan.benchmarks.at(0).id;
        const qint64 rows = m_plan.benchmarks.at(1).id;

        child<QPlainTextEdit>(&page, u"helped"_s)->setPlainText(u"A calm walk on Sunday\nand more"_s);
        child<QPlainTextEdit>(&page, u"hindered"_s)->setPlainText(u"A late argument"_s);
        auto *safeBox = child<QSpinBox>(&page, u"rating_%1"_s.arg(safe));
        auto *rowsBox = child<QSpinBox>(&page, u"rating_%1"_s.arg(rows));
        QVERIFY(safeBox && rowsBox);
        QVERIFY(safeBox->accessibleName().contains(u"target: at least 6"_s));
        QVERIFY(rowsBox->accessibleName().contains(u"target: at most 2"_s));
        safeBox->setValue(7);
        rowsBox->setValue(1);
        child<QSpinBox>(&page, u"overall"_s)->setValue(6);
        auto *save = child<QPushButton>(&page, u"saveCheckIn"_s);
        QCOMPARE(save->text(), u"File this check-in"_s);
        save->click();

        const Result<std::optional<CheckIn>> stored = TrialPlanRepository(*m_db).checkIn(m_plan.id, 4);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->ratings.value(safe), 7);
        QCOMPARE(stored.value()->ratings.value(rows), 1);
        QCOMPARE(stored.value()->overall, std::optional<int>(6));
        QCOMPARE(stored.value()->hindered, u"A late argument"_s);
        QVERIFY(page.isEditingCheckIn());
        QCOMPARE(save->text(), u"Save changes"_s);
        QVERIFY(child<WrapLabel>(&page, u"checkInMessage"_s)->isVisible());
        QCOMPARE(child<QTableWidget>(&page, u"checkInList"_s)->rowCount(), 4);

        // Choose week 3, then week 4 again: it loads, and saving updates it.
        page.selectWeek(3);
        QVERIFY(page.isEditingCheckIn());
        QCOMPARE(child<QPlainTextEdit>(&page, u"helped"_s)->toPlainText(), u"Week 3"_s);
        auto *week = child<QComboBox>(&page, u"week"_s);
        week->setCurrentIndex(week->findData(4));
        QCOMPARE(child<QPlainTextEdit>(&page, u"hindered"_s)->toPlainText(), u"A late argument"_s);
        QCOMPARE(safeBox->value(), 7);
        child<QPlainTextEdit>(&page, u"hindered"_s)->setPlainText(u"A late argument, then a repair"_s);
        save->click();
        QCOMPARE(count(u"SELECT COUNT(*) FROM checkin WHERE week = 4"_s), 1);
        const Result<std::optional<CheckIn>> updated = TrialPlanRepository(*m_db).checkIn(m_plan.id, 4);
        QVERIFY(updated.ok() && updated.value());
        QCOMPARE(updated.value()->hindered, u"A late argument, then a repair"_s);
        QCOMPARE(updated.value()->ratings.value(safe), 7);
    }

    void listSelectionOpensCheckIn()
    {
        createPlan();
        fileWeeks(1, 3);
        CheckInsPage page(*m_context);
        show(page);
        auto *table = child<QTableWidget>(&page, u"checkInList"_s);
        table->selectRow(1);
        QCOMPARE(page.selectedWeek(), 2);
        QVERIFY(page.isEditingCheckIn());
        QCOMPARE(child<QPlainTextEdit>(&page, u"helped"_s)->toPlainText(), u"Week 2"_s);
    }

    void conflictLoadsExistingInline()
    {
        createPlan();
        fileWeeks(1, 3);
        CheckInsPage page(*m_context);
        show(page);
        QCOMPARE(page.selectedWeek(), 4);
        QVERIFY(!page.isEditingCheckIn());
        // Week 4 gets filed elsewhere while the form is open.
        fileWeeks(4, 4);
        child<QPlainTextEdit>(&page, u"helped"_s)->setPlainText(u"Typed here"_s);
        child<QPushButton>(&page, u"saveCheckIn"_s)->click();
        QCOMPARE(count(u"SELECT COUNT(*) FROM checkin WHERE week = 4"_s), 1);
        auto *message = child<WrapLabel>(&page, u"checkInMessage"_s);
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(u"already checked in for week 4"_s));
        QVERIFY(page.isEditingCheckIn());
        QCOMPARE(child<QPlainTextEdit>(&page, u"helped"_s)->toPlainText(), u"Week 4"_s);
    }

    void monthlyReviewWhenDue()
    {
        createPlan();
        fileWeeks(1, 4);
        CheckInsPage page(*m_context);
        show(page);
        auto *month = child<QComboBox>(&page, u"month"_s);
        QVERIFY(month->isVisible());
        QCOMPARE(page.selectedMonth(), 1);
        child<QPlainTextEdit>(&page, u"patterns"_s)->setPlainText(u"Sundays are harder"_s);
        child<QPlainTextEdit>(&page, u"progress"_s)->setPlainText(u"Fewer rows"_s);
        child<QPlainTextEdit>(&page, u"planChanges"_s)->setPlainText(u"Keep going"_s);
        auto *save = child<QPushButton>(&page, u"saveReview"_s);
        save->click();
        const Result<std::optional<MonthlyReview>> stored = TrialPlanRepository(*m_db).review(m_plan.id, 1);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->patterns, u"Sundays are harder"_s);
        QCOMPARE(save->text(), u"Save changes"_s);
        child<QPlainTextEdit>(&page, u"progress"_s)->setPlainText(u"Fewer rows, calmer talks"_s);
        save->click();
        QCOMPARE(count(u"SELECT COUNT(*) FROM monthly_review"_s), 1);
        QCOMPARE(TrialPlanRepository(*m_db).review(m_plan.id, 1).value()->progress, u"Fewer rows, calmer talks"_s);
    }

    void noReviewBeforeWeekFour()
    {
        m_clock->set(QDateTime(kStart.addDays(10), QTime(12, 0)));
        createPlan();
        CheckInsPage page(*m_context);
        show(page);
        QVERIFY(!child<QComboBox>(&page, u"month"_s)->isVisible());
        QVERIFY(child<WrapLabel>(&page, u"reviewStatus"_s)->text().contains(u"Sunday 22 November"_s));
    }

    void everyFocusableWidgetHasAName()
    {
        createPlan();
        fileWeeks(1, 4);
        CheckInsPage page(*m_context);
        show(page);
        QVERIFY2(unnamedFocusable(&page).isEmpty(), qPrintable(unnamedFocusable(&page).join(u", "_s)));
    }
};

QTEST_MAIN(TestCheckIns)
#include "tst_checkins.moc"
