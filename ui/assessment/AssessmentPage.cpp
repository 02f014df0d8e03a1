#include "AssessmentPage.h"

#include "AssessmentHistory.h"
#include "AssessmentResultView.h"
#include "AssessmentText.h"
#include "AssessmentWizard.h"
#include "assessment/AssessmentRepository.h"
#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/PageHeader.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

AssessmentPage::AssessmentPage(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new PageHeader(tr("Where I stand"), {}, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(u"assessment"_s, tr("Who is this about?"),
          tr("Taking stock looks at one relationship at a time. Add the person it is about, then come back here."),
          m_stack))
    , m_overview(new QScrollArea(m_stack))
    , m_wizard(new AssessmentWizard(context, m_stack))
    , m_result(new AssessmentResultView(context, m_stack))
    , m_takeStock(new Card(tr("Take stock")))
    , m_draftText(AssessmentText::label())
    , m_start(new QPushButton)
    , m_continue(new QPushButton)
    , m_restart(new QPushButton)
    , m_latest(new QWidget)
    , m_latestText(AssessmentText::label())
    , m_seeLatest(new QPushButton)
    , m_history(new AssessmentHistory(context))
    , m_extraSections(new QVBoxLayout)
{
    setObjectName(u"assessmentPage"_s);
    setAccessibleName(tr("Where I stand"));

    QPushButton *add = m_empty->setAction(tr("Add someone"));
    add->setObjectName(u"addRelationship"_s);
    connect(add, &QPushButton::clicked, this, &AssessmentPage::addRelationshipRequested);

    // Take stock: start, or continue a draft; the latest result in a sentence.
    m_takeStock->setObjectName(u"takeStockCard"_s);
    auto *intro
        = AssessmentText::label(tr("A short set of questions about how this relationship affects you, in five steps. "
                                   "It takes about ten minutes. You can stop at any time and continue later."));
    intro->setObjectName(u"takeStockIntro"_s);
    m_draftText->setObjectName(u"draftText"_s);
    m_start->setObjectName(u"startAssessment"_s);
    m_start->setText(tr("&Take stock now"));
    m_start->setAccessibleName(tr("Take stock now"));
    m_continue->setObjectName(u"continueAssessment"_s);
    m_continue->setText(tr("&Continue"));
    m_continue->setAccessibleName(tr("Continue your unfinished assessment"));
    m_restart->setObjectName(u"restartAssessment"_s);
    m_restart->setText(tr("Start afresh"));
    m_restart->setAccessibleName(tr("Start afresh"));
    m_restart->setAccessibleDescription(tr("Your unfinished answers are replaced when you save or finish."));
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing::Small);
    buttons->addWidget(m_start);
    buttons->addWidget(m_continue);
    buttons->addWidget(m_restart);
    buttons->addStretch(1);

    m_latest->setObjectName(u"latestResult"_s);
    m_latestText->setObjectName(u"latestText"_s);
    m_seeLatest->setObjectName(u"seeLatestResult"_s);
    m_seeLatest->setText(tr("See the full result"));
    m_seeLatest->setAccessibleName(tr("See the full result"));
    auto *latestLayout = new QVBoxLayout(m_latest);
    latestLayout->setContentsMargins(0, Spacing::Small, 0, 0);
    latestLayout->setSpacing(Spacing::Small);
    latestLayout->addWidget(m_latestText);
    auto *latestButtons = new QHBoxLayout;
    latestButtons->addWidget(m_seeLatest);
    latestButtons->addStretch(1);
    latestLayout->addLayout(latestButtons);

    m_takeStock->body()->addWidget(intro);
    m_takeStock->body()->addWidget(m_draftText);
    m_takeStock->body()->addLayout(buttons);
    m_takeStock->body()->addWidget(m_latest);

    auto *historyCard = new Card(tr("Over time"));
    historyCard->setObjectName(u"historyCard"_s);
    historyCard->body()->addWidget(m_history);

    // Other features add their panels here (strategy, trial plan, practical steps).
    m_extraSections->setObjectName(u"extraSections"_s);
    m_extraSections->setContentsMargins(0, 0, 0, 0);
    m_extraSections->setSpacing(Spacing::Large);

    auto *overviewContent = new QWidget;
    overviewContent->setObjectName(u"overviewContent"_s);
    auto *overviewLayout = new QVBoxLayout(overviewContent);
    overviewLayout->setContentsMargins(0, 0, Spacing::Small, Spacing::Small);
    overviewLayout->setSpacing(Spacing::Large);
    overviewLayout->addWidget(m_takeStock);
    overviewLayout->addWidget(historyCard);
    overviewLayout->addLayout(m_extraSections);
    overviewLayout->addStretch(1);

    m_overview->setObjectName(u"assessmentOverview"_s);
    m_overview->setWidgetResizable(true);
    m_overview->setFrameShape(QFrame::NoFrame);
    m_overview->setFocusPolicy(Qt::NoFocus);
    m_overview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_overview->setAccessibleName(tr("Overview"));
    m_overview->setWidget(overviewContent);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_overview);
    m_stack->addWidget(m_wizard);
    m_stack->addWidget(m_result);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XXLarge, Spacing::XLarge, Spacing::XXLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_start, &QPushButton::clicked, this, &AssessmentPage::startAssessment);
    connect(m_continue, &QPushButton::clicked, this, &AssessmentPage::startAssessment);
    connect(m_restart, &QPushButton::clicked, this, &AssessmentPage::startAfresh);
    connect(m_seeLatest, &QPushButton::clicked, this, [this] {
        if (m_latestId > 0)
            showResult(m_latestId);
    });
    connect(m_wizard, &AssessmentWizard::finished, this, [this](qint64 id) { showResult(id); });
    connect(m_wizard, &AssessmentWizard::draftSaved, this, [this] { showOverview(); });
    connect(m_result, &AssessmentResultView::backRequested, this, &AssessmentPage::showOverview);
    connect(m_result, &AssessmentResultView::startTrialPlanRequested, this, &AssessmentPage::startTrialPlanRequested);
    connect(m_history, &AssessmentHistory::showResult, this, &AssessmentPage::showResult);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, [this] {
        if (!m_context.isOpen())
            return;
        keepWizardProgress();
        reload();
    });
    // On lock, answers in progress are kept as a draft before the data closes.
    connect(&m_context, &SessionContext::closing, this, &AssessmentPage::keepWizardProgress);
    connect(&m_context, &SessionContext::relationshipsChanged, this, [this] {
        if (m_stack->currentWidget() == m_overview)
            updateOverview();
    });

    reload();
}

