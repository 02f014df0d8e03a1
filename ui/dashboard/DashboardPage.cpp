#include "DashboardPage.h"

#include "ChartPanel.h"
#include "DashboardCharts.h"
#include "StatTile.h"
#include "checkins/CheckInText.h"
#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/NoticeBar.h"
#include "common/PageHeader.h"
#include "common/SafetyBanner.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"
#include "relationships/RelationshipText.h"
#include "safetyplan/SafetyPlanRepository.h"
#include "storage/Database.h"

#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

QString percent(double share)
{
    return QLocale().toString(int(std::lround(share * 100))) + QLocale().percent();
}

QString ratioText(double ratio)
{
    return DashboardPage::tr("%1 : 1").arg(QLocale().toString(ratio, 'f', ratio < 10 ? 1 : 0));
}

QString daysText(int days)
{
    if (days == 0)
        return DashboardPage::tr("Today");
    if (days == 1)
        return DashboardPage::tr("1 day");
    return DashboardPage::tr("%1 days").arg(QLocale().toString(days));
}

QString whenText(const QDate &date, const QDate &today)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return DashboardPage::tr("Today");
    if (days == 1)
        return DashboardPage::tr("Tomorrow");
    if (days > 1 && days < 7)
        return DashboardPage::tr("In %1 days").arg(QLocale().toString(days));
    return QLocale().toString(date, u"d MMM"_s);
}

QColor verdictColour(TrialVerdict verdict)
{
    switch (verdict) {
    case TrialVerdict::OnTrack: return Theme::accent(Theme::Accent::Positive);
    case TrialVerdict::Mixed: return Theme::accent(Theme::Accent::Attention);
    case TrialVerdict::NotImproving: return Theme::accent(Theme::Accent::Attention);
    case TrialVerdict::SafetyFirst: return Theme::accent(Theme::Accent::Safety);
    case TrialVerdict::TooEarly: return Theme::accent(Theme::Accent::Muted);
    }
    return {};
}

} // namespace

