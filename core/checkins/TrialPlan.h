#pragma once

#include "common/EnumKeys.h"
#include "relationships/Relationship.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace bearings {

inline constexpr int kTrialMinWeeks = 4;
inline constexpr int kTrialMaxWeeks = 26;
inline constexpr int kTrialDefaultWeeks = 12;
inline constexpr int kRatingMin = 0;
inline constexpr int kRatingMax = 10;

// What a benchmark measures. The first three are computed from the journal
// and boundaries; SelfRated is the user's own 0-10 weekly rating.
enum class BenchmarkKind { PositiveNegativeRatio, BreachesPerWeek, AfterMood, SelfRated };
inline constexpr EnumKeyTable<BenchmarkKind, 4> kBenchmarkKindKeys {{
    {BenchmarkKind::PositiveNegativeRatio, u"positive_negative_ratio"},
    {BenchmarkKind::BreachesPerWeek, u"breaches_per_week"},
    {BenchmarkKind::AfterMood, u"after_mood"},
    {BenchmarkKind::SelfRated, u"self_rated"},
}};

enum class TargetDirection { AtLeast, AtMost };
inline constexpr EnumKeyTable<TargetDirection, 2> kTargetDirectionKeys {{
    {TargetDirection::AtLeast, u"at_least"},
    {TargetDirection::AtMost, u"at_most"},
}};

struct Benchmark {
    qint64 id = 0;
    BenchmarkKind kind = BenchmarkKind::SelfRated;
    QString label;
    double target = 0.0;
    TargetDirection direction = TargetDirection::AtLeast;
    bool met(double value) const { return direction == TargetDirection::AtLeast ? value >= target : value <= target; }
    bool operator==(const Benchmark &) const = default;
};

// A fair trial of a strategy (DOMAIN.md section 5): 4-26 weeks, default 12,
// one small behaviour for each person, benchmarks with targets, a weekday
// (1 = Monday .. 7 = Sunday) for the weekly check-in.
struct TrialPlan {
    qint64 id = 0;
    qint64 relationshipId = 0;
    Strategy strategy = Strategy::Repair;
    QDate startDate;
    int lengthWeeks = kTrialDefaultWeeks;
    QString myBehaviour;
    QString theirBehaviour;
    int checkInWeekday = 7;
    QList<Benchmark> benchmarks;
    QDateTime createdAt;
    QDateTime endedAt; // invalid while running
    QDate endDate() const { return startDate.addDays(qint64(lengthWeeks) * 7 - 1); }
    bool isValid() const { return id > 0; }
    bool operator==(const TrialPlan &) const = default;
};

// The weekly check-in: one per plan and week (1-based).
struct CheckIn {
    qint64 id = 0;
    qint64 planId = 0;
    int week = 1;
    QDateTime filedAt;
    QString helped;
    QString hindered;
    std::optional<int> overall; // 0..10
    QMap<qint64, int> ratings;  // benchmark id -> 0..10
    bool isValid() const { return id > 0; }
    bool operator==(const CheckIn &) const = default;
};

// The longer look back every four weeks: one per plan and month (1-based).
struct MonthlyReview {
    qint64 id = 0;
    qint64 planId = 0;
    int month = 1;
    QDateTime filedAt;
    QString patterns;
    QString progress;
    QString planChanges;
    bool isValid() const { return id > 0; }
    bool operator==(const MonthlyReview &) const = default;
};

} // namespace bearings
