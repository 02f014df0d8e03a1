#include "ExchangeSchema.h"

#include "assessment/Assessment.h"
#include "checkins/TrialPlan.h"
#include "journal/JournalEntry.h"
#include "journal/TagCatalog.h"
#include "logistics/LogisticsItem.h"
#include "relationships/Relationship.h"
#include "scripts/MessageScript.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings::exchange {

namespace {

template<typename Table> QStringList keys(const Table &table)
{
    QStringList result;
    for (const auto &[value, key] : table)
        result << QString::fromUtf16(key.data(), qsizetype(key.size()));
    return result;
}

FieldSpec make(const QString &key, const QString &column, FieldType type, bool nullable = false)
{
    FieldSpec f;
    f.key = key;
    f.column = column;
    f.type = type;
    f.nullable = nullable;
    return f;
}
FieldSpec ranged(FieldSpec f, double min, double max)
{
    f.min = min;
    f.max = max;
    return f;
}
constexpr double kMaxId = 9.0e15; // below 2^53: exact in a JSON number
FieldSpec id()
{
    return ranged(make(u"id"_s, u"id"_s, FieldType::Id), 1, kMaxId);
}
FieldSpec ref(const QString &key, const QString &column, const QString &target, bool nullable = false)
{
    FieldSpec f = ranged(make(key, column, FieldType::Id, nullable), 1, kMaxId);
    f.references = target;
    return f;
}
FieldSpec text(const QString &key, const QString &column, int maxLength = 20000, bool nullable = false)
{
    FieldSpec f = make(key, column, FieldType::Text, nullable);
    f.maxLength = maxLength;
    return f;
}
FieldSpec integer(const QString &key, const QString &column, double min, double max, bool nullable = false)
{
    return ranged(make(key, column, FieldType::Integer, nullable), min, max);
}
FieldSpec real(const QString &key, const QString &column, double min, double max)
{
    return ranged(make(key, column, FieldType::Real), min, max);
}
FieldSpec boolean(const QString &key, const QString &column)
{
    return make(key, column, FieldType::Boolean);
}
FieldSpec dateTime(const QString &key, const QString &column, bool nullable = false)
{
    return make(key, column, FieldType::DateTime, nullable);
}
FieldSpec date(const QString &key, const QString &column)
{
    return make(key, column, FieldType::Date);
}
FieldSpec enumeration(const QString &key, const QString &column, const QStringList &allowed, bool nullable = false)
{
    FieldSpec f = make(key, column, FieldType::Enum, nullable);
    f.allowed = allowed;
    return f;
}

QList<TableSpec> build()
{
    const QStringList ids {u"id"_s};
    return {
        {u"relationships"_s, u"relationship"_s,
            {id(), text(u"name"_s, u"name"_s, 200), enumeration(u"kind"_s, u"kind"_s, keys(kRelationshipKindKeys)),
                text(u"notes"_s, u"notes"_s), enumeration(u"strategy"_s, u"strategy"_s, keys(kStrategyKeys)),
                boolean(u"archived"_s, u"archived"_s), dateTime(u"createdAt"_s, u"created_at"_s)},
            ids},
        {u"strategyChanges"_s, u"strategy_change"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s),
                enumeration(u"strategy"_s, u"strategy"_s, keys(kStrategyKeys)),
                dateTime(u"changedAt"_s, u"changed_at"_s), text(u"reason"_s, u"reason"_s, 2000)},
            ids},
        {u"relationshipItems"_s, u"relationship_item"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s),
                enumeration(u"kind"_s, u"kind"_s, {u"non_negotiable"_s, u"value"_s}),
                integer(u"position"_s, u"position"_s, 0, 1e6), text(u"text"_s, u"text"_s, 2000)},
            ids},
        {u"assessments"_s, u"assessment"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s),
                dateTime(u"takenAt"_s, u"taken_at"_s),
                integer(u"questionnaireVersion"_s, u"questionnaire_version"_s, 1, 1e6),
                boolean(u"draft"_s, u"is_draft"_s),
                enumeration(u"suggestion"_s, u"suggestion"_s, keys(kSuggestionKeys), true)},
            ids},
        {u"assessmentAnswers"_s, u"assessment_answer"_s,
            {ref(u"assessmentId"_s, u"assessment_id"_s, u"assessments"_s), text(u"questionId"_s, u"question_id"_s, 100),
                integer(u"value"_s, u"value"_s, 0, 10)},
            {u"assessmentId"_s, u"questionId"_s}},
        {u"assessmentReflections"_s, u"assessment_reflection"_s,
            {ref(u"assessmentId"_s, u"assessment_id"_s, u"assessments"_s), text(u"trapId"_s, u"trap_id"_s, 100),
                text(u"text"_s, u"text"_s)},
            {u"assessmentId"_s, u"trapId"_s}},
        {u"boundaries"_s, u"boundary"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s),
                text(u"behaviour"_s, u"behaviour"_s, 2000), text(u"limit"_s, u"limit_text"_s, 2000),
                text(u"consequence"_s, u"consequence"_s, 2000), boolean(u"active"_s, u"active"_s),
                dateTime(u"createdAt"_s, u"created_at"_s), dateTime(u"retiredAt"_s, u"retired_at"_s, true)},
            ids},
        {u"breaches"_s, u"breach"_s,
            {id(), ref(u"boundaryId"_s, u"boundary_id"_s, u"boundaries"_s), dateTime(u"occurredAt"_s, u"occurred_at"_s),
                text(u"description"_s, u"description"_s),
                boolean(u"consequenceCarriedOut"_s, u"consequence_carried_out"_s)},
            ids},
        {u"userTags"_s, u"user_tag"_s,
            {text(u"id"_s, u"id"_s, 40), text(u"label"_s, u"label"_s, 100),
                enumeration(u"valence"_s, u"valence"_s, keys(kValenceKeys))},
            ids},
        {u"journalEntries"_s, u"journal_entry"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s),
                dateTime(u"occurredAt"_s, u"occurred_at"_s),
                enumeration(u"channel"_s, u"channel"_s, keys(kChannelKeys)),
                integer(u"moodBefore"_s, u"mood_before"_s, kMoodMin, kMoodMax, true),
                integer(u"moodDuring"_s, u"mood_during"_s, kMoodMin, kMoodMax, true),
                integer(u"moodAfter"_s, u"mood_after"_s, kMoodMin, kMoodMax, true), text(u"note"_s, u"note"_s),
                boolean(u"incident"_s, u"is_incident"_s),
                integer(u"severity"_s, u"severity"_s, kSeverityMin, kSeverityMax, true),
                text(u"present"_s, u"present"_s, 2000), text(u"evidence"_s, u"evidence"_s, 2000),
                dateTime(u"createdAt"_s, u"created_at"_s), dateTime(u"updatedAt"_s, u"updated_at"_s)},
            ids},
        {u"journalTags"_s, u"journal_tag"_s,
            {ref(u"entryId"_s, u"entry_id"_s, u"journalEntries"_s), text(u"tag"_s, u"tag"_s, 40)},
            {u"entryId"_s, u"tag"_s}},
        {u"trialPlans"_s, u"trial_plan"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s),
                enumeration(u"strategy"_s, u"strategy"_s, keys(kStrategyKeys)), date(u"startDate"_s, u"start_date"_s),
                integer(u"lengthWeeks"_s, u"length_weeks"_s, kTrialMinWeeks, kTrialMaxWeeks),
                text(u"myBehaviour"_s, u"my_behaviour"_s, 2000), text(u"theirBehaviour"_s, u"their_behaviour"_s, 2000),
                integer(u"checkInWeekday"_s, u"checkin_weekday"_s, 1, 7), dateTime(u"createdAt"_s, u"created_at"_s),
                dateTime(u"endedAt"_s, u"ended_at"_s, true)},
            ids},
        {u"benchmarks"_s, u"benchmark"_s,
            {id(), ref(u"planId"_s, u"plan_id"_s, u"trialPlans"_s), integer(u"position"_s, u"position"_s, 0, 1000),
                enumeration(u"kind"_s, u"kind"_s, keys(kBenchmarkKindKeys)), text(u"label"_s, u"label"_s, 200),
                real(u"target"_s, u"target"_s, -1000, 1000),
                enumeration(u"direction"_s, u"direction"_s, keys(kTargetDirectionKeys))},
            ids},
        {u"checkIns"_s, u"checkin"_s,
            {id(), ref(u"planId"_s, u"plan_id"_s, u"trialPlans"_s), integer(u"week"_s, u"week"_s, 1, kTrialMaxWeeks),
                dateTime(u"filedAt"_s, u"filed_at"_s), text(u"helped"_s, u"helped"_s),
                text(u"hindered"_s, u"hindered"_s), integer(u"overall"_s, u"overall"_s, kRatingMin, kRatingMax, true)},
            ids},
        {u"checkInRatings"_s, u"checkin_rating"_s,
            {ref(u"checkInId"_s, u"checkin_id"_s, u"checkIns"_s),
                ref(u"benchmarkId"_s, u"benchmark_id"_s, u"benchmarks"_s),
                integer(u"rating"_s, u"rating"_s, kRatingMin, kRatingMax)},
            {u"checkInId"_s, u"benchmarkId"_s}},
        {u"monthlyReviews"_s, u"monthly_review"_s,
            {id(), ref(u"planId"_s, u"plan_id"_s, u"trialPlans"_s), integer(u"month"_s, u"month"_s, 1, 7),
                dateTime(u"filedAt"_s, u"filed_at"_s), text(u"patterns"_s, u"patterns"_s),
                text(u"progress"_s, u"progress"_s), text(u"planChanges"_s, u"plan_changes"_s)},
            ids},
        {u"messageScripts"_s, u"message_script"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s, true),
                text(u"title"_s, u"title"_s, 200), enumeration(u"kind"_s, u"kind"_s, keys(kScriptKindKeys)),
                text(u"body"_s, u"body"_s), dateTime(u"createdAt"_s, u"created_at"_s),
                dateTime(u"updatedAt"_s, u"updated_at"_s)},
            ids},
        {u"safetyPlans"_s, u"safety_plan"_s,
            {integer(u"id"_s, u"id"_s, 1, 1), text(u"document"_s, u"document"_s, 1'000'000),
                dateTime(u"updatedAt"_s, u"updated_at"_s)},
            ids},
        {u"logisticsItems"_s, u"logistics_item"_s,
            {id(), ref(u"relationshipId"_s, u"relationship_id"_s, u"relationships"_s),
                enumeration(u"category"_s, u"category"_s, keys(kLogisticsCategoryKeys)),
                integer(u"position"_s, u"position"_s, 0, 1e6), text(u"text"_s, u"text"_s, 2000),
                boolean(u"done"_s, u"done"_s), dateTime(u"doneAt"_s, u"done_at"_s, true)},
            ids},
    };
}

} // namespace

const QList<TableSpec> &tables()
{
    static const QList<TableSpec> specs = build();
    return specs;
}

const TableSpec *table(const QString &key)
{
    for (const TableSpec &t : tables()) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

} // namespace bearings::exchange
