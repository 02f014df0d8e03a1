#include "TrialEvaluation.h"

#include "analytics/TrialProgress.h"
#include "analytics/WeekRange.h"

#include <QLocale>

#include <algorithm>

namespace bearings {

namespace {

constexpr int kWindowWeeks = 4;
constexpr int kMinWeeksElapsed = 2;

QString measuredText(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString targetText(double target)
{
    return QLocale().toString(target, 'g', 3);
}

QString defaultLabel(BenchmarkKind kind)
{
    switch (kind) {
    case BenchmarkKind::PositiveNegativeRatio: return TrialEvaluation::tr("Positive to hurtful moments");
    case BenchmarkKind::BreachesPerWeek: return TrialEvaluation::tr("Boundary crossings a week");
    case BenchmarkKind::AfterMood: return TrialEvaluation::tr("Mood after contact");
    case BenchmarkKind::SelfRated: return TrialEvaluation::tr("Your own rating");
    }
    return {};
}

QString targetSentence(const Benchmark &benchmark, bool met)
{
    const QString target = targetText(benchmark.target);
    if (benchmark.direction == TargetDirection::AtLeast) {
        return met ? TrialEvaluation::tr("That meets the goal you set: at least %1.").arg(target)
                   : TrialEvaluation::tr("The goal you set was at least %1.").arg(target);
    }
    return met ? TrialEvaluation::tr("That meets the goal you set: at most %1.").arg(target)
               : TrialEvaluation::tr("The goal you set was at most %1.").arg(target);
}

QString nothingYet(int weeks)
{
    if (weeks <= 0)
        return TrialEvaluation::tr("Nothing has been recorded for this yet.");
    return TrialEvaluation::tr("Nothing has been recorded for this in the last %n week(s).", nullptr, weeks);
}

// The weeks that overlap the plan and are over by `today`, oldest first.
// Once the plan itself is over its last week counts even if that ISO week
// runs on. A week still under way is left out: a Monday is not a week.
QList<WeeklyStats> completedPlanWeeks(
    const QList<WeeklyStats> &weekly, const QDate &planStart, const QDate &planLastDay, const QDate &today)
{
    QList<WeeklyStats> weeks;
    for (const WeeklyStats &week : weekly) {
        const bool overlapsPlan = week.lastDay() >= planStart && week.weekStart <= planLastDay;
        const bool over = week.lastDay() <= today || planLastDay < today;
        if (overlapsPlan && over)
            weeks.append(week);
    }
    std::sort(weeks.begin(), weeks.end(),
        [](const WeeklyStats &a, const WeeklyStats &b) { return a.weekStart < b.weekStart; });
    return weeks;
}

// The check-ins of the plan's weeks, latest week first, one per week.
QList<CheckIn> latestCheckIns(const QList<CheckIn> &checkIns, int lengthWeeks, int count)
{
    QList<CheckIn> sorted;
    for (const CheckIn &checkIn : checkIns) {
        if (checkIn.week >= 1 && checkIn.week <= lengthWeeks)
            sorted.append(checkIn);
    }
    std::sort(sorted.begin(), sorted.end(),
        [](const CheckIn &a, const CheckIn &b) { return a.week != b.week ? a.week > b.week : a.filedAt > b.filedAt; });
    QList<CheckIn> latest;
    for (const CheckIn &checkIn : sorted) {
        if (latest.size() >= count)
            break;
        if (latest.isEmpty() || latest.constLast().week != checkIn.week)
            latest.append(checkIn);
    }
    return latest;
}

QString ratioSentence(int weeks, double ratio)
{
    return TrialEvaluation::tr(
        "Over the last %n week(s) there were %1 positive moments for every hurtful one.", nullptr, weeks)
        .arg(measuredText(ratio));
}

QString noNegativesSentence(int weeks, int positives)
{
    return TrialEvaluation::tr(
        "Over the last %n week(s) there were %1 positive moments and no hurtful ones recorded.", nullptr, weeks)
        .arg(positives);
}

QString breachSentence(int weeks, double perWeek)
{
    return TrialEvaluation::tr(
        "Over the last %n week(s) a boundary was crossed %1 times a week on average.", nullptr, weeks)
        .arg(measuredText(perWeek));
}

QString afterMoodSentence(int weeks, double mood)
{
    return TrialEvaluation::tr(
        "Over the last %n week(s) you felt %1 after contact on average, on a scale from -5 to +5.", nullptr, weeks)
        .arg(measuredText(mood));
}

QString selfRatedSentence(int checkIns, const QString &label, double rating)
{
    return TrialEvaluation::tr("In your last %n check-in(s) you rated “%1” %2 out of 10 on average.", nullptr, checkIns)
        .arg(label, measuredText(rating));
}

QString notRatedSentence(const QString &label)
{
    return TrialEvaluation::tr("You have not rated “%1” in a check-in yet.").arg(label);
}

// Sets `met` from the value and appends how it compares with the target.
void compare(TrialReason &reason, const Benchmark &benchmark)
{
    if (reason.value)
        reason.met = benchmark.met(*reason.value);
    reason.sentence += u' ' + targetSentence(benchmark, reason.met);
}

TrialReason measure(const Benchmark &benchmark, const QList<WeeklyStats> &window, const QList<CheckIn> &lastCheckIns)
{
    TrialReason reason;
    reason.benchmarkId = benchmark.id;
    reason.kind = benchmark.kind;
    reason.label = benchmark.label.isEmpty() ? defaultLabel(benchmark.kind) : benchmark.label;
    reason.target = benchmark.target;
    reason.direction = benchmark.direction;
    const int weeks = int(window.size());

    switch (benchmark.kind) {
    case BenchmarkKind::PositiveNegativeRatio: {
        int positives = 0;
        int negatives = 0;
        for (const WeeklyStats &week : window) {
            positives += week.positiveCount;
            negatives += week.negativeCount;
        }
        if (negatives > 0) {
            reason.value = double(positives) / negatives;
            reason.sentence = ratioSentence(weeks, *reason.value);
        } else if (positives > 0) {
            // No negatives: the ratio is unbounded, so it meets any floor and
            // no ceiling.
            reason.met = benchmark.direction == TargetDirection::AtLeast;
            reason.sentence = noNegativesSentence(weeks, positives);
        }
        reason.hasData = positives > 0 || negatives > 0;
        break;
    }
    case BenchmarkKind::BreachesPerWeek: {
        int breaches = 0;
        bool recorded = false;
        for (const WeeklyStats &week : window) {
            breaches += week.breachCount;
            recorded = recorded || week.hasData();
        }
        // Zero breaches is a measurement only if something was recorded at
        // all; an empty journal is not a calm month.
        reason.hasData = recorded;
        if (recorded) {
            reason.value = double(breaches) / weeks;
            reason.sentence = breachSentence(weeks, *reason.value);
        }
        break;
    }
    case BenchmarkKind::AfterMood: {
        double sum = 0.0;
        int count = 0;
        for (const WeeklyStats &week : window) {
            if (week.moodAfter) {
                sum += *week.moodAfter * week.moodAfterCount;
                count += week.moodAfterCount;
            }
        }
        reason.hasData = count > 0;
        if (count > 0) {
            reason.value = sum / count;
            reason.sentence = afterMoodSentence(weeks, *reason.value);
        }
        break;
    }
    case BenchmarkKind::SelfRated: {
        double sum = 0.0;
        int count = 0;
        for (const CheckIn &checkIn : lastCheckIns) {
            const auto rating = checkIn.ratings.constFind(benchmark.id);
            if (rating != checkIn.ratings.cend()) {
                sum += *rating;
                ++count;
            }
        }
        reason.hasData = count > 0;
        if (count > 0) {
            reason.value = sum / count;
            reason.sentence = selfRatedSentence(count, reason.label, *reason.value);
        } else {
            reason.sentence = notRatedSentence(reason.label);
        }
        break;
    }
    }

    if (reason.hasData)
        compare(reason, benchmark);
    else if (reason.sentence.isEmpty())
        reason.sentence = nothingYet(weeks);
    return reason;
}

} // namespace

TrialEvaluationResult TrialEvaluation::evaluate(const TrialPlan &plan, const QList<CheckIn> &checkIns,
    const QList<WeeklyStats> &weekly, const std::optional<Suggestion> &latestSuggestion, const QDate &today)
{
    TrialEvaluationResult result;
    const TrialProgressReport progress = TrialProgress::compute(plan, checkIns, today);
    result.weeksElapsed = progress.weeksElapsed;

    QDate lastDay = plan.endDate();
    if (plan.endedAt.isValid())
        lastDay = std::min(lastDay, localDate(plan.endedAt));
    const QList<WeeklyStats> weeks = completedPlanWeeks(weekly, plan.startDate, lastDay, today);
    const QList<WeeklyStats> window = weeks.mid(std::max<qsizetype>(0, weeks.size() - kWindowWeeks));
    const QList<CheckIn> lastCheckIns = latestCheckIns(checkIns, plan.lengthWeeks, kWindowWeeks);
    result.weeksMeasured = int(window.size());
    result.afterMoodTrend = Trend::fit(Trend::afterMoodSeries(weeks), TrendDirection::HigherIsBetter);

    int measured = 0;
    int met = 0;
    for (const Benchmark &benchmark : plan.benchmarks) {
        TrialReason reason = measure(benchmark, window, lastCheckIns);
        measured += reason.hasData ? 1 : 0;
        met += reason.met ? 1 : 0;
        result.reasons.append(std::move(reason));
    }
    const bool recorded = !lastCheckIns.isEmpty()
        || std::any_of(weeks.cbegin(), weeks.cend(), [](const WeeklyStats &w) { return w.hasData(); });

    // Safety overrides everything: no measurement may read as "on track"
    // while the latest assessment points to danger.
    if (latestSuggestion == Suggestion::SafetyFirst) {
        result.verdict = TrialVerdict::SafetyFirst;
        result.summary = tr("Your most recent assessment pointed to safety first. These numbers cannot show whether "
                            "you are safe, so they are not used to judge how this plan is going.");
    } else if (plan.benchmarks.isEmpty()) {
        result.verdict = TrialVerdict::TooEarly;
        result.summary = tr("This plan has no benchmarks yet, so there is nothing to compare against.");
    } else if (progress.weeksElapsed < kMinWeeksElapsed || !recorded || measured == 0) {
        result.verdict = TrialVerdict::TooEarly;
        result.summary = tr("It is too early to tell. A fair picture needs at least two weeks of the plan and some "
                            "entries or check-ins.");
    } else if (met == int(plan.benchmarks.size())) {
        result.verdict = TrialVerdict::OnTrack;
        result.summary = tr("All the benchmarks you set are met at the moment.");
    } else if (met == 0 && result.afterMoodTrend.verdict != TrendVerdict::Improving) {
        result.verdict = TrialVerdict::NotImproving;
        result.summary = tr("None of the benchmarks are met at the moment, and how you feel after contact is not "
                            "clearly getting better. What you make of that is yours to decide.");
    } else {
        result.verdict = TrialVerdict::Mixed;
        result.summary = tr("Some benchmarks are met and some are not yet. The direction over several weeks says "
                            "more than any single week.");
    }
    return result;
}

QString TrialEvaluation::verdictLabel(TrialVerdict verdict)
{
    switch (verdict) {
    case TrialVerdict::OnTrack: return tr("On track");
    case TrialVerdict::Mixed: return tr("Mixed");
    case TrialVerdict::NotImproving: return tr("Not improving");
    case TrialVerdict::TooEarly: return tr("Too early to tell");
    case TrialVerdict::SafetyFirst: return tr("Safety first");
    }
    return {};
}

} // namespace bearings