DashboardPage::DashboardPage(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_header(new PageHeader(AreaInfo::title(Area::Dashboard), tr("How things have been, week by week.")))
    , m_notice(new NoticeBar)
    , m_stack(new QStackedWidget)
    , m_noRelationship(new EmptyState(u"dashboard"_s, tr("No relationship yet"),
          tr("Once you add a relationship and start noting how contact goes, this page shows the weeks at a glance.")))
    , m_safetySlot(new QVBoxLayout)
    , m_pathTile(new StatTile(tr("Your path")))
    , m_checkInTile(new StatTile(tr("Next check-in")))
    , m_breachTile(new StatTile(tr("Since a boundary was last crossed")))
    , m_followTile(new StatTile(tr("Your follow-through")))
    , m_ratioTile(new StatTile(tr("This week, positive to hurtful")))
    , m_incidentTile(new StatTile(tr("Incidents this month")))
    , m_evaluation(new Card(tr("How the trial is going")))
    , m_verdict(new QLabel)
    , m_verdictSummary(new WrapLabel)
    , m_reasons(new QVBoxLayout)
    , m_gettingStarted(new Card(tr("Nothing recorded yet")))
    , m_chartsArea(new QWidget)
    , m_windowPicker(new QComboBox)
    , m_mood(new ChartPanel(tr("Mood around contact"),
          tr("Weekly averages from -5 (very low) to +5 (very good). Click a name below the chart to hide or show it."),
          u"bearings-mood"_s))
    , m_interactions(new ChartPanel(tr("What happened, week by week"),
          tr("The moments you tagged in your journal, stacked by kind."), u"bearings-moments"_s))
    , m_ratings(new ChartPanel(tr("Check-in ratings"),
          tr("Your weekly 0 to 10 ratings for each benchmark, with your targets as dashed lines. The shaded band is "
             "the trial."),
          u"bearings-ratings"_s))
    , m_ratio(new ChartPanel(tr("Positive to hurtful"),
          tr("Positive moments for each hurtful one, per week. Research on lasting relationships points to about five "
             "to one."),
          u"bearings-ratio"_s))
{
    setObjectName(u"dashboardPage"_s);
    setAccessibleName(AreaInfo::title(Area::Dashboard));
    m_notice->setObjectName(u"dashboardNotice"_s);
    m_noRelationship->setObjectName(u"noRelationship"_s);
    m_pathTile->setObjectName(u"pathTile"_s);
    m_checkInTile->setObjectName(u"checkInTile"_s);
    m_breachTile->setObjectName(u"breachTile"_s);
    m_followTile->setObjectName(u"followTile"_s);
    m_ratioTile->setObjectName(u"ratioTile"_s);
    m_incidentTile->setObjectName(u"incidentTile"_s);
    m_evaluation->setObjectName(u"evaluationCard"_s);
    m_verdict->setObjectName(u"verdict"_s);
    m_verdict->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_verdictSummary->setObjectName(u"verdictSummary"_s);
    m_gettingStarted->setObjectName(u"gettingStarted"_s);
    m_windowPicker->setObjectName(u"windowPicker"_s);
    m_mood->setObjectName(u"moodChart"_s);
    m_interactions->setObjectName(u"interactionsChart"_s);
    m_ratings->setObjectName(u"ratingsChart"_s);
    m_ratio->setObjectName(u"ratioChart"_s);

    // The six numbers, three to a row.
    auto *tiles = new QGridLayout;
    tiles->setSpacing(Spacing::Medium);
    const QList<StatTile *> allTiles {
        m_pathTile, m_checkInTile, m_ratioTile, m_breachTile, m_followTile, m_incidentTile};
    for (int i = 0; i < allTiles.size(); ++i)
        tiles->addWidget(allTiles[i], i / 3, i % 3);
    for (int c = 0; c < 3; ++c)
        tiles->setColumnStretch(c, 1);
    connect(m_pathTile->setAction(tr("Plan a trial")), &QPushButton::clicked, this,
        [this] { m_context.navigate(Area::Assessment); });
    connect(m_checkInTile->setAction(tr("Check in"), tr("Open the weekly check-in")), &QPushButton::clicked, this,
        [this] { m_context.navigate(Area::CheckIns); });
    connect(m_breachTile->setAction(tr("Boundaries"), tr("Open your boundaries")), &QPushButton::clicked, this,
        [this] { m_context.navigate(Area::Boundaries); });
    connect(m_incidentTile->setAction(tr("Safety plan"), tr("Open your safety plan")), &QPushButton::clicked, this,
        [this] { m_context.navigate(Area::SafetyPlan); });
    m_followTile->setAction({});
    m_ratioTile->setAction({});

    m_reasons->setSpacing(Spacing::XSmall);
    m_evaluation->body()->addWidget(m_verdict);
    m_evaluation->body()->addWidget(m_verdictSummary);
    m_evaluation->body()->addLayout(m_reasons);

    auto *startText = new WrapLabel(tr("As you write down how contact goes, set boundaries and check in each week, "
                                       "this page fills in. Nothing here is sent anywhere; it stays in your vault."));
    auto *journalButton = new QPushButton(tr("Write a journal entry"));
    journalButton->setObjectName(u"startJournal"_s);
    journalButton->setAccessibleName(tr("Write a journal entry"));
    auto *assessButton = new QPushButton(tr("Take stock of the relationship"));
    assessButton->setObjectName(u"startAssessment"_s);
    assessButton->setAccessibleName(tr("Take stock of the relationship"));
    auto *startButtons = new QHBoxLayout;
    startButtons->addWidget(journalButton);
    startButtons->addWidget(assessButton);
    startButtons->addStretch(1);
    m_gettingStarted->body()->addWidget(startText);
    m_gettingStarted->body()->addLayout(startButtons);
    connect(journalButton, &QPushButton::clicked, this, [this] { m_context.navigate(Area::Journal); });
    connect(assessButton, &QPushButton::clicked, this, [this] { m_context.navigate(Area::Assessment); });

    // The span of the charts.
    m_windowPicker->addItem(tr("This trial"), int(DashboardWindow::Trial));
    m_windowPicker->addItem(tr("Last 12 weeks"), int(DashboardWindow::Weeks12));
    m_windowPicker->addItem(tr("Last 6 months"), int(DashboardWindow::Months6));
    m_windowPicker->addItem(tr("Last year"), int(DashboardWindow::Year));
    m_windowPicker->addItem(tr("Everything"), int(DashboardWindow::Everything));
    m_windowPicker->setAccessibleName(tr("Weeks the charts show"));
    auto *windowLabel = new QLabel(tr("Charts &show:"));
    windowLabel->setBuddy(m_windowPicker);
    auto *windowRow = new QHBoxLayout;
    windowRow->addWidget(windowLabel);
    windowRow->addWidget(m_windowPicker);
    windowRow->addStretch(1);

    // One chart to a row: weeks need the width, and legends stay whole.
    auto *charts = new QVBoxLayout;
    charts->setSpacing(Spacing::Medium);
    charts->addWidget(m_mood);
    charts->addWidget(m_interactions);
    charts->addWidget(m_ratings);
    charts->addWidget(m_ratio);
    auto *chartsLayout = new QVBoxLayout(m_chartsArea);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->setSpacing(Spacing::Medium);
    chartsLayout->addLayout(windowRow);
    chartsLayout->addLayout(charts);
    for (ChartPanel *panel : {m_mood, m_interactions, m_ratings, m_ratio}) {
        connect(panel, &ChartPanel::noticeRequested, this, [this](const QString &message, bool isError) {
            m_notice->showMessage(message, isError ? NoticeBar::Kind::Attention : NoticeBar::Kind::Info);
        });
    }

    m_safetySlot->setContentsMargins(0, 0, 0, 0);
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, Spacing::Small, 0);
    contentLayout->setSpacing(Spacing::Large);
    contentLayout->addLayout(m_safetySlot);
    contentLayout->addLayout(tiles);
    contentLayout->addWidget(m_evaluation);
    contentLayout->addWidget(m_gettingStarted);
    contentLayout->addWidget(m_chartsArea);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"dashboardScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);

    m_stack->addWidget(m_noRelationship);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Large);
    layout->addWidget(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_windowPicker, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &DashboardPage::scheduleRefresh);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &DashboardPage::scheduleRefresh);
    connect(&m_context.database(), &Database::changed, this, &DashboardPage::scheduleRefresh);

    refresh();
}