void AssessmentPage::reload()
{
    showOverview();
}

void AssessmentPage::showOverview()
{
    const bool focusHere = isAncestorOf(focusWidget()) || isAncestorOf(QApplication::focusWidget());
    m_history->reload();
    updateOverview();
    m_stack->setCurrentWidget(m_context.currentRelationshipId() > 0 ? static_cast<QWidget *>(m_overview) : m_empty);
    if (focusHere) {
        if (m_context.currentRelationshipId() <= 0)
            m_empty->actionButton()->setFocus(Qt::OtherFocusReason);
        else
            (m_continue->isVisibleTo(this) ? m_continue : m_start)->setFocus(Qt::OtherFocusReason);
    }
}

void AssessmentPage::updateOverview()
{
    const qint64 rel = m_context.currentRelationshipId();
    QString name;
    if (rel > 0) {
        if (Result<Relationship> r = RelationshipRepository(m_context.database()).get(rel); r.ok())
            name = r->name;
    }
    m_header->setSubtitle(name.isEmpty()
            ? tr("See what your own answers suggest, and how that changes over time.")
            : tr("How things stand with %1, in your own answers, and how that changes over time.").arg(name));
    if (rel <= 0)
        return;

    const AssessmentRepository repo(m_context.database());
    std::optional<Assessment> draft;
    if (Result<std::optional<Assessment>> d = repo.draft(rel); d.ok())
        draft = d.value();
    const bool hasDraft = draft.has_value();
    m_draftText->setText(hasDraft
            ? tr("You have an unfinished assessment from %1.").arg(AssessmentText::date(draft->takenAt))
            : QString());
    m_draftText->setVisible(hasDraft);
    m_start->setVisible(!hasDraft);
    m_continue->setVisible(hasDraft);
    m_restart->setVisible(hasDraft);

    std::optional<Assessment> latest;
    if (Result<std::optional<Assessment>> l = repo.latestFinished(rel); l.ok())
        latest = l.value();
    m_latestId = latest ? latest->id : 0;
    m_latest->setVisible(latest.has_value());
    if (latest) {
        const Suggestion s = latest->suggestion.value_or(Suggestion::Limit);
        m_latestText->setText(tr("Last time, on %1: %2")
                                  .arg(AssessmentText::date(latest->takenAt), AssessmentText::suggestionSentence(s)));
    }
}

void AssessmentPage::keepWizardProgress()
{
    if (m_stack->currentWidget() != m_wizard || m_wizard->relationshipId() <= 0)
        return;
    if (m_wizard->hasUnsavedChanges() || !m_wizard->answers().isEmpty() || !m_wizard->reflections().isEmpty())
        m_wizard->saveDraft();
}

void AssessmentPage::startAssessment()
{
    if (m_context.currentRelationshipId() <= 0)
        return;
    m_wizard->open();
    m_stack->setCurrentWidget(m_wizard);
    m_wizard->focusFirstInput();
}

void AssessmentPage::startAfresh()
{
    if (m_context.currentRelationshipId() <= 0)
        return;
    m_wizard->openFresh();
    m_stack->setCurrentWidget(m_wizard);
    m_wizard->focusFirstInput();
}

void AssessmentPage::showResult(qint64 assessmentId)
{
    m_history->reload();
    updateOverview();
    if (!m_result->showAssessment(assessmentId)) {
        m_stack->setCurrentWidget(m_result);
        return;
    }
    m_stack->setCurrentWidget(m_result);
    m_result->focusFirst();
}

} // namespace bearings::ui
