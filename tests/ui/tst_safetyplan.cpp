#include "UiTestSupport.h"
#include "common/Card.h"
#include "common/FileDialogs.h"
#include "common/NoticeBar.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "print/DocumentPrinter.h"
#include "print/HtmlDocumentExport.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/ItemListEditor.h"
#include "safetyplan/RowListEditor.h"
#include "safetyplan/SafetyPlanDocument.h"
#include "safetyplan/SafetyPlanEditor.h"
#include "safetyplan/SafetyPlanExport.h"
#include "safetyplan/SafetyPlanPage.h"
#include "safetyplan/SafetyPlanRepository.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QXmlStreamReader>

#include <memory>

using namespace bearings;
using namespace bearings::ui;
using bearings::test::child;
using bearings::test::unnamedFocusable;
using namespace Qt::Literals::StringLiterals;

namespace {

using Section = SafetyPlanDocument::Section;
using Format = SafetyPlanExport::Format;

SafetyPlan fullPlan()
{
    SafetyPlan plan = SafetyPlanRepository::defaultPlan();
    plan.contacts = {{u"Jordan"_s, u"206-555-0134"_s, u"My sister"_s, true},
        {u"Priya"_s, u"206-555-0178"_s, u"Close friend"_s, true},
        {u"Dr. Lee's office"_s, u"206-555-0142"_s, u"My doctor"_s, false}};
    plan.hotlines.append({u"Crisis text line"_s, u"741741"_s, QString(), u"Text, any hour"_s});
    plan.safePlaces = {{u"Jordan's flat"_s, u"14 Elm Street"_s, u"Bus 12 from the corner"_s},
        {u"The public library"_s, u"Main Street"_s, u"Ten minutes on foot"_s}};
    plan.codeWord = u"blue umbrella"_s;
    plan.essentials[1].done = true;
    plan.ifTheyShowUp = {u"Stay in a room with a way out"_s, u"Text the code word to Jordan"_s};
    plan.exitSteps = {u"Pack a bag and keep it at Jordan's"_s, u"Change passwords from a safe device"_s};
    plan.notes = u"Reviewed with Jordan."_s;
    return plan;
}

// Everything a printed copy must show (the default grounding tools are long
// sentences that a PDF wraps, so their first words stand for them).
QStringList expectedTexts(const SafetyPlan &plan)
{
    QStringList texts {plan.emergencyNumber, plan.codeWord, plan.notes};
    for (const TrustedContact &c : plan.contacts)
        texts << c.name << c.phone;
    for (const Hotline &h : plan.hotlines) {
        texts << h.phone;
        if (!h.tty.isEmpty())
            texts << h.tty;
    }
    for (const SafePlace &p : plan.safePlaces)
        texts << p.name << p.address;
    for (const ChecklistItem &i : plan.essentials)
        texts << i.text;
    texts << plan.ifTheyShowUp << plan.exitSteps;
    for (const QString &tool : plan.groundingTools)
        texts << tool.section(u' ', 0, 1);
    for (const Section s : SafetyPlanDocument::kSections)
        texts << SafetyPlanDocument::sectionTitle(s);
    return texts;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning() << program << "failed:" << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

bool havePoppler()
{
    return !QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
        && !QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty();
}

// pdftotext keeps lines; joining them with spaces lets a phrase that wrapped
// still be found.
QString pdfText(const QString &path)
{
    return run(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}).simplified();
}

struct PdfInfo {
    int pages = 0;
    QSizeF sizePt;
};

PdfInfo pdfInfo(const QString &path)
{
    const QString info = run(u"pdfinfo"_s, {path});
    PdfInfo result;
    const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    if (pages.hasMatch())
        result.pages = pages.captured(1).toInt();
    const QRegularExpressionMatch size = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+) pts"_s).match(info);
    if (size.hasMatch())
        result.sizePt = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool wellFormedXml(const QString &text, QString *problem)
{
    QXmlStreamReader reader(text);
    while (!reader.atEnd())
        reader.readNext();
    if (reader.hasError())
        *problem = u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
    return !reader.hasError();
}

// The keyboard-reachable widgets under `root`, in tab order from `start`.
QList<QWidget *> tabChain(QWidget *start, QWidget *root, int limit)
{
    QList<QWidget *> chain;
    QWidget *w = start;
    while (w && chain.size() < limit) {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(root) && root->isAncestorOf(w))
            chain.append(w);
        w = w->nextInFocusChain();
        if (w == start)
            break;
    }
    return chain;
}

} // namespace