DashboardWindow DashboardPage::window() const
{
    return DashboardWindow(m_windowPicker->currentData().toInt());
}

void DashboardPage::setWindow(DashboardWindow window)
{
    m_windowPicker->setCurrentIndex(m_windowPicker->findData(int(window)));
}

void DashboardPage::scheduleRefresh()
{
    m_dirty = true;
    // Many writes in a row (an import, a demo) end in one read, and a hidden
    // page waits until it is shown.
    if (!isVisible() || m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        if (m_dirty && isVisible() && m_context.isOpen())
            refresh();
    });
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Charts take their colours from the palette when they are built.
    if (event->type() == QEvent::PaletteChange && !m_dirty && m_snapshot.relationshipId != 0)
        showCharts();
}

void DashboardPage::refresh()
{
    m_dirty = false;
    if (!m_context.isOpen())
        return;
    const qint64 relationshipId = m_context.currentRelationshipId();
    if (relationshipId == 0) {
        m_snapshot = {};
        m_header->setSubtitle(tr("How things have been, week by week."));
        m_stack->setCurrentWidget(m_noRelationship);
        return;
    }
    Database &db = m_context.database();
    auto built = DashboardBuilder::build(db, relationshipId, db.clock().today(), window());
    if (!built.ok()) {
        m_notice->showMessage(
            tr("The dashboard could not be worked out. %1").arg(built.error().message), NoticeBar::Kind::Attention);
        return;
    }
    m_snapshot = std::move(built).value();
    if (auto relationship = RelationshipRepository(db).get(relationshipId); relationship.ok())
        m_header->setSubtitle(tr("How things have been with %1, week by week.").arg(relationship->name));
    m_stack->setCurrentIndex(1);
    showSafety();
    showTiles();
    showEvaluation();
    m_gettingStarted->setVisible(!m_snapshot.hasAnyRecord());
    m_chartsArea->setVisible(m_snapshot.hasAnyRecord());
    showCharts();
}

