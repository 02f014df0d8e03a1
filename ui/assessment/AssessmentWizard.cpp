#include "AssessmentWizard.h"

#include "AssessmentQuestionRow.h"
#include "AssessmentText.h"
#include "assessment/AssessmentRepository.h"
#include "common/NoticeBar.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "safetyplan/SafetyPlanRepository.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kProgressHeight = 6;

} // namespace

AssessmentWizard::AssessmentWizard(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_notice(new NoticeBar(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_steps(new QStackedWidget(this))
    , m_finishNote(AssessmentText::label({}, this))
    , m_back(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_saveLater(new QPushButton(this))
    , m_finish(new QPushButton(this))
{
    setObjectName(u"assessmentWizard"_s);
    setAccessibleName(tr("Take stock: the questions"));

    if (Result<Questionnaire> loaded = Questionnaire::load(); loaded.ok())
        m_questionnaire = loaded.value();
    else
        m_notice->showMessage(loaded.error().message, NoticeBar::Kind::Attention);

    build();
}

void AssessmentWizard::build()
{
    m_progressLabel->setObjectName(u"wizardProgressLabel"_s);
    AssessmentText::makeCaption(m_progressLabel);
    m_progress->setObjectName(u"wizardProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(kProgressHeight);
    m_progress->setAccessibleName(tr("Progress through the questions"));

    const QList<QuestionGroup> groups = m_questionnaire.groups();
    for (qsizetype i = 0; i < groups.size(); ++i)
        m_steps->addWidget(buildStep(groups.at(i)));
    m_progress->setRange(0, std::max(1, stepCount()));

    m_finishNote->setObjectName(u"wizardFinishNote"_s);
    m_finishNote->setText(
        tr("When you finish, any question you left blank counts as \u201cno\u201d or \u201cnever\u201d."));
    AssessmentText::makeCaption(m_finishNote);

    m_back->setObjectName(u"wizardBack"_s);
    m_back->setText(tr("&Back"));
    m_back->setAccessibleName(tr("Back to the previous step"));
    m_next->setObjectName(u"wizardNext"_s);
    m_next->setText(tr("&Next"));
    m_next->setAccessibleName(tr("Next step"));
    m_saveLater->setObjectName(u"wizardSaveLater"_s);
    m_saveLater->setText(tr("Save and finish &later"));
    m_saveLater->setAccessibleName(tr("Save your answers and finish later"));
    m_finish->setObjectName(u"wizardFinish"_s);
    m_finish->setText(tr("&Finish"));
    m_finish->setAccessibleName(tr("Finish and see what your answers suggest"));

    auto *progressRow = new QVBoxLayout;
    progressRow->setSpacing(Spacing::XSmall);
    progressRow->addWidget(m_progressLabel);
    progressRow->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing::Small);
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_saveLater);
    buttons->addWidget(m_next);
    buttons->addWidget(m_finish);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(m_notice);
    layout->addLayout(progressRow);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_finishNote);
    layout->addLayout(buttons);

    // Keyboard order follows reading order: the answers, then the buttons.
    QWidget *previous = nullptr;
    for (const auto &rows : std::as_const(m_rows)) {
        for (const AssessmentQuestionRow *row : rows) {
            const QList<QWidget *> inputs = row->inputs();
            for (QWidget *input : inputs) {
                if (previous)
                    setTabOrder(previous, input);
                previous = input;
            }
        }
    }
    for (QWidget *button : {static_cast<QWidget *>(m_back), static_cast<QWidget *>(m_saveLater),
             static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_finish)}) {
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }

    connect(m_back, &QPushButton::clicked, this, &AssessmentWizard::back);
    connect(m_next, &QPushButton::clicked, this, &AssessmentWizard::next);
    connect(m_finish, &QPushButton::clicked, this, &AssessmentWizard::finish);
    connect(m_saveLater, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            Q_EMIT draftSaved(m_assessment.relationshipId);
    });

    updateNavigation();
}

