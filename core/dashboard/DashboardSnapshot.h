#pragma once

#include "analytics/TrialEvaluation.h"
#include "analytics/TrialProgress.h"
#include "analytics/WeekRange.h"
#include "analytics/WeeklyStats.h"
#include "assessment/Assessment.h"
#include "checkins/TrialPlan.h"
#include "common/Result.h"
#include "relationships/Relationship.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace bearings {

class Database;

// The span of weeks the dashboard's charts cover.
enum class DashboardWindow {
    Trial,     // the trial plan's weeks (up to today); 12 weeks without a plan
    Weeks12,   // the last 12 weeks
    Months6,   // the last 26 weeks
    Year,      // the last 52 weeks
    Everything // from the first record to today
};

// Everything the dashboard shows for one relationship on one day: the cards,
// the trial and its evaluation, and the weekly series behind the charts.
struct DashboardSnapshot {
    static constexpr int kFollowThroughWeeks = 12; // the follow-through card looks this far back

    qint64 relationshipId = 0;
    QDate today;
    Strategy strategy = Strategy::Undecided;
    std::optional<Suggestion> latestSuggestion; // of the latest finished assessment

    // The running trial plan, or else the one that started last.
    std::optional<TrialPlan> plan;
    TrialProgressReport progress;                    // of `plan`
    QList<CheckIn> checkIns;                         // of `plan`, by week
    std::optional<TrialEvaluationResult> evaluation; // of `plan`

    std::optional<int> daysSinceLastBreach;   // over every breach of the relationship
    int recentBreaches = 0;                   // in the last kFollowThroughWeeks weeks
    int recentFollowedThrough = 0;            // of those, consequence carried out
    std::optional<double> followThroughShare; // recentFollowedThrough / recentBreaches
    WeeklyStats thisWeek;                     // the ISO week containing `today`
    int incidentsThisMonth = 0;               // in the calendar month of `today`, up to today

    // The charts: one WeeklyStats per week of `range`, oldest first.
    DashboardWindow window = DashboardWindow::Trial;
    WeekRange range;
    QList<WeeklyStats> weeks;
    int totalEntries = 0; // journal entries ever recorded for the relationship

    bool safetyFirst() const { return latestSuggestion == Suggestion::SafetyFirst; }
    bool hasAnyRecord() const { return totalEntries > 0 || daysSinceLastBreach.has_value() || plan.has_value(); }
};

// Reads a relationship's journal, boundaries, assessments and trial plans
// and works out the dashboard. Reads only; never writes.
class DashboardBuilder final {
    Q_DECLARE_TR_FUNCTIONS(bearings::DashboardBuilder)

public:
    DashboardBuilder() = delete;

    static Result<DashboardSnapshot> build(
        Database &db, qint64 relationshipId, const QDate &today, DashboardWindow window);

    // The weeks `window` covers on `today`, given the first day anything was
    // recorded (invalid when nothing was) and the plan, if any.
    static WeekRange rangeFor(
        DashboardWindow window, const QDate &today, const QDate &firstRecord, const std::optional<TrialPlan> &plan);
};

} // namespace bearings
