#include "TrialPlanPanel.h"

#include "TrialPlanForm.h"
#include "analytics/TrialProgress.h"
#include "checkins/TrialPlanRepository.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

WrapLabel *textLabel(const QString &objectName, bool isCaption = false)
{
    auto *label = new WrapLabel;
    label->setObjectName(objectName);
    if (isCaption)
        label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

QString number(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

TrialPlanPanel::TrialPlanPanel(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_card(new Card)
    , m_explanation(textLabel(u"trialExplanation"_s))
    , m_week(textLabel(u"trialWeek"_s))
    , m_dates(textLabel(u"trialDates"_s, true))
    , m_behaviours(textLabel(u"trialBehaviours"_s))
    , m_benchmarksTitle(textLabel(u"trialBenchmarksTitle"_s))
    , m_benchmarks(textLabel(u"trialBenchmarks"_s))
    , m_nextCheckIn(textLabel(u"nextCheckIn"_s))
    , m_error(textLabel(u"trialPanelMessage"_s))
    , m_start(new QPushButton)
    , m_edit(new QPushButton)
    , m_end(new QPushButton)
    , m_confirm(new QWidget)
    , m_confirmEnd(new QPushButton)
    , m_keepRunning(new QPushButton)
{
    setObjectName(u"trialPlanPanel"_s);
    setAccessibleName(tr("Trial plan"));

    m_week->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    QFont strong = m_benchmarksTitle->font();
    strong.setWeight(QFont::DemiBold);
    m_benchmarksTitle->setFont(strong);
    m_benchmarksTitle->setText(tr("Benchmarks"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    m_error->setPalette(errorPalette);
    m_error->setVisible(false);

    m_start->setObjectName(u"startTrialPlan"_s);
    m_start->setText(tr("Start a trial plan…"));
    m_start->setAccessibleName(tr("Start a trial plan"));
    m_edit->setObjectName(u"editTrialPlan"_s);
    m_edit->setText(tr("Edit…"));
    m_edit->setAccessibleName(tr("Edit the trial plan"));
    m_end->setObjectName(u"endTrialPlan"_s);
    m_end->setText(tr("End plan…"));
    m_end->setAccessibleName(tr("End the trial plan"));

    // Ending asks first, in place, with keeping the plan as the easy choice.
    m_confirm->setObjectName(u"endPlanConfirmation"_s);
    auto *confirmText = new WrapLabel(
        tr("End this trial now? Your check-ins and notes stay, and you can start a new trial whenever you like."));
    m_confirmEnd->setObjectName(u"confirmEndTrialPlan"_s);
    m_confirmEnd->setText(tr("End the plan"));
    m_confirmEnd->setAccessibleName(tr("Yes, end the trial plan"));
    m_keepRunning->setObjectName(u"keepTrialPlan"_s);
    m_keepRunning->setText(tr("Keep it running"));
    m_keepRunning->setAccessibleName(tr("Keep the trial plan running"));
    auto *confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->setSpacing(Spacing::Small);
    confirmLayout->addWidget(confirmText);
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(m_keepRunning);
    confirmButtons->addWidget(m_confirmEnd);
    confirmButtons->addStretch(1);
    confirmLayout->addLayout(confirmButtons);
    m_confirm->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing::Small);
    buttons->addWidget(m_start);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_end);
    buttons->addStretch(1);

    m_card->setObjectName(u"trialPlanCard"_s);
    m_card->body()->addWidget(m_explanation);
    m_card->body()->addWidget(m_week);
    m_card->body()->addWidget(m_dates);
    m_card->body()->addWidget(m_behaviours);
    m_card->body()->addWidget(m_benchmarksTitle);
    m_card->body()->addWidget(m_benchmarks);
    m_card->body()->addWidget(m_nextCheckIn);
    m_card->body()->addWidget(m_error);
    m_card->body()->addSpacing(Spacing::XSmall);
    m_card->body()->addLayout(buttons);
    m_card->body()->addWidget(m_confirm);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);

    connect(m_start, &QPushButton::clicked, this, &TrialPlanPanel::startNewPlan);
    connect(m_edit, &QPushButton::clicked, this, &TrialPlanPanel::editPlan);
    connect(m_end, &QPushButton::clicked, this, &TrialPlanPanel::askToEnd);
    connect(m_confirmEnd, &QPushButton::clicked, this, &TrialPlanPanel::endPlan);
    connect(m_keepRunning, &QPushButton::clicked, this, &TrialPlanPanel::cancelEnd);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &TrialPlanPanel::refresh);
    connect(&m_context.database(), &Database::changed, this, &TrialPlanPanel::refresh);

    refresh();
}

void TrialPlanPanel::refresh()
{
    const qint64 relationshipId = m_context.currentRelationshipId();
    std::optional<TrialPlan> plan;
    QList<CheckIn> checkIns;
    TrialPlanRepository repo(m_context.database());
    if (relationshipId > 0) {
        const Result<std::optional<TrialPlan>> active = repo.activePlan(relationshipId);
        if (!active.ok()) {
            showError(active.error().message);
        } else if (active.value()) {
            plan = active.value();
            const Result<QList<CheckIn>> filed = repo.checkIns(plan->id);
            if (filed.ok())
                checkIns = filed.value();
        }
    }
    if (!plan || !m_plan || plan->id != m_plan->id)
        m_confirm->setVisible(false);
    m_plan = plan;

    const bool running = m_plan.has_value();
    m_explanation->setVisible(!running);
    m_start->setVisible(!running && relationshipId > 0);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_week, m_dates, m_behaviours, m_benchmarksTitle, m_benchmarks, m_edit, m_end})
        w->setVisible(running);

    if (!running) {
        m_card->setTitle(tr("Trial plan"));
        m_nextCheckIn->setVisible(false);
        m_explanation->setText(relationshipId > 0
                ? tr("Giving one path a fair trial, usually 8 to 12 weeks, lets you judge by what actually changes "
                     "rather than by one good or bad day. You choose one small change for each of you, a few signs "
                     "of progress, and a day for a short weekly check-in. At the end you look back and decide.")
                : tr("Once you have added a relationship, you can give one path a fair trial here."));
        return;
    }

    const TrialPlan &p = *m_plan;
    switch (p.strategy) {
    case Strategy::Limit: m_card->setTitle(tr("Your trial: limiting contact")); break;
    case Strategy::Cut: m_card->setTitle(tr("Your trial: stepping away")); break;
    case Strategy::Repair:
    case Strategy::Undecided: m_card->setTitle(tr("Your trial: repair")); break;
    }

    const QDate today = m_context.database().clock().today();
    const TrialProgressReport report = TrialProgress::compute(p, checkIns, today);
    switch (report.phase) {
    case TrialPhase::NotStarted: m_week->setText(tr("Starts on %1").arg(longDate(p.startDate))); break;
    case TrialPhase::Running: m_week->setText(tr("Week %1 of %2").arg(report.currentWeek).arg(p.lengthWeeks)); break;
    case TrialPhase::Finished: m_week->setText(tr("All %1 weeks are done").arg(p.lengthWeeks)); break;
    }
    m_dates->setText(tr("From %1 to %2").arg(longDate(p.startDate), longDate(p.endDate())));

    const QString notYet = tr("not written yet");
    m_behaviours->setText(tr("What I will do differently: %1").arg(p.myBehaviour.isEmpty() ? notYet : p.myBehaviour)
        + u'\n' + tr("What I'm asking of them: %1").arg(p.theirBehaviour.isEmpty() ? notYet : p.theirBehaviour));

    QStringList lines;
    for (const Benchmark &b : p.benchmarks) {
        const QString target = b.direction == TargetDirection::AtLeast ? tr("at least %1").arg(number(b.target))
                                                                       : tr("at most %1").arg(number(b.target));
        QString measure;
        switch (b.kind) {
        case BenchmarkKind::PositiveNegativeRatio: measure = tr("%1 good moments for each hard one").arg(target); break;
        case BenchmarkKind::BreachesPerWeek: measure = tr("%1 breaches a week").arg(target); break;
        case BenchmarkKind::AfterMood: measure = tr("mood after contact %1").arg(target); break;
        case BenchmarkKind::SelfRated: measure = tr("%1 out of 10").arg(target); break;
        }
        lines.append(tr("• %1: %2").arg(b.label, measure));
    }
    m_benchmarksTitle->setVisible(!lines.isEmpty());
    m_benchmarks->setVisible(!lines.isEmpty());
    m_benchmarks->setText(lines.join(u'\n'));

    QStringList next;
    if (!report.overdueWeeks.isEmpty())
        next.append(
            tr("The check-in for week %1 is still open, whenever you are ready.").arg(report.overdueWeeks.last()));
    if (report.nextDueDate)
        next.append(tr("Next check-in: %1").arg(longDate(*report.nextDueDate)));
    if (report.phase == TrialPhase::Finished)
        next.append(tr("Time to look back at your benchmarks and decide what comes next."));
    m_nextCheckIn->setText(next.join(u'\n'));
    m_nextCheckIn->setVisible(!next.isEmpty());
}

