#include "TrialPlanRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSet>
#include <QSqlQuery>

#include <cmath>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

constexpr int kWeeksPerMonth = 4;
constexpr int kMoodMin = -5;
constexpr int kMoodMax = 5;

const QString kSelectPlan = u"SELECT id, relationship_id, strategy, start_date, length_weeks, my_behaviour, "
                            "their_behaviour, checkin_weekday, created_at, ended_at FROM trial_plan"_s;

TrialPlan planFromRow(const QSqlQuery &q)
{
    TrialPlan p;
    p.id = q.value(0).toLongLong();
    p.relationshipId = q.value(1).toLongLong();
    p.strategy = enumFromKey(kStrategyKeys, q.value(2).toString()).value_or(Strategy::Repair);
    p.startDate = sql::dateFromDb(q.value(3));
    p.lengthWeeks = q.value(4).toInt();
    p.myBehaviour = q.value(5).toString();
    p.theirBehaviour = q.value(6).toString();
    p.checkInWeekday = q.value(7).toInt();
    p.createdAt = sql::dateTimeFromDb(q.value(8));
    p.endedAt = sql::dateTimeFromDb(q.value(9));
    return p;
}

bool inRange(int value, int low, int high)
{
    return value >= low && value <= high;
}

} // namespace

Status TrialPlanRepository::validate(const TrialPlan &plan)
{
    if (!plan.startDate.isValid())
        return makeError(ErrorCode::Invalid, tr("Please choose the day the trial starts."));
    if (!inRange(plan.lengthWeeks, kTrialMinWeeks, kTrialMaxWeeks))
        return makeError(ErrorCode::Invalid,
            tr("A trial runs between %1 and %2 weeks. Please choose a length in that range.")
                .arg(kTrialMinWeeks)
                .arg(kTrialMaxWeeks));
    if (!inRange(plan.checkInWeekday, 1, 7))
        return makeError(ErrorCode::Invalid, tr("Please choose a day of the week for the check-in."));
    if (plan.myBehaviour.size() > kMaxTextLength || plan.theirBehaviour.size() > kMaxTextLength)
        return makeError(ErrorCode::Invalid, tr("Please keep each behaviour under %1 characters.").arg(kMaxTextLength));
    if (plan.benchmarks.size() > kMaxBenchmarks)
        return makeError(ErrorCode::Invalid,
            tr("A plan can have up to %1 benchmarks. A few clear ones are easier to follow.").arg(kMaxBenchmarks));
    QSet<qint64> ids;
    for (const Benchmark &b : plan.benchmarks) {
        const QString label = b.label.trimmed();
        if (label.isEmpty())
            return makeError(ErrorCode::Invalid, tr("Please give each benchmark a short name."));
        if (label.size() > kMaxLabelLength)
            return makeError(
                ErrorCode::Invalid, tr("Please keep each benchmark's name under %1 characters.").arg(kMaxLabelLength));
        if (b.id != 0) {
            if (ids.contains(b.id))
                return makeError(ErrorCode::Invalid, tr("A benchmark appears twice in this plan."));
            ids.insert(b.id);
        }
        if (!std::isfinite(b.target))
            return makeError(ErrorCode::Invalid, tr("Please enter a number as the target of \"%1\".").arg(label));
        switch (b.kind) {
        case BenchmarkKind::SelfRated:
            if (b.target < kRatingMin || b.target > kRatingMax)
                return makeError(ErrorCode::Invalid,
                    tr("The target of \"%1\" is a rating from %2 to %3.").arg(label).arg(kRatingMin).arg(kRatingMax));
            break;
        case BenchmarkKind::AfterMood:
            if (b.target < kMoodMin || b.target > kMoodMax)
                return makeError(ErrorCode::Invalid,
                    tr("The target of \"%1\" is a mood from %2 to %3.").arg(label).arg(kMoodMin).arg(kMoodMax));
            break;
        case BenchmarkKind::PositiveNegativeRatio:
        case BenchmarkKind::BreachesPerWeek:
            if (b.target < 0)
                return makeError(ErrorCode::Invalid, tr("The target of \"%1\" cannot be below zero.").arg(label));
            break;
        }
    }
    return {};
}