class TestSafetyPlan : public QObject {
    Q_OBJECT

private:
    ManualClock m_clock {QDateTime(QDate(2026, 3, 3), QTime(14, 5))};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;
    std::unique_ptr<QTemporaryDir> m_dir;

    int storedRows() const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"SELECT count(*) FROM safety_plan"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    SafetyPlan stored() const
    {
        const Result<SafetyPlan> plan = SafetyPlanRepository(*m_db).load();
        if (!plan.ok())
            qWarning() << plan.error().message;
        return plan.ok() ? plan.value() : SafetyPlan();
    }

    void store(SafetyPlan plan) { QVERIFY(SafetyPlanRepository(*m_db).save(plan).ok()); }

    QString path(const QString &name) const { return m_dir->filePath(name); }

    static void show(QWidget &w)
    {
        w.resize(1200, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void init()
    {
        Result<std::unique_ptr<Database>> db = Database::openNew(m_clock);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_context = std::make_unique<SessionContext>(*m_db, *m_clipboard);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        FileDialogs::setNextSaveFileName({});
        // Consumes a queued answer a failed test left behind.
        FileDialogs::saveFileName(nullptr, {}, {}, {});
        m_context.reset();
        m_clipboard.reset();
        m_db.reset();
        m_dir.reset();
    }

    void startsFromTheDefaultPlanWithPrompts()
    {
        SafetyPlanPage page(*m_context);
        show(page);
        SafetyPlanEditor *editor = page.editor();
        QCOMPARE(editor->regionPicker()->currentText(), SafetyPlanDocument::regionName(Region::UnitedStates));
        QCOMPARE(editor->emergencyNumber()->text(), u"911"_s);
        QCOMPARE(editor->hotlines()->rowCount(), 1);
        QCOMPARE(editor->hotlines()->field(0, 1)->text(), u"1-800-799-7233"_s);
        QCOMPARE(editor->hotlines()->field(0, 2)->text(), u"1-800-787-3224"_s);
        QCOMPARE(editor->essentials()->rowCount(), 6);
        QVERIFY(editor->groundingTools()->items().size() == 4);
        // Empty sections offer their prompt; filled ones do not.
        QCOMPARE(editor->contacts()->rowCount(), 0);
        QVERIFY(editor->contacts()->emptyPrompt()->isVisibleTo(&page));
        QCOMPARE(editor->contacts()->emptyPrompt()->text(), SafetyPlanDocument::emptyPrompt(Section::Contacts));
        QVERIFY(editor->safePlaces()->emptyPrompt()->isVisibleTo(&page));
        QVERIFY(!editor->hotlines()->emptyPrompt()->isVisibleTo(&page));
        QVERIFY(child<QWidget>(&page, u"prompt_%1"_s.arg(int(Section::IfTheyShowUp)))->isVisibleTo(&page));
        QVERIFY(child<QWidget>(&page, u"prompt_%1"_s.arg(int(Section::ExitSteps)))->isVisibleTo(&page));
        QVERIFY(!child<QWidget>(&page, u"prompt_%1"_s.arg(int(Section::Grounding)))->isVisibleTo(&page));
        QVERIFY(!child<QWidget>(&page, u"prompt_%1"_s.arg(int(Section::Emergency)))->isVisibleTo(&page));
        // Every section has its card, in the printed order.
        int lastY = -1;
        for (const Section s : SafetyPlanDocument::kSections) {
            Card *card = editor->card(s);
            QVERIFY(card);
            QCOMPARE(card->title(), SafetyPlanDocument::sectionTitle(s));
            QVERIFY(card->y() > lastY);
            lastY = card->y();
        }
        // The number to call is in sight, and nothing was saved yet.
        QVERIFY(child<QLabel>(&page, u"safetyLine"_s)->text().contains(u"911"_s));
        QCOMPARE(storedRows(), 0);
        QCOMPARE(page.paper(), HtmlDocumentExport::Paper::Letter);
    }

    void aNewPlanStartsFromTheRegionInTheSettings()
    {
        m_context->setDefaultRegion(Region::UnitedKingdom);
        SafetyPlanPage page(*m_context);
        show(page);
        SafetyPlanEditor *editor = page.editor();
        QCOMPARE(editor->regionPicker()->currentText(), SafetyPlanDocument::regionName(Region::UnitedKingdom));
        QCOMPARE(editor->emergencyNumber()->text(), u"999"_s);
        QCOMPARE(editor->hotlines()->rowCount(), 0); // the starting hotline is a US one
        QCOMPARE(page.paper(), HtmlDocumentExport::Paper::A4);
        QCOMPARE(storedRows(), 0);

        // A saved plan keeps its own region, whatever the settings say.
        SafetyPlan saved = SafetyPlanRepository::defaultPlan();
        saved.region = Region::Australia;
        saved.emergencyNumber = u"000"_s;
        store(saved);
        SafetyPlanPage again(*m_context);
        QCOMPARE(again.editor()->regionPicker()->currentText(), SafetyPlanDocument::regionName(Region::Australia));
        QCOMPARE(again.editor()->emergencyNumber()->text(), u"000"_s);
    }

    void regionPickerFillsTheNumberUnlessTyped()
    {
        SafetyPlanPage page(*m_context);
        show(page);
        SafetyPlanEditor *editor = page.editor();
        QComboBox *region = editor->regionPicker();
        region->setFocus();
        // US -> Canada -> EU -> UK, one key press each.
        QTest::keyClick(region, Qt::Key_Down);
        QCOMPARE(editor->emergencyNumber()->text(), u"911"_s);
        QTest::keyClick(region, Qt::Key_Down);
        QCOMPARE(editor->emergencyNumber()->text(), u"112"_s);
        QTest::keyClick(region, Qt::Key_Down);
        QCOMPARE(region->currentText(), SafetyPlanDocument::regionName(Region::UnitedKingdom));
        QCOMPARE(editor->emergencyNumber()->text(), u"999"_s);
        QVERIFY(child<QLabel>(&page, u"regionNote"_s)->text().contains(u"112"_s));
        QCOMPARE(page.paper(), HtmlDocumentExport::Paper::A4);

        // A number the person typed stays when the region changes.
        type(editor->emergencyNumber(), u"101"_s);
        region->setFocus();
        QTest::keyClick(region, Qt::Key_Down); // Australia
        QCOMPARE(region->currentText(), SafetyPlanDocument::regionName(Region::Australia));
        QCOMPARE(editor->emergencyNumber()->text(), u"101"_s);
        // Emptied, it is filled again.
        editor->emergencyNumber()->clear();
        QTest::keyClick(region, Qt::Key_Up); // back to the UK
        QCOMPARE(editor->emergencyNumber()->text(), u"999"_s);
        // Somewhere else: Bearings does not guess.
        QTest::keyClick(region, Qt::Key_End);
        QCOMPARE(region->currentText(), SafetyPlanDocument::regionName(Region::Other));
        QVERIFY(editor->emergencyNumber()->text().isEmpty());
        QVERIFY(child<QWidget>(&page, u"prompt_%1"_s.arg(int(Section::Emergency)))->isVisibleTo(&page));
        QVERIFY(child<QLabel>(&page, u"safetyLine"_s)->text().contains(u"local emergency number"_s));

        QVERIFY(page.saveNow());
        QCOMPARE(stored().region, Region::Other);
        QVERIFY(stored().emergencyNumber.isEmpty());
    }

    void editEverySectionSaveAndReload()
    {
        {
            SafetyPlanPage page(*m_context);
            show(page);
            SafetyPlanEditor *editor = page.editor();

            RowListEditor *contacts = editor->contacts();
            QTest::mouseClick(contacts->addButton(), Qt::LeftButton);
            QCOMPARE(contacts->rowCount(), 1);
            QCOMPARE(QApplication::focusWidget(), contacts->field(0, 0));
            QVERIFY(!contacts->emptyPrompt()->isVisibleTo(&page));
            QTest::keyClicks(contacts->field(0, 0), u"Jordan"_s);
            type(contacts->field(0, 1), u"206-555-0134"_s);
            type(contacts->field(0, 2), u"My sister"_s);
            QTest::mouseClick(contacts->check(0, 3), Qt::LeftButton);
            QTest::mouseClick(contacts->addButton(), Qt::LeftButton);
            QTest::keyClicks(contacts->field(1, 0), u"Priya"_s);
            type(contacts->field(1, 1), u"206-555-0178"_s);

            RowListEditor *hotlines = editor->hotlines();
            QTest::mouseClick(hotlines->addButton(), Qt::LeftButton);
            QTest::keyClicks(hotlines->field(1, 0), u"Local line"_s);
            type(hotlines->field(1, 1), u"0808 000 0000"_s);

            type(editor->codeWord(), u"blue umbrella"_s);

            RowListEditor *places = editor->safePlaces();
            QTest::mouseClick(places->addButton(), Qt::LeftButton);
            QTest::keyClicks(places->field(0, 0), u"Jordan's flat"_s);
            type(places->field(0, 1), u"14 Elm Street"_s);
            type(places->field(0, 2), u"Bus 12"_s);

            for (ItemListEditor *list : {editor->ifTheyShowUp(), editor->exitSteps(), editor->groundingTools()}) {
                list->field()->setFocus();
                QTest::keyClicks(list->field(), u"Step for "_s + list->accessibleName());
                QTest::keyClick(list->field(), Qt::Key_Return);
            }
            QVERIFY(!child<QWidget>(&page, u"prompt_%1"_s.arg(int(Section::IfTheyShowUp)))->isVisibleTo(&page));

            RowListEditor *essentials = editor->essentials();
            QTest::mouseClick(essentials->check(0, 0), Qt::LeftButton);
            QTest::mouseClick(essentials->removeButton(5), Qt::LeftButton); // the phone charger
            QTest::mouseClick(essentials->addButton(), Qt::LeftButton);
            QTest::keyClicks(essentials->field(5, 1), u"Spare glasses"_s);

            editor->notes()->setFocus();
            QTest::keyClicks(editor->notes(), u"Look at this again in May."_s);

            // Saved a moment after the typing stops.
            QTRY_COMPARE_WITH_TIMEOUT(storedRows(), 1, 3000);
            QTRY_COMPARE_WITH_TIMEOUT(stored().notes, u"Look at this again in May."_s, 3000);
        }

        const SafetyPlan plan = stored();
        QCOMPARE(plan.contacts.size(), 2);
        QCOMPARE(plan.contacts[0], (TrustedContact {u"Jordan"_s, u"206-555-0134"_s, u"My sister"_s, true}));
        QCOMPARE(plan.contacts[1], (TrustedContact {u"Priya"_s, u"206-555-0178"_s, QString(), false}));
        QCOMPARE(plan.hotlines.size(), 2);
        QCOMPARE(plan.hotlines[1].phone, u"0808 000 0000"_s);
        QCOMPARE(plan.codeWord, u"blue umbrella"_s);
        QCOMPARE(plan.safePlaces, (QList<SafePlace> {{u"Jordan's flat"_s, u"14 Elm Street"_s, u"Bus 12"_s}}));
        QCOMPARE(
            plan.ifTheyShowUp, QStringList {u"Step for "_s + SafetyPlanDocument::sectionTitle(Section::IfTheyShowUp)});
        QCOMPARE(plan.exitSteps.size(), 1);
        QCOMPARE(plan.groundingTools.size(), 5);
        QCOMPARE(plan.essentials.size(), 6);
        QVERIFY(plan.essentials[0].done);
        QCOMPARE(plan.essentials[5], (ChecklistItem {u"Spare glasses"_s, false}));
        QVERIFY(!plan.essentials.contains(ChecklistItem {u"Phone and charger"_s, false}));
        QCOMPARE(plan.updatedAt, m_clock.now());

        // A new page (after a lock and unlock) shows the same plan.
        SafetyPlanPage again(*m_context);
        SafetyPlan shown = again.editor()->plan();
        QCOMPARE(shown, plan);
        QCOMPARE(again.editor()->contacts()->field(0, 0)->text(), u"Jordan"_s);
        QVERIFY(again.editor()->contacts()->check(0, 3)->isChecked());
        QCOMPARE(again.editor()->codeWord()->text(), u"blue umbrella"_s);
    }

    void typingJustBeforeLockIsKept()
    {
        SafetyPlanPage page(*m_context);
        show(page);
        type(page.editor()->codeWord(), u"lighthouse"_s);
        QCOMPARE(storedRows(), 0);
        m_context->close();
        QCOMPARE(stored().codeWord, u"lighthouse"_s);
    }

    void changesFromElsewhereAreShown()
    {
        SafetyPlanPage page(*m_context);
        show(page);
        SafetyPlan plan = fullPlan();
        store(plan);
        QCOMPARE(page.editor()->codeWord()->text(), u"blue umbrella"_s);
        QCOMPARE(page.editor()->contacts()->rowCount(), 3);
        QCOMPARE(page.editor()->plan(), stored());
    }

    void blankRowsAreNotSaved()
    {
        SafetyPlanPage page(*m_context);
        show(page);
        QTest::mouseClick(page.editor()->contacts()->addButton(), Qt::LeftButton);
        type(page.editor()->codeWord(), u"x"_s);
        QVERIFY(page.saveNow());
        QVERIFY(stored().contacts.isEmpty());
        // The empty row stays on screen for the person to fill in.
        QCOMPARE(page.editor()->contacts()->rowCount(), 1);
    }

    void removingRowsKeepsFocusAndNames()
    {
        store(fullPlan());
        SafetyPlanPage page(*m_context);
        show(page);
        RowListEditor *contacts = page.editor()->contacts();
        QCOMPARE(contacts->field(1, 1)->accessibleName(), u"Person 2: Phone"_s);
        QCOMPARE(contacts->removeButton(2)->accessibleName(), u"Remove person 3"_s);
        contacts->removeButton(0)->setFocus();
        QTest::keyClick(contacts->removeButton(0), Qt::Key_Space);
        QCOMPARE(contacts->rowCount(), 2);
        QCOMPARE(contacts->field(0, 0)->text(), u"Priya"_s);
        QCOMPARE(contacts->field(0, 0)->accessibleName(), u"Person 1: Name"_s);
        QCOMPARE(QApplication::focusWidget(), contacts->removeButton(0));
        QVERIFY(page.saveNow());
        QCOMPARE(stored().contacts.size(), 2);
    }

    void rowsFollowTheTabOrder()
    {
        SafetyPlanPage page(*m_context);
        show(page);
        RowListEditor *contacts = page.editor()->contacts();
        QTest::mouseClick(contacts->addButton(), Qt::LeftButton);
        QTest::mouseClick(contacts->addButton(), Qt::LeftButton);
        const QList<QWidget *> chain = tabChain(contacts->field(0, 0), contacts, 20);
        const QList<QWidget *> expected {contacts->field(0, 0), contacts->field(0, 1), contacts->field(0, 2),
            contacts->check(0, 3), contacts->removeButton(0), contacts->field(1, 0), contacts->field(1, 1),
            contacts->field(1, 2), contacts->check(1, 3), contacts->removeButton(1), contacts->addButton()};
        QCOMPARE(chain, expected);
        // And the row before them leads into them.
        QWidget *before = contacts->field(0, 0)->previousInFocusChain();
        while (before && !(before->focusPolicy() & Qt::TabFocus))
            before = before->previousInFocusChain();
        QVERIFY(before && !contacts->isAncestorOf(before));
    }

    void everyControlHasAName()
    {
        store(fullPlan());
        SafetyPlanPage page(*m_context);
        show(page);
        QCOMPARE(unnamedFocusable(&page), QStringList());
        page.showPreview();
        QCOMPARE(unnamedFocusable(&page), QStringList());
    }

    void previewShowsThePlanAsPrinted()
    {
        store(fullPlan());
        SafetyPlanPage page(*m_context);
        show(page);
        QTest::mouseClick(child<QPushButton>(&page, u"previewMode"_s), Qt::LeftButton);
        QVERIFY(page.isPreviewShown());
        const QString text = page.preview()->toPlainText();
        for (const Section s : SafetyPlanDocument::kSections)
            QVERIFY2(
                text.contains(SafetyPlanDocument::sectionTitle(s)), qPrintable(SafetyPlanDocument::sectionTitle(s)));
        QVERIFY(text.contains(u"blue umbrella"_s));
        QVERIFY(text.contains(u"Printed on"_s));
        QVERIFY(text.contains(QLocale().toString(m_clock.today(), QLocale::LongFormat)));
        QTest::mouseClick(child<QPushButton>(&page, u"editMode"_s), Qt::LeftButton);
        QVERIFY(!page.isPreviewShown());
    }

    void pdfHoldsEverySectionContactAndNumber()
    {
        if (!havePoppler())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed; scripts/bootstrap.sh installs them");
        const SafetyPlan plan = fullPlan();
        store(plan);
        SafetyPlanPage page(*m_context);
        show(page);

        FileDialogs::setNextSaveFileName(path(u"plan"_s));
        const QString written = page.exportPlan(Format::Pdf);
        QCOMPARE(written, path(u"plan.pdf"_s));
        const QString text = pdfText(written);
        for (const QString &expected : expectedTexts(plan))
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        QVERIFY(text.contains(u"Printed on"_s));
        QVERIFY(text.contains(u"Page 1 of"_s));
        PdfInfo info = pdfInfo(written);
        QVERIFY(info.pages >= 1);
        QVERIFY2(qAbs(info.sizePt.width() - 612) < 1 && qAbs(info.sizePt.height() - 792) < 1,
            qPrintable(u"%1 x %2"_s.arg(info.sizePt.width()).arg(info.sizePt.height())));
        QVERIFY(child<NoticeBar>(&page, u"safetyPlanNotice"_s)->message().contains(u"not encrypted"_s));

        page.setPaper(HtmlDocumentExport::Paper::A4);
        FileDialogs::setNextSaveFileName(path(u"plan-a4.pdf"_s));
        QVERIFY(!page.exportPlan(Format::Pdf).isEmpty());
        info = pdfInfo(path(u"plan-a4.pdf"_s));
        QVERIFY(qAbs(info.sizePt.width() - 595.3) < 1 && qAbs(info.sizePt.height() - 841.9) < 1);
    }

    void cardIsOneCardSizedPage()
    {
        if (!havePoppler())
            QSKIP("pdftotext and pdfinfo (poppler-utils) are needed; scripts/bootstrap.sh installs them");
        store(fullPlan());
        SafetyPlanPage page(*m_context);
        FileDialogs::setNextSaveFileName(path(u"card.pdf"_s));
        const QString written = page.exportCard(Format::Pdf);
        QVERIFY(!written.isEmpty());
        const PdfInfo info = pdfInfo(written);
        QCOMPARE(info.pages, 1);
        // 85.6 x 54 mm in points.
        QVERIFY2(qAbs(info.sizePt.width() - 242.6) < 0.5 && qAbs(info.sizePt.height() - 153.1) < 0.5,
            qPrintable(u"%1 x %2"_s.arg(info.sizePt.width()).arg(info.sizePt.height())));
        const QString text = pdfText(written);
        for (const QString &expected : {u"911"_s, u"1-800-799-7233"_s, u"Jordan"_s, u"206-555-0134"_s, u"Priya"_s,
                 u"206-555-0178"_s, u"blue umbrella"_s, u"Jordan's flat"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        QVERIFY(!text.contains(u"Dr. Lee"_s));
    }

    void cardShrinksToStayOnePage()
    {
        if (!havePoppler())
            QSKIP("pdfinfo (poppler-utils) is needed; scripts/bootstrap.sh installs them");
        QString html = u"<html><body>"_s;
        for (int i = 0; i < 10; ++i)
            html += u"<p>Line %1 of a card that says too much</p>"_s.arg(i);
        html += u"</body></html>"_s;
        const Result<int> pages = HtmlDocumentExport::writePdf(
            html, path(u"long.pdf"_s), HtmlDocumentExport::cardLayout(SafetyPlanDocument::cardTitle()));
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), 1);
        QCOMPARE(pdfInfo(path(u"long.pdf"_s)).pages, 1);
        QVERIFY(pdfText(path(u"long.pdf"_s)).contains(u"Line 9 "_s));
        // A long document runs over several pages.
        QString longHtml;
        for (int i = 0; i < 150; ++i)
            longHtml += u"<p>Paragraph %1</p>"_s.arg(i);
        const Result<int> document = HtmlDocumentExport::writePdf(
            longHtml, path(u"doc.pdf"_s), HtmlDocumentExport::documentLayout(HtmlDocumentExport::Paper::A4, QString()));
        QVERIFY(document.ok());
        QVERIFY(document.value() > 1);
        QCOMPARE(pdfInfo(path(u"doc.pdf"_s)).pages, document.value());
    }

    void htmlTextAndMarkdownExports()
    {
        const SafetyPlan plan = fullPlan();
        store(plan);
        SafetyPlanPage page(*m_context);
        FileDialogs::setNextSaveFileName(path(u"plan.html"_s));
        QCOMPARE(page.exportPlan(Format::Html), path(u"plan.html"_s));
        const QString html = readText(path(u"plan.html"_s));
        QString problem;
        QVERIFY2(wellFormedXml(html, &problem), qPrintable(problem));
        QVERIFY(html.contains(u"<h2>Trusted people</h2>"_s));

        FileDialogs::setNextSaveFileName(path(u"plan.txt"_s));
        QVERIFY(!page.exportPlan(Format::Text).isEmpty());
        FileDialogs::setNextSaveFileName(path(u"plan.md"_s));
        QVERIFY(!page.exportPlan(Format::Markdown).isEmpty());
        const QString text = readText(path(u"plan.txt"_s));
        const QString markdown = readText(path(u"plan.md"_s));
        for (const Section s : SafetyPlanDocument::kSections) {
            QVERIFY(text.contains(SafetyPlanDocument::sectionTitle(s).toUpper()));
            QVERIFY(markdown.contains(u"## "_s + SafetyPlanDocument::sectionTitle(s)));
        }
        for (const TrustedContact &c : plan.contacts) {
            QVERIFY(text.contains(c.phone));
            QVERIFY(markdown.contains(c.phone));
        }

        FileDialogs::setNextSaveFileName(path(u"card.html"_s));
        QVERIFY(!page.exportCard(Format::Html).isEmpty());
        QVERIFY2(wellFormedXml(readText(path(u"card.html"_s)), &problem), qPrintable(problem));
        // The card has no text or Markdown form.
        QVERIFY(page.exportCard(Format::Text).isEmpty());
    }

    void cancelledOrFailedExports()
    {
        SafetyPlanPage page(*m_context);
        FileDialogs::setNextSaveFileName(QString());
        QVERIFY(page.exportPlan(Format::Pdf).isEmpty());
        QVERIFY(QDir(m_dir->path()).isEmpty());

        FileDialogs::setNextSaveFileName(path(u"no/such/folder/plan.md"_s));
        QVERIFY(page.exportPlan(Format::Markdown).isEmpty());
        auto *notice = child<NoticeBar>(&page, u"safetyPlanNotice"_s);
        QVERIFY(notice->isVisibleTo(&page));
        QVERIFY(!notice->message().isEmpty());
    }

    void exportWritesTheLatestEdits()
    {
        SafetyPlanPage page(*m_context);
        show(page);
        type(page.editor()->codeWord(), u"harbour"_s);
        FileDialogs::setNextSaveFileName(path(u"plan.txt"_s));
        QVERIFY(!page.exportPlan(Format::Text).isEmpty());
        QVERIFY(readText(path(u"plan.txt"_s)).contains(u"harbour"_s));
        QCOMPARE(stored().codeWord, u"harbour"_s);
    }

    void printingPaintsOnAPrinter()
    {
        if (!havePoppler())
            QSKIP("pdftotext (poppler-utils) is needed; scripts/bootstrap.sh installs them");
        const SafetyPlan plan = fullPlan();
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path(u"printed.pdf"_s));
        const HtmlDocumentExport::Layout layout
            = HtmlDocumentExport::cardOnSheetLayout(HtmlDocumentExport::Paper::A4, QString());
        HtmlDocumentExport::applyPage(printer, layout);
        const QString html = SafetyPlanDocument::cardHtml(plan, {m_clock.now(), QLocale::c()});
        QCOMPARE(HtmlDocumentExport::paint(html, printer, layout), 1);
        const QString text = pdfText(path(u"printed.pdf"_s));
        QVERIFY(text.contains(u"blue umbrella"_s));
        QVERIFY(qAbs(pdfInfo(path(u"printed.pdf"_s)).sizePt.width() - 595.3) < 1);
    }

    void printDialogsOpenWithThePaperChosen()
    {
        store(fullPlan());
        SafetyPlanPage page(*m_context);
        show(page);
        page.setPaper(HtmlDocumentExport::Paper::A4);

        QTest::mouseClick(child<QPushButton>(&page, u"printPreview"_s), Qt::LeftButton);
        auto *preview = page.findChild<QPrintPreviewDialog *>(u"printPreviewDialog"_s);
        QVERIFY(preview);
        QTRY_VERIFY(preview->isVisible());
        auto *pages = preview->findChild<QPrintPreviewWidget *>();
        QVERIFY(pages);
        QTRY_VERIFY(pages->pageCount() >= 1);
        preview->reject();
        QTRY_VERIFY(!page.findChild<QPrintPreviewDialog *>());

        QTest::mouseClick(child<QPushButton>(&page, u"print"_s), Qt::LeftButton);
        auto *dialog = page.findChild<QPrintDialog *>(u"printDialog"_s);
        QVERIFY(dialog);
        QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::A4);
        QCOMPARE(dialog->printer()->docName(), DocumentPrinter::jobName());
        dialog->reject();
        QTRY_VERIFY(!page.findChild<QPrintDialog *>());
    }
};

QTEST_MAIN(TestSafetyPlan)
#include "tst_safetyplan.moc"
