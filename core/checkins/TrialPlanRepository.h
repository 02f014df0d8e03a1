#pragma once

#include "checkins/TrialPlan.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bearings {

class Database;

// Stores trial plans with their benchmarks, the weekly check-ins and the
// monthly reviews (DOMAIN.md section 5). Every write is one transaction.
class TrialPlanRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::TrialPlanRepository)

public:
    static constexpr int kMaxBenchmarks = 8;
    static constexpr int kMaxLabelLength = 200;
    static constexpr int kMaxTextLength = 20000;

    explicit TrialPlanRepository(Database &db)
        : m_db(db)
    { }

    // Adds a plan and its benchmarks; sets the ids and createdAt. A plan whose
    // endedAt is already set (an import) is stored as ended; otherwise it is
    // refused with Conflict while the relationship has a running plan.
    Result<qint64> create(TrialPlan &plan);
    Result<TrialPlan> get(qint64 planId) const;
    // All plans of a relationship, oldest start first.
    Result<QList<TrialPlan>> list(qint64 relationshipId) const;
    // The plan that has not been ended yet, if any.
    Result<std::optional<TrialPlan>> activePlan(qint64 relationshipId) const;
    // Saves the behaviours, length, weekday and benchmarks (not the strategy,
    // start date or end). Benchmarks that keep their id keep their ratings;
    // new ones (id 0) get an id; missing ones are deleted with their ratings.
    Status update(TrialPlan &plan);
    // Marks the plan as ended now.
    Status end(qint64 planId);
    // Deletes the plan with its check-ins and reviews.
    Status remove(qint64 planId);

    // Files the check-in of one week; sets id and filedAt. A second check-in
    // for the same week is refused with Conflict: edit the first instead.
    Result<qint64> fileCheckIn(CheckIn &checkIn);
    // Saves what helped, what hindered, the overall rating and the ratings.
    // The plan, week and filing time stay as filed.
    Status updateCheckIn(const CheckIn &checkIn);
    Result<std::optional<CheckIn>> checkIn(qint64 planId, int week) const;
    // All check-ins of a plan by week.
    Result<QList<CheckIn>> checkIns(qint64 planId) const;

    // Files the review of one month (four weeks); sets id and filedAt.
    Result<qint64> fileReview(MonthlyReview &review);
    // Saves patterns, progress and plan changes.
    Status updateReview(const MonthlyReview &review);
    Result<std::optional<MonthlyReview>> review(qint64 planId, int month) const;
    // All reviews of a plan by month.
    Result<QList<MonthlyReview>> reviews(qint64 planId) const;

    // Checks the plan's own fields and benchmarks (not the database).
    static Status validate(const TrialPlan &plan);
    // The 1-based week of the plan that `date` falls in; nullopt outside it.
    static std::optional<int> weekOf(const TrialPlan &plan, const QDate &date);
    // How many monthly reviews the plan has room for: one per started four weeks.
    static int monthCount(const TrialPlan &plan);

private:
    Status requireRelationship(qint64 relationshipId) const;
    Status readBenchmarks(TrialPlan &plan) const;
    Status writeBenchmarks(TrialPlan &plan, bool keepExisting);
    Status validateCheckIn(const CheckIn &checkIn, const TrialPlan &plan) const;
    Status readRatings(QList<CheckIn> &checkIns) const;
    Status writeRatings(qint64 checkInId, const CheckIn &checkIn);
    Result<QList<CheckIn>> queryCheckIns(qint64 planId, std::optional<int> week) const;
    Result<QList<MonthlyReview>> queryReviews(qint64 planId, std::optional<int> month) const;

    Database &m_db;
};

} // namespace bearings
