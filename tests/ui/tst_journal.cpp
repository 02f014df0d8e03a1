#include "UiTestSupport.h"
#include "common/FileDialogs.h"
#include "common/NoticeBar.h"
#include "common/Theme.h"
#include "journal/IncidentReportDialog.h"
#include "journal/JournalForm.h"
#include "journal/JournalPage.h"
#include "journal/JournalRepository.h"
#include "journal/MoodInput.h"
#include "journal/UserTagsDialog.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace bearings;
using namespace bearings::ui;
using bearings::test::child;
using bearings::test::unnamedFocusable;
using namespace Qt::Literals::StringLiterals;

namespace {

void checkTag(QListWidget *list, const QString &id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

} // namespace

class TestJournal : public QObject {
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

    qint64 seed(const QString &note, const QStringList &tags, bool incident, int daysAgo)
    {
        JournalEntry e;
        e.relationshipId = m_relationship;
        e.occurredAt = m_db->clock().now().addDays(-daysAgo);
        e.channel = Channel::Call;
        e.tags = tags;
        e.note = note;
        e.incident = incident;
        if (incident)
            e.severity = 3;
        const Result<qint64> id = JournalRepository(*m_db).add(e);
        if (!id.ok())
            qWarning() << id.error().message;
        return id.ok() ? id.value() : 0;
    }

    static QStringList notes(const JournalPage &page)
    {
        QStringList out;
        for (const JournalEntry &e : page.entries())
            out.append(e.note);
        return out;
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
    }

    void addViaFormWithCtrlEnter()
    {
        JournalPage page(*m_context);
        show(page);
        QCOMPARE(page.entries().size(), 0);

        auto *channel = child<QComboBox>(&page, u"channel"_s);
        channel->setCurrentIndex(channel->findData(int(Channel::Text)));
        child<QCheckBox>(&page, u"moodBeforeNoted"_s)->setChecked(true);
        child<QSlider>(&page, u"moodBeforeSlider"_s)->setValue(-2);
        checkTag(child<QListWidget>(&page, u"tags"_s), u"criticism"_s);
        auto *note = child<QPlainTextEdit>(&page, u"note"_s);
        note->setFocus();
        QTest::keyClicks(note, u"Said I never listen"_s);
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_entry"_s), 1);
        QCOMPARE(page.entries().size(), 1);
        const JournalEntry e = page.entries().first();
        QCOMPARE(e.note, u"Said I never listen"_s);
        QCOMPARE(e.channel, Channel::Text);
        QCOMPARE(e.moodBefore, std::optional<int>(-2));
        QCOMPARE(e.moodAfter, std::nullopt);
        QCOMPARE(e.tags, QStringList {u"criticism"_s});
        QCOMPARE(child<QTableWidget>(&page, u"journalList"_s)->rowCount(), 1);
        QVERIFY(child<QLabel>(&page, u"entryCount"_s)->text().contains(u"1"_s));

        // The form is reset, keeps the channel, and focus is back on "when".
        QVERIFY(note->toPlainText().isEmpty());
        QCOMPARE(Channel(channel->currentData().toInt()), Channel::Text);
        QVERIFY(!child<QCheckBox>(&page, u"moodBeforeNoted"_s)->isChecked());
        auto *when = child<QDateTimeEdit>(&page, u"when"_s);
        const QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus == when || when->isAncestorOf(focus));
    }

