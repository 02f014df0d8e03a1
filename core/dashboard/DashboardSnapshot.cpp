#include "DashboardSnapshot.h"

#include "analytics/WeeklyAggregator.h"
#include "assessment/AssessmentRepository.h"
#include "boundaries/BoundaryRepository.h"
#include "boundaries/BoundaryStats.h"
#include "checkins/TrialPlanRepository.h"
#include "journal/JournalRepository.h"
#include "relationships/RelationshipRepository.h"

#include <QHash>

#include <algorithm>

namespace bearings {

namespace {

constexpr int weeksOf(DashboardWindow window)
{
    switch (window) {
    case DashboardWindow::Weeks12: return 12;
    case DashboardWindow::Months6: return 26;
    case DashboardWindow::Year: return 52;
    case DashboardWindow::Trial:
    case DashboardWindow::Everything: return 12;
    }
    return 12;
}

QDate earlier(const QDate &a, const QDate &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::min(a, b);
}

// The trial plan the dashboard follows: the running one, else the one that
// started last.
Result<std::optional<TrialPlan>> followedPlan(TrialPlanRepository &plans, qint64 relationshipId)
{
    auto active = plans.activePlan(relationshipId);
    if (!active.ok())
        return active.error();
    if (active->has_value())
        return *active;
    auto all = plans.list(relationshipId);
    if (!all.ok())
        return all.error();
    if (all->isEmpty())
        return std::optional<TrialPlan>();
    return std::optional<TrialPlan>(all->last());
}

} // namespace

WeekRange DashboardBuilder::rangeFor(
    DashboardWindow window, const QDate &today, const QDate &firstRecord, const std::optional<TrialPlan> &plan)
{
    const QDate end = today;
    switch (window) {
    case DashboardWindow::Trial:
        if (plan && plan->startDate.isValid() && plan->startDate <= today) {
            // The whole plan when it is over; up to this week while it runs.
            const QDate last = plan->endedAt.isValid() ? std::min(localDate(plan->endedAt), plan->endDate())
                                                       : std::min(plan->endDate(), end);
            return WeekRange::spanning(plan->startDate, std::max(last, plan->startDate));
        }
        break;
    case DashboardWindow::Everything:
        if (firstRecord.isValid() && firstRecord <= end)
            return WeekRange::spanning(firstRecord, end);
        break;
    case DashboardWindow::Weeks12:
    case DashboardWindow::Months6:
    case DashboardWindow::Year: break;
    }
    return WeekRange::spanning(end.addDays(-7 * qint64(weeksOf(window) - 1)), end);
}

Result<DashboardSnapshot> DashboardBuilder::build(
    Database &db, qint64 relationshipId, const QDate &today, DashboardWindow window)
{
    DashboardSnapshot s;
    s.relationshipId = relationshipId;
    s.today = today;
    s.window = window;

    RelationshipRepository relationships(db);
    auto relationship = relationships.get(relationshipId);
    if (!relationship.ok())
        return relationship.error();
    s.strategy = relationship->strategy;

    AssessmentRepository assessments(db);
    auto latest = assessments.latestFinished(relationshipId);
    if (!latest.ok())
        return latest.error();
    if (latest->has_value())
        s.latestSuggestion = (*latest)->suggestion;

    TrialPlanRepository plans(db);
    auto plan = followedPlan(plans, relationshipId);
    if (!plan.ok())
        return plan.error();
    s.plan = *plan;
    if (s.plan) {
        auto checkIns = plans.checkIns(s.plan->id);
        if (!checkIns.ok())
            return checkIns.error();
        s.checkIns = *checkIns;
        s.progress = TrialProgress::compute(*s.plan, s.checkIns, today);
    }

    BoundaryRepository boundaries(db);
    auto breaches = boundaries.breachesForRelationship(relationshipId);
    if (!breaches.ok())
        return breaches.error();
    s.daysSinceLastBreach = BoundaryStats::daysSinceLastBreach(*breaches, today);
    const QDate recentFrom = today.addDays(-7 * qint64(DashboardSnapshot::kFollowThroughWeeks) + 1);
    for (const Breach &b : std::as_const(*breaches)) {
        const QDate day = localDate(b.occurredAt);
        if (day < recentFrom || day > today)
            continue;
        ++s.recentBreaches;
        if (b.consequenceCarriedOut)
            ++s.recentFollowedThrough;
    }
    if (s.recentBreaches > 0)
        s.followThroughShare = double(s.recentFollowedThrough) / s.recentBreaches;

    JournalRepository journal(db);
    JournalFilter all;
    all.relationshipId = relationshipId;
    auto total = journal.count(all);
    if (!total.ok())
        return total.error();
    s.totalEntries = *total;

    auto userTags = journal.userTags();
    if (!userTags.ok())
        return userTags.error();
    QHash<QString, Valence> valences;
    for (const TagInfo &t : std::as_const(*userTags))
        valences.insert(t.id, t.valence);

    // One read of the journal covers the charts, this week, this month and
    // the plan's weeks.
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from = earlier(monthStart, weekStart(today));
    if (s.plan && s.plan->startDate.isValid())
        from = earlier(from, s.plan->startDate);
    QList<JournalEntry> entries;
    QDate firstRecord;
    if (window == DashboardWindow::Everything) {
        auto loaded = journal.entriesBetween(relationshipId, {}, {});
        if (!loaded.ok())
            return loaded.error();
        entries = std::move(*loaded);
        if (!entries.isEmpty())
            firstRecord = localDate(entries.first().occurredAt);
        if (!breaches->isEmpty())
            firstRecord = earlier(firstRecord, localDate(breaches->first().occurredAt));
        s.range = rangeFor(window, today, firstRecord, s.plan);
    } else {
        s.range = rangeFor(window, today, firstRecord, s.plan);
        from = earlier(from, s.range.firstWeekStart);
        auto loaded = journal.entriesBetween(relationshipId, QDateTime(from, QTime(0, 0)), {});
        if (!loaded.ok())
            return loaded.error();
        entries = std::move(*loaded);
    }

    s.weeks = WeeklyAggregator::aggregate(entries, *breaches, valences, s.range);
    const QList<WeeklyStats> current
        = WeeklyAggregator::aggregate(entries, *breaches, valences, WeekRange {weekStart(today), 1});
    if (!current.isEmpty())
        s.thisWeek = current.first();
    for (const JournalEntry &e : std::as_const(entries)) {
        if (!e.incident)
            continue;
        const QDate day = localDate(e.occurredAt);
        if (day >= monthStart && day <= today)
            ++s.incidentsThisMonth;
    }

    if (s.plan) {
        QList<WeeklyStats> planWeeks;
        if (s.plan->startDate.isValid() && s.plan->startDate <= today)
            planWeeks = WeeklyAggregator::aggregate(
                entries, *breaches, valences, s.plan->startDate, std::min(s.plan->endDate(), today));
        s.evaluation = TrialEvaluation::evaluate(*s.plan, s.checkIns, planWeeks, s.latestSuggestion, today);
    }
    return s;
}

} // namespace bearings
