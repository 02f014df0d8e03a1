#include "UiTestSupport.h"
#include "common/NoticeBar.h"
#include "common/Theme.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "scripts/CheckerPanel.h"
#include "scripts/MessageScriptRepository.h"
#include "scripts/PlaceholderPanel.h"
#include "scripts/ScriptEditor.h"
#include "scripts/ScriptsPage.h"
#include "scripts/TemplateLibrary.h"
#include "scripts/TemplatePickerDialog.h"
#include "scripts/TwoLineItemDelegate.h"
#include "storage/Database.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

using namespace bearings;
using namespace bearings::ui;
using bearings::test::child;
using bearings::test::unnamedFocusable;
using namespace Qt::Literals::StringLiterals;

namespace {

// The syntax format at `position` of the editor's text, as laid out.
QTextCharFormat formatAt(const QPlainTextEdit *editor, int position)
{
    const QTextBlock block = editor->document()->findBlock(position);
    const int inBlock = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length)
            return range.format;
    }
    return {};
}

QStringList findingRules(const ScriptsPage &page)
{
    QStringList out;
    for (const CheckerFinding &f : page.findings())
        out.append(f.ruleId);
    return out;
}

} // namespace

class TestScripts : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;
    qint64 m_relationship = 0;

    QList<MessageScript> stored() const
    {
        const Result<QList<MessageScript>> all = MessageScriptRepository(*m_db).list(0);
        return all.ok() ? all.value() : QList<MessageScript> {};
    }

    MessageScript storedScript(qint64 id) const
    {
        const Result<MessageScript> s = MessageScriptRepository(*m_db).get(id);
        return s.ok() ? s.value() : MessageScript {};
    }

    qint64 seed(
        const QString &title, const QString &body, ScriptKind kind = ScriptKind::Custom, qint64 relationship = -1)
    {
        MessageScript s;
        s.relationshipId = relationship < 0 ? m_relationship : relationship;
        s.title = title;
        s.kind = kind;
        s.body = body;
        const Result<qint64> id = MessageScriptRepository(*m_db).add(s);
        return id.ok() ? id.value() : 0;
    }

    static void show(QWidget &w)
    {
        w.resize(1280, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    static void typeInto(QWidget *widget, const QString &text)
    {
        widget->setFocus(Qt::OtherFocusReason);
        QTest::keyClicks(widget, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(*qApp, Theme::Mode::Light);
    }

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
        r.strategy = Strategy::Limit;
        const Result<qint64> id = RelationshipRepository(*m_db).add(r);
        QVERIFY(id.ok());
        m_relationship = id.value();
        m_context->setCurrentRelationship(m_relationship);
    }

    void cleanup()
    {
        Theme::apply(*qApp, Theme::Mode::Light);
        m_context.reset();
        m_clipboard.reset();
        m_db.reset();
    }

    void emptyPageOffersTemplates()
    {
        ScriptsPage page(*m_context);
        show(page);
        QVERIFY(child<QWidget>(&page, u"scriptsEmpty"_s)->isVisible());
        QVERIFY(unnamedFocusable(&page).isEmpty());
        QCOMPARE(page.currentScriptId(), 0);
    }

    void newScriptFromTemplate()
    {
        ScriptsPage page(*m_context);
        show(page);
        QTest::mouseClick(child<QPushButton>(&page, u"newFromTemplate"_s), Qt::LeftButton);
        TemplatePickerDialog *picker = page.templatePicker();
        QVERIFY(picker);
        QTRY_VERIFY(picker->isVisible());
        QVERIFY2(unnamedFocusable(picker).isEmpty(), qPrintable(unnamedFocusable(picker).join(u", "_s)));

        // Search narrows the list; the kind filter narrows it further.
        const qsizetype everything = picker->shownTemplates().size();
        auto *search = child<QLineEdit>(picker, u"templateSearch"_s);
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"contact"_s);
        QVERIFY(picker->shownTemplates().size() < everything);
        auto *kind = child<QComboBox>(picker, u"templateKind"_s);
        kind->setCurrentIndex(kind->findData(int(ScriptKind::EndingContact)));
        for (const ScriptTemplate &t : picker->shownTemplates())
            QCOMPARE(t.kind, ScriptKind::EndingContact);
        QVERIFY(picker->selectTemplate(u"ending-contact-final"_s));
        QVERIFY(child<QPlainTextEdit>(picker, u"templatePreview"_s)->toPlainText().contains(u"end contact"_s));

        // Down goes from the search into the list; Enter uses the template.
        QTest::keyClick(search, Qt::Key_Down);
        QVERIFY(child<QListWidget>(picker, u"templateList"_s)->hasFocus());
        picker->selectTemplate(u"ending-contact-final"_s);
        QTest::keyClick(child<QListWidget>(picker, u"templateList"_s), Qt::Key_Return);
        QTRY_VERIFY(!page.templatePicker());

        const QList<MessageScript> all = stored();
        QCOMPARE(all.size(), 1);
        const std::optional<ScriptTemplate> t = TemplateLibrary::load().value().find(u"ending-contact-final"_s);
        QCOMPARE(all.first().title, t->title);
        QCOMPARE(all.first().body, t->body);
        QCOMPARE(all.first().kind, ScriptKind::EndingContact);
        QCOMPARE(all.first().relationshipId, m_relationship);
        QCOMPARE(page.currentScriptId(), all.first().id);
        QCOMPARE(page.editor()->toPlainText(), t->body);
        QVERIFY(page.editor()->hasSyntax());
        QCOMPARE(child<QListWidget>(&page, u"scriptList"_s)->count(), 1);
        QCOMPARE(child<QLineEdit>(&page, u"scriptTitle"_s)->text(), t->title);
        QVERIFY(unnamedFocusable(&page).isEmpty());
    }

    void cancellingThePickerAddsNothing()
    {
        ScriptsPage page(*m_context);
        show(page);
        page.openTemplatePicker();
        QVERIFY(page.templatePicker());
        QTest::keyClick(page.templatePicker(), Qt::Key_Escape);
        QTRY_VERIFY(!page.templatePicker());
        QVERIFY(stored().isEmpty());
    }

    void placeholdersFillEveryOccurrence()
    {
        const qint64 id = seed(u"Plan"_s, u"[Name], I will see you on [day]. Thanks, [Name]."_s);
        ScriptsPage page(*m_context);
        show(page);
        QCOMPARE(page.currentScriptId(), id);
        PlaceholderPanel *panel = page.placeholderPanel();
        QCOMPARE(panel->names(), (QStringList {u"Name"_s, u"day"_s}));
        QVERIFY(findingRules(page).contains(u"unfilled-placeholder"_s));

        typeInto(panel->field(u"Name"_s), u"Sam"_s);
        auto *preview = child<QPlainTextEdit>(&page, u"preview"_s);
        QCOMPARE(preview->toPlainText(), u"Sam, I will see you on [day]. Thanks, Sam."_s);
        QCOMPARE(page.finalMessage(), preview->toPlainText());
        // The draft itself still has its blanks; both "Name" blanks show as filled.
        QCOMPARE(page.editor()->toPlainText(), u"[Name], I will see you on [day]. Thanks, [Name]."_s);
        QCOMPARE(page.editor()->filledSpans().size(), 2);
        // Only [day] is still flagged.
        int unfilled = 0;
        for (const CheckerFinding &f : page.findings()) {
            if (f.ruleId == u"unfilled-placeholder"_s) {
                ++unfilled;
                QCOMPARE(f.matched, u"[day]"_s);
            }
        }
        QCOMPARE(unfilled, 1);
        QVERIFY(child<QLabel>(&page, u"counts"_s)->text().contains(u"9 words"_s));

        // Enter writes the values into the draft as one undoable step.
        typeInto(panel->field(u"day"_s), u"Friday"_s);
        QTest::keyClick(panel->field(u"day"_s), Qt::Key_Return);
        QCOMPARE(page.editor()->toPlainText(), u"Sam, I will see you on Friday. Thanks, Sam."_s);
        QTRY_VERIFY(panel->names().isEmpty());
        QVERIFY(!findingRules(page).contains(u"unfilled-placeholder"_s));
        QTest::mouseClick(child<QPushButton>(&page, u"undoEdit"_s), Qt::LeftButton);
        QCOMPARE(page.editor()->toPlainText(), u"[Name], I will see you on [day]. Thanks, [Name]."_s);
        // The typed values are still there for the blanks that came back.
        QCOMPARE(panel->field(u"day"_s)->text(), u"Friday"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"redoEdit"_s), Qt::LeftButton);
        QCOMPARE(page.editor()->toPlainText(), u"Sam, I will see you on Friday. Thanks, Sam."_s);

        page.saveNow();
        QCOMPARE(storedScript(id).body, u"Sam, I will see you on Friday. Thanks, Sam."_s);
        QVERIFY(unnamedFocusable(&page).isEmpty());
    }

    void checkerFindingsAreShownExplainedAndDismissable()
    {
        seed(u"Draft"_s, QString());
        ScriptsPage page(*m_context);
        show(page);
        typeInto(page.editor(), u"Maybe you are so selfish. You never listen."_s);
        QCOMPARE(findingRules(page), (QStringList {u"hedging"_s, u"character-attack"_s, u"absolutes"_s}));
        auto *list = child<QListWidget>(page.checkerPanel(), u"findings"_s);
        QCOMPARE(list->count(), 3);
        for (int i = 0; i < list->count(); ++i) {
            QVERIFY(!list->item(i)->text().isEmpty());
            QCOMPARE(
                list->item(i)->data(TwoLineItemDelegate::kDetailsRole).toString(), page.findings().at(i).explanation);
        }

        // Choosing one selects its words in the message.
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(page.editor()->textCursor().selectedText(), u"you are so selfish"_s);
        QVERIFY(page.editor()->hasFocus());

        // Dismiss it: gone from the list, and it stays gone as the text changes.
        list->setFocus();
        list->setCurrentRow(1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(findingRules(page), (QStringList {u"hedging"_s, u"absolutes"_s}));
        QTest::keyClick(page.editor(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(page.editor(), u" Sorry."_s);
        QCOMPARE(findingRules(page), (QStringList {u"hedging"_s, u"absolutes"_s, u"apologising"_s}));
        auto *restore = child<QPushButton>(page.checkerPanel(), u"restoreFindings"_s);
        QVERIFY(restore->isVisible());
        QTest::mouseClick(restore, Qt::LeftButton);
        QCOMPARE(page.findings().size(), 4);
        QVERIFY(!restore->isVisible());
        QVERIFY(unnamedFocusable(&page).isEmpty());
    }

    void copyPutsTheFinalMessageOnTheGuardedClipboard()
    {
        seed(u"Hours"_s, u"Hi [Name], I answer between nine and five."_s, ScriptKind::Workplace);
        ScriptsPage page(*m_context);
        show(page);
        typeInto(page.placeholderPanel()->field(u"Name"_s), u"Alex"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"copyMessage"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"Hi Alex, I answer between nine and five."_s);
        QVERIFY(m_clipboard->ownsClipboard());
        QVERIFY(child<NoticeBar>(&page, u"scriptsNotice"_s)
                    ->message()
                    .contains(QString::number(m_clipboard->clearAfterSeconds())));
        m_clipboard->clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void exportWritesTheFinalMessage()
    {
        seed(u"Hours"_s, u"Hi [Name], I answer between nine and five."_s, ScriptKind::Workplace);
        ScriptsPage page(*m_context);
        show(page);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString suggested;
        const QString path = dir.filePath(u"out.txt"_s);
        page.setExportPathChooser([&](QWidget *, const QString &s) {
            suggested = s;
            return path;
        });
        typeInto(page.placeholderPanel()->field(u"Name"_s), u"Alex"_s);
        QTest::mouseClick(child<QPushButton>(&page, u"exportMessage"_s), Qt::LeftButton);
        // The suggested name says nothing about what is in the file.
        QVERIFY(suggested.endsWith(u"/message.txt"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), u"Hi Alex, I answer between nine and five.\n"_s);

        // Cancelling writes nothing.
        QVERIFY(file.remove());
        page.setExportPathChooser([](QWidget *, const QString &) { return QString(); });
        QTest::mouseClick(child<QPushButton>(&page, u"exportMessage"_s), Qt::LeftButton);
        QVERIFY(!QFile::exists(path));
    }

    void renameDuplicateDelete()
    {
        const qint64 id = seed(u"Old title"_s, u"I will not discuss it."_s, ScriptKind::HoldingBoundary);
        ScriptsPage page(*m_context);
        show(page);
        auto *list = child<QListWidget>(&page, u"scriptList"_s);

        // Rename: F2 in the list goes to the title; Enter saves it.
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        auto *title = child<QLineEdit>(&page, u"scriptTitle"_s);
        QVERIFY(title->hasFocus());
        QTest::keyClicks(title, u"Holding the line"_s);
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(storedScript(id).title, u"Holding the line"_s);
        QVERIFY(list->item(0)->text().startsWith(u"Holding the line"_s));

        // An empty title is refused, calmly, and the old one comes back.
        title->setFocus();
        title->selectAll();
        QTest::keyClick(title, Qt::Key_Delete);
        QTest::keyClick(title, Qt::Key_Return);
        QCOMPARE(storedScript(id).title, u"Holding the line"_s);
        QCOMPARE(title->text(), u"Holding the line"_s);

        // Duplicate opens the copy.
        QTest::mouseClick(child<QPushButton>(&page, u"duplicateScript"_s), Qt::LeftButton);
        QCOMPARE(stored().size(), 2);
        QVERIFY(page.currentScriptId() != id);
        QCOMPARE(storedScript(page.currentScriptId()).title, u"Holding the line (copy)"_s);
        QCOMPARE(page.editor()->toPlainText(), u"I will not discuss it."_s);
        QCOMPARE(list->count(), 2);

        // Delete asks in place, then can be undone.
        QTest::mouseClick(child<QPushButton>(&page, u"deleteScript"_s), Qt::LeftButton);
        QVERIFY(child<QWidget>(&page, u"deleteConfirmation"_s)->isVisible());
        QVERIFY(unnamedFocusable(&page).isEmpty());
        QTest::mouseClick(child<QPushButton>(&page, u"confirmDelete"_s), Qt::LeftButton);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().first().id, id);
        QCOMPARE(page.currentScriptId(), id);
        QCOMPARE(list->count(), 1);
        Q_EMIT child<NoticeBar>(&page, u"scriptsNotice"_s)->actionTriggered();
        QCOMPARE(stored().size(), 2);
        QVERIFY(page.currentScriptId() != id);
        QCOMPARE(storedScript(page.currentScriptId()).title, u"Holding the line (copy)"_s);
        QCOMPARE(page.editor()->toPlainText(), u"I will not discuss it."_s);
        QCOMPARE(list->count(), 2);
    }

    void editsAreSavedAfterAPauseAndBeforeLock()
    {
        const qint64 id = seed(u"Draft"_s, u"First."_s);
        ScriptsPage page(*m_context);
        show(page);
        QTest::keyClick(page.editor(), Qt::Key_End, Qt::ControlModifier);
        typeInto(page.editor(), u" Second."_s);
        QVERIFY(page.hasUnsavedChanges());
        QCOMPARE(storedScript(id).body, u"First."_s);
        QTRY_COMPARE_WITH_TIMEOUT(storedScript(id).body, u"First. Second."_s, ScriptsPage::kAutosaveDelayMs * 4);
        QVERIFY(!page.hasUnsavedChanges());
        QCOMPARE(child<QLabel>(&page, u"saveState"_s)->text(), ScriptsPage::tr("Saved"));

        // Opening another draft from the list saves this one first.
        const qint64 other = seed(u"Other"_s, u"Elsewhere."_s);
        auto *list = child<QListWidget>(&page, u"scriptList"_s);
        QTRY_COMPARE(list->count(), 2);
        typeInto(page.editor(), u" Third."_s);
        QVERIFY(page.hasUnsavedChanges());
        list->setCurrentRow(page.scripts().first().id == other ? 0 : 1);
        QTRY_COMPARE(page.currentScriptId(), other);
        QCOMPARE(storedScript(id).body, u"First. Second. Third."_s);
        QCOMPARE(page.editor()->toPlainText(), u"Elsewhere."_s);

        page.editor()->setFocus();
        QTest::keyClick(page.editor(), Qt::Key_End, Qt::ControlModifier);
        typeInto(page.editor(), u" Fourth."_s);
        m_context->close(); // the lock: pending edits are written first
        QCOMPARE(storedScript(other).body, u"Elsewhere. Fourth."_s);
    }

    void draftsPerRelationshipAndAll()
    {
        seed(u"For Robin"_s, u"One."_s);
        seed(u"Not tied"_s, u"Two."_s, ScriptKind::Custom, 0);
        ScriptsPage page(*m_context);
        show(page);
        auto *scope = child<QComboBox>(&page, u"scriptScope"_s);
        QCOMPARE(page.scripts().size(), 1);
        QCOMPARE(page.scripts().first().title, u"For Robin"_s);
        scope->setCurrentIndex(scope->count() - 1);
        QCOMPARE(page.scripts().size(), 2);
        QVERIFY(child<QListWidget>(&page, u"scriptList"_s)->item(0)->text().contains(u"Robin"_s)
            || child<QListWidget>(&page, u"scriptList"_s)->item(1)->text().contains(u"Robin"_s));

        // A new draft made while showing all drafts is not tied to anyone.
        page.createBlank();
        QCOMPARE(storedScript(page.currentScriptId()).relationshipId, 0);

        // Moving a draft to Robin keeps it in view.
        scope->setCurrentIndex(0);
        QCOMPARE(page.scripts().size(), 1);
        page.selectScript(page.scripts().first().id);
        auto *forCombo = child<QComboBox>(&page, u"scriptFor"_s);
        forCombo->setCurrentIndex(forCombo->findData(qint64(0)));
        QCOMPARE(storedScript(page.currentScriptId()).relationshipId, 0);
        QCOMPARE(scope->currentData().toLongLong(), 0);
        QCOMPARE(page.scripts().size(), 3);
    }

    void kindChangesWhatTheCheckerExpects()
    {
        seed(u"Sorry"_s, u"I am sorry I snapped at you. Next time I will take a break."_s, ScriptKind::Custom);
        ScriptsPage page(*m_context);
        show(page);
        QVERIFY(findingRules(page).contains(u"apologising"_s));
        auto *kind = child<QComboBox>(&page, u"scriptKind"_s);
        kind->setCurrentIndex(kind->findData(int(ScriptKind::ApologyWithRepair)));
        QVERIFY(!findingRules(page).contains(u"apologising"_s));
        QCOMPARE(storedScript(page.currentScriptId()).kind, ScriptKind::ApologyWithRepair);
    }

    void highlightingFollowsThePalette()
    {
        seed(u"Draft"_s, u"Hi [Name]."_s);
        ScriptsPage page(*m_context);
        show(page);
        ScriptEditor *editor = page.editor();
        QVERIFY(editor->hasSyntax());
        QCOMPARE(editor->themeName(), u"Breeze Light"_s);
        const QTextCharFormat light = formatAt(editor, 4);
        QVERIFY(light.fontWeight() >= QFont::Bold);
        QVERIFY(light.hasProperty(QTextFormat::BackgroundBrush));

        Theme::apply(*qApp, Theme::Mode::Dark);
        QCoreApplication::processEvents();
        QCOMPARE(editor->themeName(), u"Breeze Dark"_s);
        const QTextCharFormat dark = formatAt(editor, 4);
        QVERIFY(dark.foreground().color() != light.foreground().color());
        QVERIFY(dark.background().color() != light.background().color());
        QVERIFY(editor->palette().color(QPalette::Base).lightness() < 128);

        Theme::apply(*qApp, Theme::Mode::Light);
        QCoreApplication::processEvents();
        QCOMPARE(editor->themeName(), u"Breeze Light"_s);
        QCOMPARE(formatAt(editor, 4).background().color(), light.background().color());
    }
};

QTEST_MAIN(TestScripts)
#include "tst_scripts.moc"