QWidget *AssessmentWizard::buildStep(QuestionGroup group)
{
    auto *scroll = new QScrollArea(m_steps);
    scroll->setObjectName(u"step-%1"_s.arg(enumKey(kQuestionGroupKeys, group)));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(AssessmentText::groupTitle(group));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, Spacing::Small, Spacing::Small);
    layout->setSpacing(Spacing::Medium);

    auto *title = AssessmentText::label(AssessmentText::groupTitle(group), content);
    title->setObjectName(u"stepTitle"_s);
    title->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    auto *intro = AssessmentText::label(AssessmentText::groupIntro(group), content);
    intro->setObjectName(u"stepIntro"_s);
    layout->addWidget(title);
    layout->addWidget(intro);
    if (group != QuestionGroup::ThinkingTraps) {
        auto *note = AssessmentText::caption(tr("You can leave questions you’d rather not answer."), content);
        note->setObjectName(u"stepSkipNote"_s);
        layout->addWidget(note);
    }
    if (group == QuestionGroup::RedFlags) {
        m_safetyNote = AssessmentText::label({}, content);
        m_safetyNote->setObjectName(u"wizardSafetyNote"_s);
        QPalette p = m_safetyNote->palette();
        p.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
        m_safetyNote->setPalette(p);
        QFont f = m_safetyNote->font();
        f.setWeight(QFont::DemiBold);
        m_safetyNote->setFont(f);
        m_safetyNote->hide();
        layout->addWidget(m_safetyNote);
    }
    layout->addSpacing(Spacing::XSmall);

    QList<AssessmentQuestionRow *> rows;
    for (const Question &q : m_questionnaire.questions(group)) {
        auto *row = new AssessmentQuestionRow(q, content);
        rows.append(row);
        layout->addWidget(row);
        connect(row, &AssessmentQuestionRow::changed, this, [this] {
            if (m_loading)
                return;
            m_dirty = true;
            updateSafetyNote();
        });
    }
    layout->addStretch(1);
    m_rows.append(rows);
    m_scrolls.append(scroll);
    scroll->setWidget(content);
    return scroll;
}

void AssessmentWizard::open()
{
    Assessment assessment;
    assessment.relationshipId = m_context.currentRelationshipId();
    int step = 0;
    if (assessment.relationshipId > 0) {
        const Result<std::optional<Assessment>> draft
            = AssessmentRepository(m_context.database()).draft(assessment.relationshipId);
        if (!draft.ok())
            m_notice->showMessage(draft.error().message, NoticeBar::Kind::Attention);
        else if (draft.value()) {
            assessment = *draft.value();
            step = m_savedSteps.value(assessment.relationshipId, resumeStep(assessment));
        }
    }
    load(assessment, step);
}

void AssessmentWizard::openFresh()
{
    Assessment assessment;
    assessment.relationshipId = m_context.currentRelationshipId();
    if (assessment.relationshipId > 0) {
        // Saving or finishing this sitting replaces the old draft.
        const Result<std::optional<Assessment>> draft
            = AssessmentRepository(m_context.database()).draft(assessment.relationshipId);
        if (draft.ok() && draft.value())
            assessment.id = draft.value()->id;
    }
    m_savedSteps.remove(assessment.relationshipId);
    load(assessment, 0);
}

void AssessmentWizard::load(const Assessment &assessment, int step)
{
    m_notice->hide();
    m_assessment = assessment;
    m_loading = true;
    for (const auto &rows : std::as_const(m_rows)) {
        for (AssessmentQuestionRow *row : rows) {
            const QString id = row->question().id;
            if (row->isReflection())
                row->setReflection(assessment.reflections.value(id));
            else
                row->setValue(
                    assessment.answers.contains(id) ? std::optional<int>(assessment.answers.value(id)) : std::nullopt);
        }
    }
    m_loading = false;
    m_dirty = false;
    updateSafetyNote();
    goToStep(step);
    for (QScrollArea *scroll : std::as_const(m_scrolls))
        scroll->verticalScrollBar()->setValue(0);
}

// Without a remembered step: the furthest step with any answer, or the one
// after it when that step is complete.
int AssessmentWizard::resumeStep(const Assessment &assessment) const
{
    int furthest = -1;
    bool complete = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        int answered = 0;
        for (const AssessmentQuestionRow *row : m_rows.at(i)) {
            const QString id = row->question().id;
            if (row->isReflection() ? !assessment.reflections.value(id).trimmed().isEmpty()
                                    : assessment.answers.contains(id))
                ++answered;
        }
        if (answered > 0) {
            furthest = i;
            complete = answered == m_rows.at(i).size();
        }
    }
    if (furthest < 0)
        return 0;
    return complete ? std::min(furthest + 1, stepCount() - 1) : furthest;
}

QMap<QString, int> AssessmentWizard::answers() const
{
    QMap<QString, int> result;
    for (const auto &rows : m_rows)
        for (const AssessmentQuestionRow *row : rows)
            if (const std::optional<int> v = row->value())
                result.insert(row->question().id, *v);
    return result;
}