std::optional<int> TrialPlanRepository::weekOf(const TrialPlan &plan, const QDate &date)
{
    if (!plan.startDate.isValid() || !date.isValid())
        return std::nullopt;
    const qint64 days = plan.startDate.daysTo(date);
    if (days < 0)
        return std::nullopt;
    const qint64 week = days / 7 + 1;
    if (week > plan.lengthWeeks)
        return std::nullopt;
    return int(week);
}

int TrialPlanRepository::monthCount(const TrialPlan &plan)
{
    return (plan.lengthWeeks + kWeeksPerMonth - 1) / kWeeksPerMonth;
}

Status TrialPlanRepository::requireRelationship(qint64 relationshipId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::requireExists(q, u"relationship"_s, relationshipId, tr("This relationship no longer exists."));
        !s.ok())
        return s;
    return {};
}

Result<qint64> TrialPlanRepository::create(TrialPlan &plan)
{
    if (Status s = validate(plan); !s.ok())
        return s.error();
    const QDateTime now = m_db.clock().now();
    TrialPlan stored = plan;
    const Status s = m_db.write([&]() -> Status {
        if (Status e = requireRelationship(stored.relationshipId); !e.ok())
            return e;
        QSqlQuery q(m_db.connection());
        if (!stored.endedAt.isValid()) {
            if (Status e = sql::exec(q, u"SELECT 1 FROM trial_plan WHERE relationship_id = ? AND ended_at IS NULL"_s,
                    {stored.relationshipId});
                !e.ok())
                return e;
            if (q.next())
                return makeError(ErrorCode::Conflict,
                    tr("A trial is already running for this relationship. You can end it before starting a new "
                       "one."));
        }
        if (Status e = sql::exec(q,
                u"INSERT INTO trial_plan (relationship_id, strategy, start_date, length_weeks, my_behaviour, "
                "their_behaviour, checkin_weekday, created_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {stored.relationshipId, enumKey(kStrategyKeys, stored.strategy), sql::toDb(stored.startDate),
                    stored.lengthWeeks, stored.myBehaviour.trimmed(), stored.theirBehaviour.trimmed(),
                    stored.checkInWeekday, sql::toDb(now), sql::toDbOrNull(stored.endedAt)});
            !e.ok())
            return e;
        stored.id = q.lastInsertId().toLongLong();
        return writeBenchmarks(stored, false);
    });
    if (!s.ok())
        return s.error();
    stored.myBehaviour = stored.myBehaviour.trimmed();
    stored.theirBehaviour = stored.theirBehaviour.trimmed();
    stored.createdAt = now;
    plan = stored;
    return plan.id;
}

Result<TrialPlan> TrialPlanRepository::get(qint64 planId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, kSelectPlan + u" WHERE id = ?"_s, {planId}); !s.ok())
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("This trial plan no longer exists."));
    TrialPlan plan = planFromRow(q);
    if (Status s = readBenchmarks(plan); !s.ok())
        return s.error();
    return plan;
}

Result<QList<TrialPlan>> TrialPlanRepository::list(qint64 relationshipId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s
        = sql::exec(q, kSelectPlan + u" WHERE relationship_id = ? ORDER BY start_date, id"_s, {relationshipId});
        !s.ok())
        return s.error();
    QList<TrialPlan> plans;
    while (q.next())
        plans.append(planFromRow(q));
    for (TrialPlan &plan : plans) {
        if (Status s = readBenchmarks(plan); !s.ok())
            return s.error();
    }
    return plans;
}

Result<std::optional<TrialPlan>> TrialPlanRepository::activePlan(qint64 relationshipId) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q,
            kSelectPlan
                + u" WHERE relationship_id = ? AND ended_at IS NULL ORDER BY start_date DESC, id DESC LIMIT 1"_s,
            {relationshipId});
        !s.ok())
        return s.error();
    if (!q.next())
        return std::optional<TrialPlan>();
    TrialPlan plan = planFromRow(q);
    if (Status s = readBenchmarks(plan); !s.ok())
        return s.error();
    return std::optional<TrialPlan>(std::move(plan));
}