void TrialPlanPanel::startNewPlan()
{
    openForm(std::nullopt);
}

void TrialPlanPanel::editPlan()
{
    if (m_plan)
        openForm(m_plan);
}

void TrialPlanPanel::openForm(const std::optional<TrialPlan> &plan)
{
    if (m_context.currentRelationshipId() <= 0)
        return;
    m_error->setVisible(false);
    auto *form = plan ? new TrialPlanForm(m_context, *plan, this) : new TrialPlanForm(m_context, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &TrialPlanForm::planSaved, this, [this] {
        refresh();
        Q_EMIT planChanged();
    });
    form->open();
}

void TrialPlanPanel::askToEnd()
{
    if (!m_plan)
        return;
    m_confirm->setVisible(true);
    m_keepRunning->setFocus(Qt::OtherFocusReason);
}

void TrialPlanPanel::cancelEnd()
{
    m_confirm->setVisible(false);
    m_end->setFocus(Qt::OtherFocusReason);
}

void TrialPlanPanel::endPlan()
{
    if (!m_plan)
        return;
    const Status s = TrialPlanRepository(m_context.database()).end(m_plan->id);
    if (!s.ok()) {
        showError(s.error().message);
        return;
    }
    m_confirm->setVisible(false);
    m_error->setVisible(false);
    refresh();
    Q_EMIT planChanged();
    if (m_start->isVisible())
        m_start->setFocus(Qt::OtherFocusReason);
}

void TrialPlanPanel::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace bearings::ui