    void incidentWithSeverityAndValidation()
    {
        JournalPage page(*m_context);
        show(page);
        auto *incident = child<QCheckBox>(&page, u"incident"_s);
        auto *severity = child<QComboBox>(&page, u"severity"_s);
        QVERIFY(!severity->isVisibleTo(&page));
        incident->setChecked(true);
        QVERIFY(severity->isVisibleTo(&page));
        child<QPlainTextEdit>(&page, u"note"_s)->setPlainText(u"Shouted at me in the car"_s);
        child<QLineEdit>(&page, u"present"_s)->setText(u"My sister"_s);

        // No severity chosen: an inline message and nothing written.
        QTest::mouseClick(child<QPushButton>(&page, u"saveEntry"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_entry"_s), 0);
        QVERIFY(!page.form()->problem().isEmpty());
        QVERIFY(child<QWidget>(&page, u"journalProblem"_s)->isVisibleTo(&page));

        severity->setCurrentIndex(severity->findData(4));
        QTest::mouseClick(child<QPushButton>(&page, u"saveEntry"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_entry"_s), 1);
        QVERIFY(page.form()->problem().isEmpty());
        const JournalEntry e = page.entries().first();
        QVERIFY(e.incident);
        QCOMPARE(e.severity, std::optional<int>(4));
        QCOMPARE(e.present, u"My sister"_s);
        QVERIFY(child<QTableWidget>(&page, u"journalList"_s)->item(0, 5)->text().contains(u"4"_s));
    }

    void filtersNarrowTheList()
    {
        seed(u"Kind words at dinner"_s, {u"care"_s}, false, 1);
        seed(u"Mocked my job"_s, {u"contempt"_s}, true, 2);
        seed(u"Rolled eyes at dinner"_s, {u"contempt"_s}, false, 3);
        JournalPage page(*m_context);
        show(page);
        QCOMPARE(
            notes(page), (QStringList {u"Kind words at dinner"_s, u"Mocked my job"_s, u"Rolled eyes at dinner"_s}));

        auto *tag = child<QComboBox>(&page, u"filterTag"_s);
        tag->setCurrentIndex(tag->findData(u"contempt"_s));
        QCOMPARE(notes(page), (QStringList {u"Mocked my job"_s, u"Rolled eyes at dinner"_s}));
        QVERIFY(child<QLabel>(&page, u"entryCount"_s)->text().contains(u"2"_s));

        child<QCheckBox>(&page, u"filterIncidents"_s)->setChecked(true);
        QCOMPARE(notes(page), QStringList {u"Mocked my job"_s});

        child<QCheckBox>(&page, u"filterIncidents"_s)->setChecked(false);
        tag->setCurrentIndex(0);
        child<QLineEdit>(&page, u"filterSearch"_s)->setText(u"DINNER"_s);
        QCOMPARE(notes(page), (QStringList {u"Kind words at dinner"_s, u"Rolled eyes at dinner"_s}));
    }

    void editChangesTheStoredNote()
    {
        const qint64 id = seed(u"First version"_s, {}, false, 1);
        JournalPage page(*m_context);
        show(page);
        auto *table = child<QTableWidget>(&page, u"journalList"_s);
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(page.form()->isEditing());
        QCOMPARE(child<QPushButton>(&page, u"saveEntry"_s)->text(), tr("Save changes"));
        auto *note = child<QPlainTextEdit>(&page, u"note"_s);
        QCOMPARE(note->toPlainText(), u"First version"_s);
        note->setPlainText(u"Second version"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"saveEntry"_s), Qt::LeftButton);
        QVERIFY(!page.form()->isEditing());
        const Result<JournalEntry> stored = JournalRepository(*m_db).get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().note, u"Second version"_s);
        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_entry"_s), 1);
    }

    // A hidden page does not read the journal; it fills its list when shown,
    // with whatever changed while it was hidden.
    void hiddenPageFillsItsListWhenShown()
    {
        seed(u"First"_s, {}, false, 2);
        JournalPage page(*m_context);
        QVERIFY(page.entries().isEmpty());
        QCOMPARE(child<QTableWidget>(&page, u"journalList"_s)->rowCount(), 0);

        show(page);
        QCOMPARE(notes(page), QStringList {u"First"_s});
        QCOMPARE(child<QTableWidget>(&page, u"journalList"_s)->rowCount(), 1);

        page.hide();
        seed(u"Second"_s, {}, false, 1);
        QCOMPARE(notes(page), QStringList {u"First"_s});
        show(page);
        QCOMPARE(notes(page), (QStringList {u"Second"_s, u"First"_s}));
        QVERIFY(child<QLabel>(&page, u"entryCount"_s)->text().contains(u"2"_s));
    }

    void deleteAndUndo()
    {
        seed(u"Broke a promise"_s, {u"contempt"_s}, true, 1);
        JournalPage page(*m_context);
        show(page);
        auto *table = child<QTableWidget>(&page, u"journalList"_s);
        table->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&page, u"deleteEntry"_s), Qt::LeftButton);
        QVERIFY(child<QWidget>(&page, u"deleteConfirmation"_s)->isVisibleTo(&page));
        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_entry"_s), 1);
        QTest::mouseClick(child<QPushButton>(&page, u"confirmDelete"_s), Qt::LeftButton);
        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_entry"_s), 0);
        QCOMPARE(page.entries().size(), 0);

        auto *notice = child<NoticeBar>(&page, u"journalNotice"_s);
        QVERIFY(notice->isVisibleTo(&page));
        QPushButton *undo = nullptr;
        for (QPushButton *b : notice->findChildren<QPushButton *>()) {
            if (b->isVisibleTo(notice) && b->text() == tr("Undo"))
                undo = b;
        }
        QVERIFY(undo);
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(page.entries().size(), 1);
        const JournalEntry back = page.entries().first();
        QCOMPARE(back.note, u"Broke a promise"_s);
        QCOMPARE(back.tags, QStringList {u"contempt"_s});
        QVERIFY(back.incident);
        QCOMPARE(back.severity, std::optional<int>(3));
    }