Status TrialPlanRepository::update(TrialPlan &plan)
{
    if (Status s = validate(plan); !s.ok())
        return s;
    TrialPlan stored = plan;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        // Shortening a plan must not strand check-ins or reviews beyond its end.
        if (Status e = sql::exec(q,
                u"SELECT (SELECT max(week) FROM checkin WHERE plan_id = ?),"
                " (SELECT max(month) FROM monthly_review WHERE plan_id = ?)"_s,
                {stored.id, stored.id});
            !e.ok())
            return e;
        if (!q.next())
            return sql::queryError(q, tr("read the check-ins of this plan"));
        const int lastWeek = q.value(0).toInt();
        const int lastMonth = q.value(1).toInt();
        if (lastWeek > stored.lengthWeeks)
            return makeError(ErrorCode::Conflict,
                tr("There is already a check-in for week %1, so the plan needs at least %1 weeks.").arg(lastWeek));
        if (lastMonth > monthCount(stored))
            return makeError(ErrorCode::Conflict,
                tr("There is already a review for month %1, so the plan needs at least %2 weeks.")
                    .arg(lastMonth)
                    .arg((lastMonth - 1) * kWeeksPerMonth + 1));
        if (Status e = sql::exec(q,
                u"UPDATE trial_plan SET length_weeks = ?, my_behaviour = ?, their_behaviour = ?, "
                "checkin_weekday = ? WHERE id = ?"_s,
                {stored.lengthWeeks, stored.myBehaviour.trimmed(), stored.theirBehaviour.trimmed(),
                    stored.checkInWeekday, stored.id});
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("This trial plan no longer exists."));
        return writeBenchmarks(stored, true);
    });
    if (!s.ok())
        return s;
    plan.myBehaviour = stored.myBehaviour.trimmed();
    plan.theirBehaviour = stored.theirBehaviour.trimmed();
    plan.benchmarks = stored.benchmarks;
    return {};
}

Status TrialPlanRepository::end(qint64 planId)
{
    const QDateTime now = m_db.clock().now();
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(q, u"SELECT ended_at FROM trial_plan WHERE id = ?"_s, {planId}); !e.ok())
            return e;
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("This trial plan no longer exists."));
        if (!q.value(0).isNull())
            return {}; // already ended: keep the first end date
        return sql::exec(q, u"UPDATE trial_plan SET ended_at = ? WHERE id = ?"_s, {sql::toDb(now), planId});
    });
}

Status TrialPlanRepository::remove(qint64 planId)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::execOne(
            q, u"DELETE FROM trial_plan WHERE id = ?"_s, {planId}, tr("This trial plan no longer exists."));
    });
}

Status TrialPlanRepository::readBenchmarks(TrialPlan &plan) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q,
            u"SELECT id, kind, label, target, direction FROM benchmark WHERE plan_id = ? ORDER BY position, id"_s,
            {plan.id});
        !s.ok())
        return s;
    plan.benchmarks.clear();
    while (q.next()) {
        Benchmark b;
        b.id = q.value(0).toLongLong();
        b.kind = enumFromKey(kBenchmarkKindKeys, q.value(1).toString()).value_or(BenchmarkKind::SelfRated);
        b.label = q.value(2).toString();
        b.target = q.value(3).toDouble();
        b.direction = enumFromKey(kTargetDirectionKeys, q.value(4).toString()).value_or(TargetDirection::AtLeast);
        plan.benchmarks.append(b);
    }
    return {};
}

