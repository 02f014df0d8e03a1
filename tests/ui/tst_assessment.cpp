#include "assessment/AssessmentHistory.h"
#include "assessment/AssessmentPage.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/AssessmentResultView.h"
#include "assessment/AssessmentScorer.h"
#include "assessment/AssessmentWizard.h"
#include "assessment/Questionnaire.h"
#include "common/EmptyState.h"
#include "common/Theme.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace bearings;
using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPageWidth = 900;
constexpr int kPageHeight = 760;

using Answers = QMap<QString, int>;

// Every scored question at `value` (capped at its most possible value).
Answers all(const Questionnaire &q, QuestionGroup group, int value)
{
    Answers a;
    for (const Question &question : q.questions(group))
        a.insert(question.id, std::min(value, Questionnaire::maxValue(question)));
    return a;
}

Answers merged(std::initializer_list<Answers> parts)
{
    Answers a;
    for (const Answers &p : parts)
        a.insert(p);
    return a;
}

// Text a widget shows: labels, buttons, text fields.
QString shownText(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        return button->text();
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(w))
        return edit->toPlainText();
    return {};
}

} // namespace

class TestAssessment : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;
    Questionnaire m_questionnaire;
    qint64 m_rel = 0;

    qint64 addRelationship(const QString &name)
    {
        Relationship r;
        r.name = name;
        r.kind = RelationshipKind::Partner;
        const Result<qint64> added = RelationshipRepository(*m_db).add(r);
        return added.ok() ? added.value() : 0;
    }

    static QString screenshotDir() { return qEnvironmentVariable("BEARINGS_SCREENSHOT_DIR"); }

    static void screenshot(QWidget *page, const QString &step)
    {
        const QString dir = screenshotDir();
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // wrapped labels settle their height in a second layout pass
        page->grab().save(QDir(dir).filePath(u"screenshot-assessment-%1.png"_s.arg(step)));
    }

    static QStackedWidget *stack(AssessmentPage *page) { return page->findChild<QStackedWidget *>(); }

    static QPushButton *button(QWidget *parent, const QString &name)
    {
        // Let a page that just appeared lay itself out, so clicks land.
        QApplication::sendPostedEvents();
        return parent->findChild<QPushButton *>(name);
    }

    // Answers the questions shown on the wizard's current step by clicking.
    static void clickAnswers(AssessmentWizard *wizard, const Answers &answers)
    {
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            auto *radio = wizard->findChild<QRadioButton *>(u"answer-%1-%2"_s.arg(it.key()).arg(it.value()));
            QVERIFY2(radio, qPrintable(it.key()));
            if (!radio->isVisible())
                continue; // another step
            QTest::mouseClick(radio, Qt::LeftButton);
            QVERIFY2(radio->isChecked(), qPrintable(it.key()));
        }
    }

    // Runs the whole questionnaire by clicking: answers on every step, Next,
    // and Finish on the last one. Returns the finished assessment's id.
    static qint64 runByClicking(AssessmentWizard *wizard, const Answers &answers, QWidget *screenshotPage = nullptr)
    {
        QSignalSpy finished(wizard, &AssessmentWizard::finished);
        for (int step = 0; step < wizard->stepCount(); ++step) {
            if (wizard->currentStep() != step)
                return 0;
            clickAnswers(wizard, answers);
            if (step + 1 < wizard->stepCount())
                QTest::mouseClick(button(wizard, u"wizardNext"_s), Qt::LeftButton);
        }
        if (screenshotPage)
            screenshot(screenshotPage, u"reflections"_s);
        QTest::mouseClick(button(wizard, u"wizardFinish"_s), Qt::LeftButton);
        return finished.size() == 1 ? finished.at(0).at(0).toLongLong() : 0;
    }

    // Every focusable widget someone can see has a name for screen readers.
    static void verifyAccessibleNames(QWidget *root)
    {
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                qPrintable(u"%1 (%2) \"%3\""_s.arg(
                    QString::fromLatin1(w->metaObject()->className()), w->objectName(), shownText(w))));
        }
    }

    static QWidget *focused() { return QApplication::focusWidget(); }

    // Tabs forward until `match` holds for the focus widget.
    static bool tabUntil(const std::function<bool(QWidget *)> &match, int limit = 200)
    {
        for (int i = 0; i < limit; ++i) {
            if (focused() && match(focused()))
                return true;
            QTest::keyClick(focused(), Qt::Key_Tab);
        }
        return focused() && match(focused());
    }

    // Chooses an answer with the keyboard only: Tab to the question, Space to
    // choose its first option, arrows to the wanted one.
    static bool chooseByKeyboard(const QString &questionId, int value)
    {
        const QString prefix = u"answer-%1-"_s.arg(questionId);
        if (!tabUntil([&](QWidget *w) { return w->objectName().startsWith(prefix); }))
            return false;
        // Tab lands on the checked answer, or the first one while none is.
        QTest::keyClick(focused(), Qt::Key_Space);
        const QString wanted = prefix + QString::number(value);
        const auto *target = focused()->parentWidget()->findChild<QRadioButton *>(wanted);
        if (!target)
            return false;
        for (int i = 0; i < 4 && focused() != target; ++i)
            QTest::keyClick(focused(), target->x() < focused()->x() ? Qt::Key_Left : Qt::Key_Right);
        return focused() == target && target->isChecked();
    }