QMap<QString, QString> AssessmentWizard::reflections() const
{
    QMap<QString, QString> result;
    for (const auto &rows : m_rows)
        for (const AssessmentQuestionRow *row : rows)
            if (row->isReflection() && !row->reflection().trimmed().isEmpty())
                result.insert(row->question().id, row->reflection());
    return result;
}

bool AssessmentWizard::saveDraft()
{
    if (m_assessment.relationshipId <= 0)
        return false;
    Assessment draft = m_assessment;
    draft.answers = answers();
    draft.reflections = reflections();
    draft.questionnaireVersion = m_questionnaire.version();
    if (Status s = AssessmentRepository(m_context.database()).saveDraft(draft); !s.ok()) {
        m_notice->showMessage(
            tr("Your answers could not be saved just now. %1").arg(s.error().message), NoticeBar::Kind::Attention);
        return false;
    }
    m_assessment = draft;
    m_savedSteps.insert(draft.relationshipId, m_step);
    m_dirty = false;
    m_notice->hide();
    return true;
}

void AssessmentWizard::goToStep(int step)
{
    if (stepCount() == 0)
        return;
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_step = std::clamp(step, 0, stepCount() - 1);
    m_steps->setCurrentIndex(m_step);
    m_scrolls.at(m_step)->verticalScrollBar()->setValue(0);
    updateNavigation();
    if (hadFocus)
        focusFirstInput();
}

void AssessmentWizard::next()
{
    if (m_step + 1 < stepCount())
        goToStep(m_step + 1);
}

void AssessmentWizard::back()
{
    if (m_step > 0)
        goToStep(m_step - 1);
}

void AssessmentWizard::finish()
{
    if (m_assessment.relationshipId <= 0)
        return;
    Assessment sitting = m_assessment;
    sitting.answers = answers();
    sitting.reflections = reflections();
    const Result<AssessmentResult> result = AssessmentRepository(m_context.database()).finish(sitting, m_questionnaire);
    if (!result.ok()) {
        m_notice->showMessage(
            tr("Your answers could not be saved just now. %1").arg(result.error().message), NoticeBar::Kind::Attention);
        return;
    }
    m_assessment = sitting;
    m_savedSteps.remove(sitting.relationshipId);
    m_dirty = false;
    m_notice->hide();
    Q_EMIT finished(sitting.id);
}

void AssessmentWizard::updateNavigation()
{
    const int count = stepCount();
    const bool last = m_step + 1 >= count;
    m_progressLabel->setText(tr("Step %1 of %2").arg(m_step + 1).arg(count));
    m_progress->setValue(m_step + 1);
    m_progress->setAccessibleDescription(m_progressLabel->text());
    m_back->setEnabled(m_step > 0);
    m_next->setVisible(!last);
    m_finish->setVisible(last);
    m_finishNote->setVisible(last);
}

void AssessmentWizard::updateSafetyNote()
{
    if (!m_safetyNote)
        return;
    bool anyYes = false;
    for (const auto &rows : std::as_const(m_rows))
        for (const AssessmentQuestionRow *row : rows)
            if (row->question().group == QuestionGroup::RedFlags && row->value().value_or(0) > 0)
                anyYes = true;
    if (anyYes && !m_safetyNote->isVisibleTo(this)) {
        QString number;
        if (const Result<SafetyPlan> plan = SafetyPlanRepository(m_context.database()).load(); plan.ok())
            number = plan->emergencyNumber.isEmpty() ? SafetyPlanRepository::emergencyNumberFor(plan->region)
                                                     : plan->emergencyNumber;
        m_safetyNote->setText(number.isEmpty()
                ? tr("Thank you for telling us. Your safety comes first. If you are in danger right now, call your "
                     "local emergency number.")
                : tr("Thank you for telling us. Your safety comes first. If you are in danger right now, call %1.")
                      .arg(number));
    }
    m_safetyNote->setVisible(anyYes);
}

void AssessmentWizard::focusFirstInput()
{
    if (!isVisible() || stepCount() == 0)
        return;
    const auto &rows = m_rows.at(m_step);
    if (!rows.isEmpty() && rows.constFirst()->firstInput())
        rows.constFirst()->firstInput()->setFocus(Qt::TabFocusReason);
    else
        m_next->setFocus(Qt::TabFocusReason);
}

} // namespace bearings::ui