Status TrialPlanRepository::writeBenchmarks(TrialPlan &plan, bool keepExisting)
{
    QSqlQuery q(m_db.connection());
    QSet<qint64> existing;
    if (keepExisting) {
        if (Status e = sql::exec(q, u"SELECT id FROM benchmark WHERE plan_id = ?"_s, {plan.id}); !e.ok())
            return e;
        while (q.next())
            existing.insert(q.value(0).toLongLong());
    }
    QSet<qint64> kept;
    for (const Benchmark &b : std::as_const(plan.benchmarks)) {
        if (!keepExisting || b.id == 0)
            continue;
        if (!existing.contains(b.id))
            return makeError(ErrorCode::Invalid, tr("A benchmark does not belong to this plan."),
                u"benchmark %1 is not part of plan %2"_s.arg(b.id).arg(plan.id));
        kept.insert(b.id);
    }
    // Removing a benchmark removes its ratings too (ON DELETE CASCADE).
    for (qint64 id : std::as_const(existing)) {
        if (kept.contains(id))
            continue;
        if (Status e = sql::exec(q, u"DELETE FROM benchmark WHERE id = ?"_s, {id}); !e.ok())
            return e;
    }
    int position = 0;
    for (Benchmark &b : plan.benchmarks) {
        b.label = b.label.trimmed();
        const QVariantList values {position++, enumKey(kBenchmarkKindKeys, b.kind), b.label, b.target,
            enumKey(kTargetDirectionKeys, b.direction)};
        if (keepExisting && b.id != 0) {
            if (Status e = sql::exec(q,
                    u"UPDATE benchmark SET position = ?, kind = ?, label = ?, target = ?, direction = ? "
                    "WHERE id = ?"_s,
                    values + QVariantList {b.id});
                !e.ok())
                return e;
        } else {
            if (Status e = sql::exec(q,
                    u"INSERT INTO benchmark (position, kind, label, target, direction, plan_id) "
                    "VALUES (?, ?, ?, ?, ?, ?)"_s,
                    values + QVariantList {plan.id});
                !e.ok())
                return e;
            b.id = q.lastInsertId().toLongLong();
        }
    }
    return {};
}

Status TrialPlanRepository::validateCheckIn(const CheckIn &c, const TrialPlan &plan) const
{
    if (!inRange(c.week, 1, plan.lengthWeeks))
        return makeError(ErrorCode::Invalid, tr("This plan runs from week 1 to week %1.").arg(plan.lengthWeeks));
    if (c.overall && !inRange(*c.overall, kRatingMin, kRatingMax))
        return makeError(
            ErrorCode::Invalid, tr("The overall rating goes from %1 to %2.").arg(kRatingMin).arg(kRatingMax));
    if (c.helped.size() > kMaxTextLength || c.hindered.size() > kMaxTextLength)
        return makeError(ErrorCode::Invalid, tr("Please keep each answer under %1 characters.").arg(kMaxTextLength));
    QSet<qint64> benchmarkIds;
    for (const Benchmark &b : plan.benchmarks)
        benchmarkIds.insert(b.id);
    for (auto it = c.ratings.cbegin(); it != c.ratings.cend(); ++it) {
        if (!benchmarkIds.contains(it.key()))
            return makeError(ErrorCode::Invalid, tr("A rating is for a benchmark that is not part of this plan."),
                u"benchmark %1 is not part of plan %2"_s.arg(it.key()).arg(plan.id));
        if (!inRange(it.value(), kRatingMin, kRatingMax))
            return makeError(ErrorCode::Invalid, tr("Each rating goes from %1 to %2.").arg(kRatingMin).arg(kRatingMax));
    }
    return {};
}

Status TrialPlanRepository::writeRatings(qint64 checkInId, const CheckIn &c)
{
    QSqlQuery q(m_db.connection());
    if (Status e = sql::exec(q, u"DELETE FROM checkin_rating WHERE checkin_id = ?"_s, {checkInId}); !e.ok())
        return e;
    for (auto it = c.ratings.cbegin(); it != c.ratings.cend(); ++it) {
        if (Status e = sql::exec(q, u"INSERT INTO checkin_rating (checkin_id, benchmark_id, rating) VALUES (?, ?, ?)"_s,
                {checkInId, it.key(), it.value()});
            !e.ok())
            return e;
    }
    return {};
}