private Q_SLOTS:
    void initTestCase()
    {
        Theme::apply(*qApp, Theme::Mode::Light);
        const Result<Questionnaire> q = Questionnaire::load();
        QVERIFY(q.ok());
        m_questionnaire = q.value();
        if (!screenshotDir().isEmpty())
            QVERIFY(QDir().mkpath(screenshotDir()));
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2024, 5, 14), QTime(10, 0)));
        Result<std::unique_ptr<Database>> db = Database::openNew(*m_clock);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_context = std::make_unique<SessionContext>(*m_db, *m_clipboard);
        m_rel = addRelationship(u"Sam"_s);
        QVERIFY(m_rel > 0);
        m_context->setCurrentRelationship(m_rel);
    }

    void cleanup()
    {
        m_context.reset();
        m_clipboard.reset();
        m_db.reset();
        m_clock.reset();
    }

    void withoutARelationshipItAsksToAddSomeone()
    {
        m_context->setCurrentRelationship(0);
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QCOMPARE(page.objectName(), u"assessmentPage"_s);
        auto *empty = page.findChild<EmptyState *>();
        QVERIFY(empty && empty->isVisible());
        QSignalSpy add(&page, &AssessmentPage::addRelationshipRequested);
        QTest::mouseClick(empty->actionButton(), Qt::LeftButton);
        QCOMPARE(add.size(), 1);
        QVERIFY(page.extraSections());
        QCOMPARE(page.extraSections()->objectName(), u"extraSections"_s);
        verifyAccessibleNames(&page);
    }

    void stepsShowProgressAndAGentleNote()
    {
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(button(&page, u"startAssessment"_s), Qt::LeftButton);
        AssessmentWizard *wizard = page.wizard();
        QCOMPARE(wizard->objectName(), u"assessmentWizard"_s);
        QCOMPARE(stack(&page)->currentWidget(), wizard);
        QCOMPARE(wizard->stepCount(), 5);
        auto *progress = wizard->findChild<QLabel *>(u"wizardProgressLabel"_s);
        auto *bar = wizard->findChild<QProgressBar *>(u"wizardProgress"_s);
        QCOMPARE(progress->text(), u"Step 1 of 5"_s);
        QVERIFY(!button(wizard, u"wizardBack"_s)->isEnabled());
        QVERIFY(!button(wizard, u"wizardFinish"_s)->isVisible());
        // Blanks are allowed, with a gentle note.
        const auto notes = wizard->findChildren<QLabel *>(u"stepSkipNote"_s);
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(),
            [](QLabel *l) { return l->isVisible() && l->text().contains(u"leave questions"_s); }));
        clickAnswers(wizard, {{u"harm-drained"_s, 2}, {u"harm-eggshells"_s, 1}});
        screenshot(&page, u"questions"_s);
        QTest::mouseClick(button(wizard, u"wizardNext"_s), Qt::LeftButton);
        QCOMPARE(progress->text(), u"Step 2 of 5"_s);
        QCOMPARE(bar->value(), 2);
        QCOMPARE(bar->maximum(), 5);
        QTest::mouseClick(button(wizard, u"wizardBack"_s), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), 0);
        QCOMPARE(wizard->answers().value(u"harm-drained"_s), 2);
        QCOMPARE(wizard->answers().value(u"harm-eggshells"_s), 1);
        QVERIFY(!wizard->answers().contains(u"harm-needs"_s));
        // Every question says why it is asked.
        for (int step = 0; step < wizard->stepCount(); ++step) {
            wizard->goToStep(step);
            verifyAccessibleNames(&page);
        }
        QCOMPARE(progress->text(), u"Step 5 of 5"_s);
        QVERIFY(button(wizard, u"wizardFinish"_s)->isVisible());
        QVERIFY(!button(wizard, u"wizardNext"_s)->isVisible());
        QVERIFY(wizard->findChild<QPlainTextEdit *>(u"reflection-trap-sunk-cost"_s)->isVisible());
    }

    // (a) A run heavy on harm: the result is what the scorer says, Limit or Cut.
    void harmHeavyRunSuggestsLimitOrCut()
    {
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Answers answers = merged({all(m_questionnaire, QuestionGroup::Harm, 2),
            all(m_questionnaire, QuestionGroup::RepairSigns, 0), all(m_questionnaire, QuestionGroup::CutSigns, 0),
            {{u"cut-non-negotiables"_s, 2}, {u"cut-health"_s, 1}}, all(m_questionnaire, QuestionGroup::RedFlags, 0)});
        const Suggestion expected = AssessmentScorer::score(m_questionnaire, answers).suggestion;
        QVERIFY(expected == Suggestion::Limit || expected == Suggestion::Cut);

        QTest::mouseClick(button(&page, u"startAssessment"_s), Qt::LeftButton);
        page.wizard()->findChild<QPlainTextEdit *>(u"reflection-trap-alone"_s)->setPlainText(u"Time for me."_s);
        const qint64 id = runByClicking(page.wizard(), answers, &page);
        QVERIFY(id > 0);

        AssessmentResultView *result = page.resultView();
        QCOMPARE(result->objectName(), u"assessmentResult"_s);
        QCOMPARE(stack(&page)->currentWidget(), result);
        QCOMPARE(result->suggestion(), expected);
        auto *label = result->findChild<QLabel *>(u"suggestionLabel"_s);
        QCOMPARE(label->property("suggestion").toString(), enumKey(kSuggestionKeys, expected));
        QVERIFY(!label->text().contains(u"should"_s));
        QVERIFY(!result->findChild<QWidget *>(u"safetyBanner"_s));
        // What led here: the harm answers, with the answer given.
        auto *driver = result->findChild<QWidget *>(u"driver-harm-drained"_s);
        QVERIFY(driver);
        const auto driverTexts = driver->findChildren<QLabel *>();
        QVERIFY(std::any_of(
            driverTexts.cbegin(), driverTexts.cend(), [](QLabel *l) { return l->text().contains(u"Often"_s); }));
        // Each path is described; next steps navigate.
        QVERIFY(result->findChild<QLabel *>(u"path-repair"_s));
        QVERIFY(result->findChild<QLabel *>(u"path-limit"_s));
        QVERIFY(result->findChild<QLabel *>(u"path-cut"_s));
        QSignalSpy navigate(m_context.get(), &SessionContext::navigateRequested);
        QSignalSpy trial(&page, &AssessmentPage::startTrialPlanRequested);
        QTest::mouseClick(button(result, u"nextBoundaries"_s), Qt::LeftButton);
        QTest::mouseClick(button(result, u"nextMessage"_s), Qt::LeftButton);
        QTest::mouseClick(button(result, u"nextSafetyPlan"_s), Qt::LeftButton);
        QTest::mouseClick(button(result, u"nextTrialPlan"_s), Qt::LeftButton);
        QCOMPARE(navigate.size(), 3);
        QCOMPARE(navigate.at(0).at(0).value<Area>(), Area::Boundaries);
        QCOMPARE(navigate.at(1).at(0).value<Area>(), Area::Messages);
        QCOMPARE(navigate.at(2).at(0).value<Area>(), Area::SafetyPlan);
        QCOMPARE(trial.size(), 1);
        for (QWidget *w : result->findChildren<QWidget *>())
            QVERIFY2(!shownText(w).contains(u"you should"_s, Qt::CaseInsensitive), qPrintable(shownText(w)));
        verifyAccessibleNames(&page);
        screenshot(&page, u"result"_s);

        // Stored as finished, with the reflection kept.
        const Result<Assessment> stored = AssessmentRepository(*m_db).get(id);
        QVERIFY(stored.ok());
        QVERIFY(!stored->draft);
        QCOMPARE(stored->suggestion, expected);
        QCOMPARE(stored->reflections.value(u"trap-alone"_s), u"Time for me."_s);

        // Back to the overview: the latest result in a sentence.
        QTest::mouseClick(button(result, u"resultBack"_s), Qt::LeftButton);
        QVERIFY(button(&page, u"seeLatestResult"_s)->isVisible());
        QSignalSpy shown(page.history(), &AssessmentHistory::showResult);
        QTest::mouseClick(button(&page, u"seeLatestResult"_s), Qt::LeftButton);
        QCOMPARE(stack(&page)->currentWidget(), result);
        QCOMPARE(result->assessmentId(), id);
    }

    // (b) One safety question answered yes, everything else favouring repair.
    void redFlagPutsSafetyFirstAndNeverSuggestsRepair()
    {
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Answers answers = merged({all(m_questionnaire, QuestionGroup::Harm, 0),
            all(m_questionnaire, QuestionGroup::RepairSigns, 2), all(m_questionnaire, QuestionGroup::CutSigns, 0),
            all(m_questionnaire, QuestionGroup::RedFlags, 0), {{u"red-stalking"_s, 1}}});
        QTest::mouseClick(button(&page, u"startAssessment"_s), Qt::LeftButton);
        AssessmentWizard *wizard = page.wizard();
        // The safety step acknowledges a yes at once.
        wizard->goToStep(3);
        auto *note = wizard->findChild<QLabel *>(u"wizardSafetyNote"_s);
        QVERIFY(!note->isVisible());
        clickAnswers(wizard, {{u"red-stalking"_s, 1}});
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(u"911"_s));
        wizard->goToStep(0);
        const qint64 id = runByClicking(wizard, answers);
        QVERIFY(id > 0);

        AssessmentResultView *result = page.resultView();
        QCOMPARE(stack(&page)->currentWidget(), result);
        QCOMPARE(result->suggestion(), Suggestion::SafetyFirst);
        auto *label = result->findChild<QLabel *>(u"suggestionLabel"_s);
        QCOMPARE(label->property("suggestion").toString(), u"safety_first"_s);
        QVERIFY(label->text().contains(u"safety first"_s, Qt::CaseInsensitive));

        // The banner comes first and says what matters.
        auto *banner = result->findChild<QWidget *>(u"safetyBanner"_s);
        QVERIFY(banner && banner->isVisible());
        auto *summary = result->findChild<QWidget *>(u"resultSummary"_s);
        QVERIFY(banner->mapTo(result, QPoint()).y() < summary->mapTo(result, QPoint()).y());
        const auto bannerLabels = banner->findChildren<QLabel *>();
        const auto bannerSays = [&](const QString &text) {
            return std::any_of(bannerLabels.cbegin(), bannerLabels.cend(),
                [&](QLabel *l) { return l->text().contains(text, Qt::CaseInsensitive); });
        };
        QVERIFY(bannerSays(u"911"_s));
        QVERIFY(bannerSays(u"1-800-799-7233"_s));
        QVERIFY(bannerSays(u"1-800-787-3224"_s));
        QVERIFY(bannerSays(u"not a relationship problem to fix together"_s));
        QSignalSpy navigate(m_context.get(), &SessionContext::navigateRequested);
        QPushButton *open = button(banner, u"openSafetyPlan"_s);
        QVERIFY(open && open->isVisible());
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(navigate.size(), 1);
        QCOMPARE(navigate.at(0).at(0).value<Area>(), Area::SafetyPlan);

        // No repair suggestion and no trial plan anywhere on the view.
        QVERIFY(!button(result, u"nextTrialPlan"_s));
        QVERIFY(!result->findChild<QLabel *>(u"path-repair"_s));
        for (QPushButton *b : result->findChildren<QPushButton *>()) {
            QVERIFY2(!b->text().contains(u"trial"_s, Qt::CaseInsensitive), qPrintable(b->text()));
            QVERIFY2(!b->text().contains(u"repair"_s, Qt::CaseInsensitive), qPrintable(b->text()));
        }
        for (QWidget *w : result->findChildren<QWidget *>()) {
            QVERIFY2(!shownText(w).contains(u"repair"_s, Qt::CaseInsensitive), qPrintable(shownText(w)));
            QVERIFY2(!shownText(w).contains(u"work on it together"_s, Qt::CaseInsensitive), qPrintable(shownText(w)));
            QVERIFY2(
                !shownText(w).contains(u"working on it together"_s, Qt::CaseInsensitive), qPrintable(shownText(w)));
            QVERIFY2(!shownText(w).contains(u"you should"_s, Qt::CaseInsensitive), qPrintable(shownText(w)));
        }
        verifyAccessibleNames(&page);
        screenshot(&page, u"safety-first"_s);
    }

    // (c) Save and finish later, then open again: same step, same answers.
    void saveAndFinishLaterResumes()
    {
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTest::mouseClick(button(&page, u"startAssessment"_s), Qt::LeftButton);
        AssessmentWizard *wizard = page.wizard();
        const Answers answers = merged({all(m_questionnaire, QuestionGroup::Harm, 1),
            all(m_questionnaire, QuestionGroup::RepairSigns, 1), {{u"cut-health"_s, 1}, {u"cut-apologies"_s, 2}}});
        clickAnswers(wizard, answers);
        QTest::mouseClick(button(wizard, u"wizardNext"_s), Qt::LeftButton);
        clickAnswers(wizard, answers);
        QTest::mouseClick(button(wizard, u"wizardNext"_s), Qt::LeftButton);
        clickAnswers(wizard, answers);
        QCOMPARE(wizard->currentStep(), 2);

        QSignalSpy saved(wizard, &AssessmentWizard::draftSaved);
        QTest::mouseClick(button(wizard, u"wizardSaveLater"_s), Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(stack(&page)->currentWidget()->objectName(), u"assessmentOverview"_s);
        const Result<std::optional<Assessment>> draft = AssessmentRepository(*m_db).draft(m_rel);
        QVERIFY(draft.ok() && draft.value());
        QCOMPARE(draft.value()->answers, answers);

        // The overview offers to continue.
        auto *draftText = page.findChild<QLabel *>(u"draftText"_s);
        QVERIFY(draftText->isVisible());
        QVERIFY(draftText->text().contains(u"unfinished assessment from"_s));
        QVERIFY(button(&page, u"continueAssessment"_s)->isVisible());
        QVERIFY(!button(&page, u"startAssessment"_s)->isVisible());
        verifyAccessibleNames(&page);
        screenshot(&page, u"overview-draft"_s);
        QTest::mouseClick(button(&page, u"continueAssessment"_s), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), 2);
        QCOMPARE(wizard->answers(), answers);
        QVERIFY(wizard->findChild<QRadioButton *>(u"answer-cut-apologies-2"_s)->isChecked());

        // A wizard opened afresh (as after a lock) resumes the same step too.
        AssessmentWizard reopened(*m_context);
        reopened.open();
        QCOMPARE(reopened.currentStep(), 2);
        QCOMPARE(reopened.answers(), answers);
        QVERIFY(reopened.findChild<QRadioButton *>(u"answer-harm-drained-1"_s)->isChecked());
        QVERIFY(!reopened.findChild<QRadioButton *>(u"answer-cut-no-responsibility-0"_s)->isChecked());

        // Switching to someone else keeps the answers in progress as a draft.
        clickAnswers(wizard, {{u"cut-repair-tried"_s, 1}});
        const qint64 other = addRelationship(u"Alex"_s);
        m_context->setCurrentRelationship(other);
        const Result<std::optional<Assessment>> kept = AssessmentRepository(*m_db).draft(m_rel);
        QVERIFY(kept.ok() && kept.value());
        QCOMPARE(kept.value()->answers.value(u"cut-repair-tried"_s), 1);
        QCOMPARE(stack(&page)->currentWidget()->objectName(), u"assessmentOverview"_s);
        QVERIFY(button(&page, u"startAssessment"_s)->isVisible());
        QCOMPARE(page.history()->count(), 0);
        // And coming back resumes it.
        m_context->setCurrentRelationship(m_rel);
        QTest::mouseClick(button(&page, u"continueAssessment"_s), Qt::LeftButton);
        QCOMPARE(wizard->currentStep(), 2);
        QCOMPARE(wizard->answers().value(u"cut-repair-tried"_s), 1);

        // Finishing the draft finishes it in place.
        QSignalSpy finished(wizard, &AssessmentWizard::finished);
        wizard->goToStep(4);
        QTest::mouseClick(button(wizard, u"wizardFinish"_s), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toLongLong(), kept.value()->id);
        const Result<std::optional<Assessment>> none = AssessmentRepository(*m_db).draft(m_rel);
        QVERIFY(none.ok() && !none.value());
    }

    // (d) The history compares finished assessments; a row opens its result.
    void historyListsAssessmentsWithTheirSuggestions()
    {
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Answers limit = merged({all(m_questionnaire, QuestionGroup::Harm, 2)});
        const Answers safety = merged({all(m_questionnaire, QuestionGroup::RepairSigns, 2), {{u"red-threats"_s, 1}}});
        QCOMPARE(AssessmentScorer::score(m_questionnaire, limit).suggestion, Suggestion::Limit);

        QTest::mouseClick(button(&page, u"startAssessment"_s), Qt::LeftButton);
        const qint64 first = runByClicking(page.wizard(), limit);
        QVERIFY(first > 0);
        QTest::mouseClick(button(page.resultView(), u"resultBack"_s), Qt::LeftButton);
        m_clock->advanceDays(21);
        QTest::mouseClick(button(&page, u"startAssessment"_s), Qt::LeftButton);
        QCOMPARE(page.wizard()->currentStep(), 0);
        QVERIFY(page.wizard()->answers().isEmpty());
        const qint64 second = runByClicking(page.wizard(), safety);
        QVERIFY(second > 0);
        QTest::mouseClick(button(page.resultView(), u"resultBack"_s), Qt::LeftButton);

        AssessmentHistory *history = page.history();
        QCOMPARE(history->objectName(), u"assessmentHistory"_s);
        QTableWidget *table = history->table();
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 2);
        // Newest first.
        QCOMPARE(history->assessmentAt(0), second);
        QCOMPARE(history->assessmentAt(1), first);
        QCOMPARE(table->item(0, AssessmentHistory::SuggestionColumn)->data(Qt::UserRole).toString(), u"safety_first"_s);
        QCOMPARE(table->item(0, AssessmentHistory::SuggestionColumn)->text(), u"Safety first"_s);
        QCOMPARE(table->item(0, AssessmentHistory::RedFlagsColumn)->text(), u"Yes"_s);
        QCOMPARE(table->item(0, AssessmentHistory::RepairColumn)->text(), u"100%"_s);
        QCOMPARE(table->item(1, AssessmentHistory::SuggestionColumn)->data(Qt::UserRole).toString(), u"limit"_s);
        QCOMPARE(table->item(1, AssessmentHistory::SuggestionColumn)->text(), u"Limit contact"_s);
        QCOMPARE(table->item(1, AssessmentHistory::HarmColumn)->text(), u"100%"_s);
        QCOMPARE(table->item(1, AssessmentHistory::CutColumn)->text(), u"0%"_s);
        QCOMPARE(table->item(1, AssessmentHistory::RedFlagsColumn)->text(), u"No"_s);
        verifyAccessibleNames(&page);
        screenshot(&page, u"overview"_s);

        // Selecting the older row shows that result.
        QSignalSpy show(history, &AssessmentHistory::showResult);
        const QRect cell = table->visualItemRect(table->item(1, AssessmentHistory::DateColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.at(0).at(0).toLongLong(), first);
        QCOMPARE(stack(&page)->currentWidget(), page.resultView());
        QCOMPARE(page.resultView()->assessmentId(), first);
        QCOMPARE(page.resultView()->suggestion(), Suggestion::Limit);
    }

    // (e) The whole flow with the keyboard only.
    void keyboardOnlyCompletesTheFlow()
    {
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));

        // Tab reaches "Take stock now".
        QVERIFY(tabUntil([](QWidget *w) { return w->objectName() == u"startAssessment"_s; }));
        QTest::keyClick(focused(), Qt::Key_Space);
        AssessmentWizard *wizard = page.wizard();
        QCOMPARE(stack(&page)->currentWidget(), wizard);
        QVERIFY(qobject_cast<QRadioButton *>(focused()));

        // Step 1: every harm question "often", chosen with Space and arrows.
        for (const Question &q : m_questionnaire.questions(QuestionGroup::Harm))
            QVERIFY2(chooseByKeyboard(q.id, 2), qPrintable(q.id));
        // Arrows move within one question only.
        QVERIFY(chooseByKeyboard(u"harm-drained"_s, 1));
        QTest::keyClick(focused(), Qt::Key_Left);
        QCOMPARE(focused()->objectName(), u"answer-harm-drained-0"_s);
        QCOMPARE(wizard->answers().value(u"harm-drained"_s), 0);
        QVERIFY(chooseByKeyboard(u"harm-drained"_s, 2));
        // Tab reaches Next.
        QVERIFY(tabUntil([](QWidget *w) { return w->objectName() == u"wizardNext"_s; }));
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(wizard->currentStep(), 1);
        // Alt+B and Alt+N move between steps.
        // Mnemonics click with a short animation, so wait for it.
        QTest::keyClick(focused(), Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentStep(), 0);
        QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentStep(), 1);
        // Step 2: yes/no questions too.
        QVERIFY(chooseByKeyboard(u"repair-occasional"_s, 1));
        QVERIFY(chooseByKeyboard(u"repair-support"_s, 0));
        QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentStep(), 2);
        QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentStep(), 3);
        QTest::keyClick(focused(), Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE(wizard->currentStep(), 4);
        // Reflections: type, and Tab leaves the field instead of typing a tab.
        QVERIFY(tabUntil([](QWidget *w) { return w->objectName() == u"reflection-trap-guilt"_s; }));
        QTest::keyClicks(focused(), u"I can care and still step back."_s);
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY(focused()->objectName() != u"reflection-trap-guilt"_s);
        QSignalSpy finished(wizard, &AssessmentWizard::finished);
        QVERIFY(tabUntil([](QWidget *w) { return w->objectName() == u"wizardFinish"_s; }));
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(finished.size(), 1);

        const Answers answers = wizard->answers();
        QCOMPARE(answers.value(u"harm-drained"_s), 2);
        QCOMPARE(answers.value(u"repair-support"_s), 0);
        const Suggestion expected = AssessmentScorer::score(m_questionnaire, answers).suggestion;
        QCOMPARE(page.resultView()->suggestion(), expected);
        QCOMPARE(expected, Suggestion::Limit);
        const Result<Assessment> stored = AssessmentRepository(*m_db).get(finished.at(0).at(0).toLongLong());
        QCOMPARE(stored->reflections.value(u"trap-guilt"_s), u"I can care and still step back."_s);
        // The result is reachable from the keyboard too, and leads back.
        QVERIFY(tabUntil([](QWidget *w) { return w->objectName() == u"resultBack"_s; }));
        QTest::keyClick(focused(), Qt::Key_Space);
        QCOMPARE(stack(&page)->currentWidget()->objectName(), u"assessmentOverview"_s);
    }

    // (f) Accessible names, checked in every state of the page.
    void everyFocusableWidgetHasAnAccessibleName()
    {
        AssessmentPage page(*m_context);
        page.resize(kPageWidth, kPageHeight);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        verifyAccessibleNames(&page);
        QTest::mouseClick(button(&page, u"startAssessment"_s), Qt::LeftButton);
        for (int step = 0; step < page.wizard()->stepCount(); ++step) {
            page.wizard()->goToStep(step);
            verifyAccessibleNames(&page);
        }
        QSignalSpy finished(page.wizard(), &AssessmentWizard::finished);
        QTest::mouseClick(button(page.wizard(), u"wizardFinish"_s), Qt::LeftButton);
        QCOMPARE(finished.size(), 1);
        verifyAccessibleNames(&page);
        QTest::mouseClick(button(page.resultView(), u"resultBack"_s), Qt::LeftButton);
        verifyAccessibleNames(&page);
    }
};

QTEST_MAIN(TestAssessment)
#include "tst_assessment.moc"