void DashboardPage::showSafety()
{
    while (QLayoutItem *item = m_safetySlot->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_snapshot.safetyFirst())
        return;
    SafetyPlan plan = SafetyPlanRepository::defaultPlan();
    if (const Result<SafetyPlan> stored = SafetyPlanRepository(m_context.database()).load(); stored.ok())
        plan = stored.value();
    auto *banner = new SafetyBanner(plan,
        tr("Your latest assessment for this relationship puts your safety first. The numbers below can wait; "
           "what matters most is that you are safe."));
    connect(banner, &SafetyBanner::openPlanRequested, this, [this] { m_context.navigate(Area::SafetyPlan); });
    m_safetySlot->addWidget(banner);
}

void DashboardPage::showTiles()
{
    const DashboardSnapshot &s = m_snapshot;

    // Path and trial.
    m_pathTile->setValue(RelationshipText::strategyLabel(s.strategy));
    m_pathTile->action()->setVisible(!s.plan || s.progress.phase == TrialPhase::Finished);
    if (!s.plan) {
        m_pathTile->setDetail(tr("No trial running. A trial of 8 to 12 weeks gives a fair picture."));
    } else {
        switch (s.progress.phase) {
        case TrialPhase::NotStarted:
            m_pathTile->setDetail(tr("Your trial starts on %1.").arg(checkintext::dayDate(s.plan->startDate)));
            break;
        case TrialPhase::Running:
            m_pathTile->setDetail(
                tr("Trial week %1 of %2.")
                    .arg(QLocale().toString(s.progress.currentWeek), QLocale().toString(s.plan->lengthWeeks)));
            break;
        case TrialPhase::Finished:
            m_pathTile->setDetail(s.progress.endedEarly
                    ? tr("Your trial was ended early. You can plan another whenever you are ready.")
                    : tr("Your %1-week trial is complete.").arg(QLocale().toString(s.plan->lengthWeeks)));
            break;
        }
    }

    // Next check-in.
    const bool running = s.plan && s.progress.phase != TrialPhase::Finished;
    m_checkInTile->action()->setVisible(running);
    if (!running) {
        m_checkInTile->setValue(tr("None due"));
        m_checkInTile->setDetail(tr("Weekly check-ins belong to a trial."));
    } else if (!s.progress.overdueWeeks.isEmpty()) {
        m_checkInTile->setValue(tr("Open now"), Theme::accent(Theme::Accent::Attention));
        m_checkInTile->setDetail(checkintext::openWeeks(s.progress.overdueWeeks));
    } else if (s.progress.nextDueDate) {
        m_checkInTile->setValue(whenText(*s.progress.nextDueDate, s.today));
        m_checkInTile->setDetail(
            tr("Week %1's check-in is due on %2.")
                .arg(QLocale().toString(s.progress.currentWeek), checkintext::dayDate(*s.progress.nextDueDate)));
    } else {
        m_checkInTile->setValue(tr("All done"));
        m_checkInTile->setDetail(tr("Every check-in so far is filed."));
    }

    // Boundaries.
    if (s.daysSinceLastBreach) {
        m_breachTile->setValue(daysText(*s.daysSinceLastBreach));
        m_breachTile->setDetail(*s.daysSinceLastBreach == 0 ? tr("A boundary was crossed today.")
                                                            : tr("Since the last time any boundary was crossed."));
    } else {
        m_breachTile->setValue(tr("None recorded"));
        m_breachTile->setDetail(tr("No boundary of this relationship has been crossed in your records."));
    }
    if (s.followThroughShare) {
        m_followTile->setValue(percent(*s.followThroughShare));
        m_followTile->setDetail(s.recentBreaches == 1
                ? (s.recentFollowedThrough == 1
                        ? tr("You carried out your consequence the one time a boundary was crossed in the last 12 "
                             "weeks.")
                        : tr("A boundary was crossed once in the last 12 weeks, and the consequence was not carried "
                             "out. That is something to notice, not to blame yourself for."))
                : tr("You carried out your consequence %1 of the %2 times a boundary was crossed in the last 12 weeks.")
                      .arg(QLocale().toString(s.recentFollowedThrough), QLocale().toString(s.recentBreaches)));
    } else {
        m_followTile->setValue(tr("Nothing to follow"));
        m_followTile->setDetail(tr("No boundary was crossed in the last 12 weeks."));
    }

    // This week's ratio.
    const WeeklyStats &w = s.thisWeek;
    if (w.ratio) {
        const bool meets = *w.ratio >= DashboardCharts::kRatioGuide;
        m_ratioTile->setValue(ratioText(*w.ratio),
            meets ? Theme::accent(Theme::Accent::Positive) : Theme::accent(Theme::Accent::Attention));
        m_ratioTile->setDetail(meets
                ? tr("%1 positive and %2 hurtful moments so far. That meets the 5 to 1 guide.")
                      .arg(QLocale().toString(w.positiveCount), QLocale().toString(w.negativeCount))
                : tr("%1 positive and %2 hurtful moments so far. The guide is about 5 to 1.")
                      .arg(QLocale().toString(w.positiveCount), QLocale().toString(w.negativeCount)));
    } else if (w.positiveCount > 0) {
        m_ratioTile->setValue(tr("No hurtful moments"), Theme::accent(Theme::Accent::Positive));
        m_ratioTile->setDetail(w.positiveCount == 1
                ? tr("One positive moment recorded so far this week.")
                : tr("%1 positive moments recorded so far this week.").arg(QLocale().toString(w.positiveCount)));
    } else {
        m_ratioTile->setValue(tr("Nothing yet"));
        m_ratioTile->setDetail(tr("Nothing tagged so far this week."));
    }

    // Incidents.
    m_incidentTile->setValue(QLocale().toString(s.incidentsThisMonth),
        s.incidentsThisMonth > 0 ? Theme::accent(Theme::Accent::Safety) : QColor());
    m_incidentTile->action()->setVisible(s.incidentsThisMonth > 0);
    m_incidentTile->setDetail(s.incidentsThisMonth == 0
            ? tr("None recorded this month.")
            : tr("Each one is kept in your journal as a dated record. If you feel unsafe, your safety plan is one "
                 "click away."));
}