Result<qint64> TrialPlanRepository::fileCheckIn(CheckIn &checkIn)
{
    const Result<TrialPlan> plan = get(checkIn.planId);
    if (!plan.ok())
        return plan.error();
    if (Status s = validateCheckIn(checkIn, *plan); !s.ok())
        return s.error();
    const QDateTime now = m_db.clock().now();
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e
            = sql::exec(q, u"SELECT 1 FROM checkin WHERE plan_id = ? AND week = ?"_s, {checkIn.planId, checkIn.week});
            !e.ok())
            return e;
        if (q.next())
            return makeError(ErrorCode::Conflict,
                tr("You have already checked in for week %1. You can open that check-in and change it.")
                    .arg(checkIn.week));
        if (Status e = sql::exec(q,
                u"INSERT INTO checkin (plan_id, week, filed_at, helped, hindered, overall) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {checkIn.planId, checkIn.week, sql::toDb(now), checkIn.helped.trimmed(), checkIn.hindered.trimmed(),
                    sql::toDbOrNull(checkIn.overall)});
            !e.ok())
            return e;
        id = q.lastInsertId().toLongLong();
        return writeRatings(id, checkIn);
    });
    if (!s.ok())
        return s.error();
    checkIn.id = id;
    checkIn.filedAt = now;
    checkIn.helped = checkIn.helped.trimmed();
    checkIn.hindered = checkIn.hindered.trimmed();
    return id;
}

Status TrialPlanRepository::updateCheckIn(const CheckIn &checkIn)
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, u"SELECT plan_id, week FROM checkin WHERE id = ?"_s, {checkIn.id}); !s.ok())
        return s;
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("This check-in no longer exists."));
    const Result<TrialPlan> plan = get(q.value(0).toLongLong());
    if (!plan.ok())
        return plan.error();
    CheckIn asFiled = checkIn;
    asFiled.week = q.value(1).toInt();
    if (Status s = validateCheckIn(asFiled, *plan); !s.ok())
        return s;
    return m_db.write([&]() -> Status {
        QSqlQuery w(m_db.connection());
        if (Status e = sql::exec(w, u"UPDATE checkin SET helped = ?, hindered = ?, overall = ? WHERE id = ?"_s,
                {checkIn.helped.trimmed(), checkIn.hindered.trimmed(), sql::toDbOrNull(checkIn.overall), checkIn.id});
            !e.ok())
            return e;
        return writeRatings(checkIn.id, checkIn);
    });
}

Result<QList<CheckIn>> TrialPlanRepository::queryCheckIns(qint64 planId, std::optional<int> week) const
{
    QSqlQuery q(m_db.connection());
    QString sqlText = u"SELECT id, plan_id, week, filed_at, helped, hindered, overall FROM checkin WHERE plan_id = ?"_s;
    QVariantList values {planId};
    if (week) {
        sqlText += u" AND week = ?"_s;
        values.append(*week);
    }
    if (Status s = sql::exec(q, sqlText + u" ORDER BY week"_s, values); !s.ok())
        return s.error();
    QList<CheckIn> result;
    while (q.next()) {
        CheckIn c;
        c.id = q.value(0).toLongLong();
        c.planId = q.value(1).toLongLong();
        c.week = q.value(2).toInt();
        c.filedAt = sql::dateTimeFromDb(q.value(3));
        c.helped = q.value(4).toString();
        c.hindered = q.value(5).toString();
        c.overall = sql::optionalIntFromDb(q.value(6));
        result.append(c);
    }
    if (Status s = readRatings(result); !s.ok())
        return s.error();
    return result;
}

