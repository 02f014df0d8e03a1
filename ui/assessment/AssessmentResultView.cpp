#include "AssessmentResultView.h"

#include "AssessmentText.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/AssessmentScorer.h"
#include "common/Card.h"
#include "common/Icons.h"
#include "common/NoticeBar.h"
#include "common/SafetyBanner.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "safetyplan/SafetyPlanRepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

struct PathText {
    Suggestion path;
    QString title;
    QString text;
};

} // namespace

AssessmentResultView::AssessmentResultView(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_notice(new NoticeBar(this))
    , m_scroll(new QScrollArea(this))
    , m_back(new QPushButton(this))
{
    setObjectName(u"assessmentResult"_s);
    setAccessibleName(tr("What your answers suggest"));

    if (Result<Questionnaire> loaded = Questionnaire::load(); loaded.ok())
        m_questionnaire = loaded.value();
    else
        m_notice->showMessage(loaded.error().message, NoticeBar::Kind::Attention);

    m_scroll->setObjectName(u"resultScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_back->setObjectName(u"resultBack"_s);
    m_back->setText(tr("Back to overview"));
    m_back->setAccessibleName(tr("Back to the overview"));
    connect(m_back, &QPushButton::clicked, this, &AssessmentResultView::backRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(m_notice);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
}

bool AssessmentResultView::showAssessment(qint64 assessmentId)
{
    m_notice->hide();
    const Result<Assessment> loaded = AssessmentRepository(m_context.database()).get(assessmentId);
    if (!loaded.ok() || loaded->draft) {
        m_notice->showMessage(
            tr("This result could not be opened. It may have been removed."), NoticeBar::Kind::Attention);
        m_assessmentId = 0;
        m_suggestion.reset();
        delete m_scroll->takeWidget();
        return false;
    }
    const Assessment &assessment = loaded.value();
    const AssessmentResult result = AssessmentScorer::score(m_questionnaire, assessment.answers);
    // The stored suggestion is what the person saw when they finished; a
    // safety concern in the answers always wins.
    Suggestion suggestion = assessment.suggestion.value_or(result.suggestion);
    if (result.suggestion == Suggestion::SafetyFirst)
        suggestion = Suggestion::SafetyFirst;

    m_assessmentId = assessmentId;
    m_suggestion = suggestion;
    delete m_scroll->takeWidget();
    QWidget *content = buildContent(assessment, result, suggestion);
    m_scroll->setWidget(content);
    m_scroll->verticalScrollBar()->setValue(0);
    // Keyboard order follows reading order: the result, then "Back to overview".
    QWidget *previous = nullptr;
    for (QPushButton *button : content->findChildren<QPushButton *>()) {
        if (previous)
            setTabOrder(previous, button);
        previous = button;
    }
    if (previous)
        setTabOrder(previous, m_back);
    return true;
}

void AssessmentResultView::focusFirst()
{
    if (!isVisible())
        return;
    // With a safety concern the keyboard starts on the safety plan, at the
    // top of the view; otherwise on "Back to overview", which is always in
    // sight. The result itself is read from the top either way.
    QPushButton *safety
        = m_scroll->widget() ? m_scroll->widget()->findChild<QPushButton *>(u"openSafetyPlan"_s) : nullptr;
    (safety ? safety : m_back)->setFocus(Qt::OtherFocusReason);
    m_scroll->verticalScrollBar()->setValue(0);
}

QWidget *AssessmentResultView::buildContent(
    const Assessment &assessment, const AssessmentResult &result, Suggestion suggestion)
{
    auto *content = new QWidget;
    content->setObjectName(u"resultContent"_s);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, Spacing::Small, Spacing::Small);
    layout->setSpacing(Spacing::Large);

    if (suggestion == Suggestion::SafetyFirst)
        layout->addWidget(buildSafetyBanner(content));

    auto *summary = new Card(tr("Your result"), content);
    summary->setObjectName(u"resultSummary"_s);
    auto *sentence = AssessmentText::label(AssessmentText::suggestionSentence(suggestion), summary);
    sentence->setObjectName(u"suggestionLabel"_s);
    sentence->setProperty("suggestion", enumKey(kSuggestionKeys, suggestion));
    sentence->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    summary->body()->addWidget(sentence);
    summary->body()->addWidget(AssessmentText::caption(
        tr("From the questions you answered on %1. These are your own answers, brought together. What you do with "
           "them is yours to decide, in your own time.")
            .arg(AssessmentText::date(assessment.takenAt)),
        summary));
    layout->addWidget(summary);

    layout->addWidget(buildDrivers(result, suggestion, content));
    layout->addWidget(buildPaths(suggestion, content));
    layout->addWidget(buildNextSteps(suggestion, content));
    layout->addStretch(1);
    return content;
}

QWidget *AssessmentResultView::buildSafetyBanner(QWidget *parent)
{
    // Numbers come from the safety plan, or its defaults until one is saved.
    SafetyPlan plan = SafetyPlanRepository::defaultPlan();
    if (const Result<SafetyPlan> stored = SafetyPlanRepository(m_context.database()).load(); stored.ok())
        plan = stored.value();
    auto *banner = new SafetyBanner(plan,
        tr("Some of your answers are about your safety. Before anything else, what matters is that you are safe."),
        parent);
    connect(banner, &SafetyBanner::openPlanRequested, this, [this] { m_context.navigate(Area::SafetyPlan); });
    return banner;
}

QWidget *AssessmentResultView::buildDrivers(const AssessmentResult &result, Suggestion suggestion, QWidget *parent)
{
    auto *card = new Card(tr("What led here"), parent);
    card->setObjectName(u"resultDrivers"_s);
    if (result.drivers.isEmpty()) {
        card->body()->addWidget(AssessmentText::label(suggestion == Suggestion::Limit
                ? tr("No single answer stood out. When answers are mixed or left blank, stepping back a little gives "
                     "you room to see more clearly.")
                : tr("No single answer stood out. The suggestion comes from your answers as a whole."),
            card));
        return card;
    }
    card->body()->addWidget(AssessmentText::caption(tr("The answers that weighed most, strongest first."), card));
    for (const Driver &d : result.drivers) {
        const std::optional<Question> q = m_questionnaire.question(d.questionId);
        if (!q)
            continue;
        auto *item = new QWidget(card);
        item->setObjectName(u"driver-%1"_s.arg(d.questionId));
        auto *itemLayout = new QVBoxLayout(item);
        itemLayout->setContentsMargins(0, Spacing::XSmall, 0, Spacing::XSmall);
        itemLayout->setSpacing(2);
        itemLayout->addWidget(AssessmentText::label(q->text, item));
        auto *answer
            = AssessmentText::caption(tr("Your answer: %1").arg(AssessmentText::answerText(q->answer, d.value)), item);
        answer->setObjectName(u"driverAnswer"_s);
        itemLayout->addWidget(answer);
        card->body()->addWidget(item);
    }
    return card;
}

QWidget *AssessmentResultView::buildPaths(Suggestion suggestion, QWidget *parent)
{
    const bool safety = suggestion == Suggestion::SafetyFirst;
    auto *card = new Card(safety ? tr("Paths that keep your safety first") : tr("What each path involves"), parent);
    card->setObjectName(u"resultPaths"_s);

    QList<PathText> paths;
    // With a safety concern, working on it together is not offered at all.
    if (!safety)
        paths.append({Suggestion::Repair, tr("Working on it together"),
            tr("This asks something of both of you. The other person names the harm and takes responsibility, "
               "consistently, not only once. It goes best with clear boundaries, people to support you, realistic "
               "expectations and a set trial period, so you can see whether things really change.")});
    paths.append({Suggestion::Limit, tr("Limiting contact"),
        tr("Less contact, on your terms: shorter visits, texts instead of calls, topics that are off limits, meeting "
           "in public or with someone you trust nearby, and time limits. It can keep some connection while protecting "
           "your well-being.")});
    paths.append({Suggestion::Cut, tr("Ending contact"),
        tr("Stepping away, for good or for as long as you need. It goes best with a plan: what you will say and when, "
           "who you will tell, and the practical ties to untangle, with your safety first at every step.")});

    for (const PathText &p : std::as_const(paths)) {
        const bool suggested = p.path == suggestion;
        auto *title
            = AssessmentText::label(suggested ? tr("%1 (what your answers suggest)").arg(p.title) : p.title, card);
        title->setObjectName(u"path-%1"_s.arg(enumKey(kSuggestionKeys, p.path)));
        QFont f = title->font();
        f.setWeight(QFont::DemiBold);
        title->setFont(f);
        card->body()->addWidget(title);
        card->body()->addWidget(AssessmentText::label(p.text, card));
        card->body()->addSpacing(Spacing::XSmall);
    }
    if (safety)
        card->body()->addWidget(
            AssessmentText::caption(tr("Any change in contact can bring a reaction. A hotline advocate or someone "
                                       "you trust can help you plan it safely."),
                card));
    return card;
}

QPushButton *AssessmentResultView::navigateButton(
    Area area, const QString &objectName, const QString &text, const QString &accessibleName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    connect(button, &QPushButton::clicked, this, [this, area] { m_context.navigate(area); });
    return button;
}

QWidget *AssessmentResultView::buildNextSteps(Suggestion suggestion, QWidget *parent)
{
    auto *card = new Card(tr("Next steps, if you want them"), parent);
    card->setObjectName(u"resultNextSteps"_s);
    card->body()->addWidget(AssessmentText::caption(
        tr("Each of these opens another part of Bearings. You can come back here at any time."), card));

    const bool safety = suggestion == Suggestion::SafetyFirst;
    auto *row = new QHBoxLayout;
    row->setSpacing(Spacing::Small);
    QPushButton *plan = navigateButton(
        Area::SafetyPlan, u"nextSafetyPlan"_s, tr("Fill in your safety plan"), tr("Fill in your safety plan"), card);
    QPushButton *boundaries
        = navigateButton(Area::Boundaries, u"nextBoundaries"_s, tr("Set boundaries"), tr("Set boundaries"), card);
    QPushButton *message
        = navigateButton(Area::Messages, u"nextMessage"_s, tr("Draft a message"), tr("Draft a message"), card);
    if (safety) {
        row->addWidget(plan);
        row->addWidget(boundaries);
        row->addWidget(message);
    } else {
        row->addWidget(boundaries);
        auto *trial = new QPushButton(tr("Start a trial plan"), card);
        trial->setObjectName(u"nextTrialPlan"_s);
        trial->setAccessibleName(tr("Start a trial plan"));
        trial->setAccessibleDescription(tr("Give the path you choose a fair trial, with a check-in each week."));
        connect(trial, &QPushButton::clicked, this, &AssessmentResultView::startTrialPlanRequested);
        row->addWidget(trial);
        row->addWidget(message);
        row->addWidget(plan);
    }
    row->addStretch(1);
    card->body()->addLayout(row);
    return card;
}

} // namespace bearings::ui