    void emptyStateWithoutRelationship()
    {
        m_context->setCurrentRelationship(0);
        JournalPage page(*m_context);
        show(page);
        QVERIFY(child<QWidget>(&page, u"journalEmpty"_s)->isVisible());
        m_context->setCurrentRelationship(m_relationship);
        QVERIFY(!child<QWidget>(&page, u"journalEmpty"_s)->isVisible());
        QVERIFY(child<QWidget>(&page, u"journalForm"_s)->isVisible());
    }

    void userTagIdsAreStableAndUnique()
    {
        QCOMPARE(UserTagsDialog::idForLabel(u"Brings up the past"_s, {}), u"brings-up-the-past"_s);
        QCOMPARE(UserTagsDialog::idForLabel(u"  Café, again!  "_s, {}), u"cafe-again"_s);
        QCOMPARE(
            UserTagsDialog::idForLabel(u"Brings up the past"_s, {u"brings-up-the-past"_s}), u"brings-up-the-past-2"_s);
        // Built-in ids stay theirs.
        QCOMPARE(UserTagsDialog::idForLabel(u"Criticism"_s, {}), u"criticism-2"_s);
        QCOMPARE(UserTagsDialog::idForLabel(u"Μου φωνάζει"_s, {}), u"tag"_s);
        const QString longId = UserTagsDialog::idForLabel(QString(80, u'x'), {});
        QVERIFY(TagCatalog::isValidUserTagId(longId));
        QVERIFY(TagCatalog::isValidUserTagId(UserTagsDialog::idForLabel(QString(80, u'x'), {longId})));
    }