Status TrialPlanRepository::readRatings(QList<CheckIn> &checkIns) const
{
    QSqlQuery q(m_db.connection());
    for (CheckIn &c : checkIns) {
        if (Status s = sql::exec(q, u"SELECT benchmark_id, rating FROM checkin_rating WHERE checkin_id = ?"_s, {c.id});
            !s.ok())
            return s;
        c.ratings.clear();
        while (q.next())
            c.ratings.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return {};
}

Result<std::optional<CheckIn>> TrialPlanRepository::checkIn(qint64 planId, int week) const
{
    Result<QList<CheckIn>> found = queryCheckIns(planId, week);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<CheckIn>();
    return std::optional<CheckIn>(found->first());
}

Result<QList<CheckIn>> TrialPlanRepository::checkIns(qint64 planId) const
{
    return queryCheckIns(planId, std::nullopt);
}

Result<qint64> TrialPlanRepository::fileReview(MonthlyReview &review)
{
    const Result<TrialPlan> plan = get(review.planId);
    if (!plan.ok())
        return plan.error();
    const int months = monthCount(*plan);
    if (!inRange(review.month, 1, months))
        return makeError(ErrorCode::Invalid, tr("This plan has room for reviews of month 1 to %1.").arg(months));
    if (review.patterns.size() > kMaxTextLength || review.progress.size() > kMaxTextLength
        || review.planChanges.size() > kMaxTextLength)
        return makeError(ErrorCode::Invalid, tr("Please keep each answer under %1 characters.").arg(kMaxTextLength));
    const QDateTime now = m_db.clock().now();
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(
                q, u"SELECT 1 FROM monthly_review WHERE plan_id = ? AND month = ?"_s, {review.planId, review.month});
            !e.ok())
            return e;
        if (q.next())
            return makeError(ErrorCode::Conflict,
                tr("There is already a review for month %1. You can open it and change it.").arg(review.month));
        if (Status e = sql::exec(q,
                u"INSERT INTO monthly_review (plan_id, month, filed_at, patterns, progress, plan_changes) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {review.planId, review.month, sql::toDb(now), review.patterns.trimmed(), review.progress.trimmed(),
                    review.planChanges.trimmed()});
            !e.ok())
            return e;
        id = q.lastInsertId().toLongLong();
        return {};
    });
    if (!s.ok())
        return s.error();
    review.id = id;
    review.filedAt = now;
    review.patterns = review.patterns.trimmed();
    review.progress = review.progress.trimmed();
    review.planChanges = review.planChanges.trimmed();
    return id;
}

Status TrialPlanRepository::updateReview(const MonthlyReview &review)
{
    if (review.patterns.size() > kMaxTextLength || review.progress.size() > kMaxTextLength
        || review.planChanges.size() > kMaxTextLength)
        return makeError(ErrorCode::Invalid, tr("Please keep each answer under %1 characters.").arg(kMaxTextLength));
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e
            = sql::exec(q, u"UPDATE monthly_review SET patterns = ?, progress = ?, plan_changes = ? WHERE id = ?"_s,
                {review.patterns.trimmed(), review.progress.trimmed(), review.planChanges.trimmed(), review.id});
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("This review no longer exists."));
        return {};
    });
}

Result<QList<MonthlyReview>> TrialPlanRepository::queryReviews(qint64 planId, std::optional<int> month) const
{
    QSqlQuery q(m_db.connection());
    QString sqlText = u"SELECT id, plan_id, month, filed_at, patterns, progress, plan_changes FROM monthly_review "
                      "WHERE plan_id = ?"_s;
    QVariantList values {planId};
    if (month) {
        sqlText += u" AND month = ?"_s;
        values.append(*month);
    }
    if (Status s = sql::exec(q, sqlText + u" ORDER BY month"_s, values); !s.ok())
        return s.error();
    QList<MonthlyReview> result;
    while (q.next()) {
        MonthlyReview r;
        r.id = q.value(0).toLongLong();
        r.planId = q.value(1).toLongLong();
        r.month = q.value(2).toInt();
        r.filedAt = sql::dateTimeFromDb(q.value(3));
        r.patterns = q.value(4).toString();
        r.progress = q.value(5).toString();
        r.planChanges = q.value(6).toString();
        result.append(r);
    }
    return result;
}

Result<std::optional<MonthlyReview>> TrialPlanRepository::review(qint64 planId, int month) const
{
    Result<QList<MonthlyReview>> found = queryReviews(planId, month);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return std::optional<MonthlyReview>();
    return std::optional<MonthlyReview>(found->first());
}

Result<QList<MonthlyReview>> TrialPlanRepository::reviews(qint64 planId) const
{
    return queryReviews(planId, std::nullopt);
}

} // namespace bearings