void DashboardPage::showEvaluation()
{
    while (QLayoutItem *item = m_reasons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_evaluation->setVisible(m_snapshot.evaluation.has_value());
    if (!m_snapshot.evaluation)
        return;
    const TrialEvaluationResult &e = *m_snapshot.evaluation;
    m_verdict->setText(TrialEvaluation::verdictLabel(e.verdict));
    m_verdict->setStyleSheet(u"color: %1;"_s.arg(verdictColour(e.verdict).name()));
    m_verdictSummary->setText(e.summary);
    for (const TrialReason &r : e.reasons) {
        auto *reason = new WrapLabel((r.hasData && r.met ? u"✓ "_s : u"• "_s) + r.sentence);
        reason->setObjectName(u"evaluationReason"_s);
        reason->setFont(Theme::font(Theme::TextStyle::Caption));
        m_reasons->addWidget(reason);
    }
}

void DashboardPage::showCharts()
{
    const auto show = [](ChartPanel *panel, const DashboardCharts::Built &built) {
        if (built.chart)
            panel->setChart(built.chart, built.summary);
        else
            panel->showMessage(built.emptyMessage);
    };
    show(m_mood, DashboardCharts::mood(m_snapshot));
    show(m_interactions, DashboardCharts::interactions(m_snapshot));
    show(m_ratings, DashboardCharts::ratings(m_snapshot));
    show(m_ratio, DashboardCharts::ratio(m_snapshot));
}

} // namespace bearings::ui