    void userTagsAreAddedTickedAndRemoved()
    {
        JournalPage page(*m_context);
        show(page);
        auto *manage = child<QPushButton>(&page, u"manageTags"_s);
        QVERIFY(manage && manage->isVisible());

        // Add a hurtful tag in the dialog; back in the form it is ticked.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<UserTagsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(dialog, u"tagLabel"_s)->setText(u"Brings up the past"_s);
            QTest::mouseClick(child<QPushButton>(dialog, u"addTag"_s), Qt::LeftButton);
            QCOMPARE(dialog->addedTagId(), u"brings-up-the-past"_s);
            dialog->accept();
        });
        QTest::mouseClick(manage, Qt::LeftButton);
        const Result<QList<TagInfo>> tags = JournalRepository(*m_db).userTags();
        QVERIFY(tags.ok());
        QCOMPARE(tags->size(), 1);
        QCOMPARE(tags->first().label, u"Brings up the past"_s);
        QCOMPARE(tags->first().valence, Valence::Negative);
        auto *note = child<QPlainTextEdit>(&page, u"note"_s);
        note->setFocus();
        QTest::keyClicks(note, u"Again about last summer"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"saveEntry"_s), Qt::LeftButton);
        QCOMPARE(page.entries().size(), 1);
        QCOMPARE(page.entries().first().tags, QStringList {u"brings-up-the-past"_s});

        // The same name twice is refused in place.
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<UserTagsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            child<QLineEdit>(dialog, u"tagLabel"_s)->setText(u"brings up the PAST"_s);
            QTest::mouseClick(child<QPushButton>(dialog, u"addTag"_s), Qt::LeftButton);
            QVERIFY(child<QWidget>(dialog, u"tagProblem"_s)->isVisible());
            QVERIFY(dialog->addedTagId().isEmpty());
            const QStringList unnamed = unnamedFocusable(dialog);
            if (!unnamed.isEmpty()) {
                dialog->reject();
                QFAIL(qPrintable(unnamed.join(u", "_s)));
            }

            // Removing asks first and names the entry it comes off.
            auto *list = child<QListWidget>(dialog, u"userTagList"_s);
            list->setCurrentRow(0);
            QTimer::singleShot(0, dialog, [] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                QVERIFY(box->text().contains(u"one entry"_s));
                for (QAbstractButton *b : box->buttons()) {
                    if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                        b->click();
                }
            });
            QTest::mouseClick(child<QPushButton>(dialog, u"removeTag"_s), Qt::LeftButton);
            dialog->accept();
        });
        QTest::mouseClick(manage, Qt::LeftButton);
        const Result<QList<TagInfo>> after = JournalRepository(*m_db).userTags();
        QVERIFY(after.ok() && after->isEmpty());
        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_entry"_s), 1);
        QCOMPARE(count(u"SELECT COUNT(*) FROM journal_tag"_s), 0);
    }

    void incidentReportSavesPdfAndHtml()
    {
        seed(u"Shouted <at> me & slammed the door"_s, {u"intimidation"_s}, true, 3);
        seed(u"A calm dinner"_s, {u"care"_s}, false, 2);
        seed(u"Took my phone"_s, {u"isolation"_s}, true, 40);
        JournalPage page(*m_context);
        show(page);
        IncidentReportDialog dialog(*m_context, &page);
        QCOMPARE(child<QDateEdit>(&dialog, u"reportFrom"_s)->date(), m_db->clock().today().addDays(-40));
        QCOMPARE(dialog.incidentCount(), 2);
        child<QDateEdit>(&dialog, u"reportFrom"_s)->setDate(m_db->clock().today().addDays(-10));
        QCOMPARE(dialog.incidentCount(), 1);
        QCOMPARE(unnamedFocusable(&dialog), QStringList());

        // HTML: the one incident in range, escaped, and not the others.
        QTemporaryDir dir;
        auto *format = child<QComboBox>(&dialog, u"reportFormat"_s);
        format->setCurrentIndex(1);
        FileDialogs::setNextSaveFileName(dir.filePath(u"report"_s));
        dialog.save();
        QFile html(dir.filePath(u"report.html"_s));
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(html.readAll());
        QVERIFY(text.contains(u"Shouted &lt;at&gt; me &amp; slammed the door"_s));
        QVERIFY(!text.contains(u"Took my phone"_s));
        QVERIFY(!text.contains(u"A calm dinner"_s));
        QVERIFY(child<QLabel>(&dialog, u"reportMessage"_s)->text().contains(u"report.html"_s));

        // PDF: a real document whose text holds the incident.
        format->setCurrentIndex(0);
        const QString pdf = dir.filePath(u"report.pdf"_s);
        FileDialogs::setNextSaveFileName(pdf);
        dialog.save();
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(4) == "%PDF");
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess extract;
        extract.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(extract.waitForFinished(30000));
        const QString pdfText = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
        QVERIFY2(pdfText.contains(u"slammed the door"_s), qPrintable(pdfText.left(400)));
    }

    void everyControlHasAnAccessibleName()
    {
        seed(u"Something"_s, {}, false, 1);
        JournalPage page(*m_context);
        show(page);
        child<QCheckBox>(&page, u"incident"_s)->setChecked(true);
        child<QCheckBox>(&page, u"moodDuringNoted"_s)->setChecked(true);
        child<QTableWidget>(&page, u"journalList"_s)->selectRow(0);
        QTest::mouseClick(child<QPushButton>(&page, u"deleteEntry"_s), Qt::LeftButton);
        QCOMPARE(unnamedFocusable(&page), QStringList());
    }
};

QTEST_MAIN(TestJournal)
#include "tst_journal.moc"
