#include "demo/DemoGenerator.h"
#include "TestDatabase.h"

#include "analytics/TrialProgress.h"
#include "assessment/AssessmentRepository.h"
#include "boundaries/BoundaryRepository.h"
#include "boundaries/BoundaryStats.h"
#include "checkins/TrialPlanRepository.h"
#include "exchange/JsonExchange.h"
#include "journal/JournalRepository.h"
#include "logistics/LogisticsRepository.h"
#include "relationships/RelationshipRepository.h"
#include "safetyplan/SafetyPlanRepository.h"
#include "scripts/MessageScriptRepository.h"

#include <algorithm>

using namespace bearings;
using namespace bearings::exchange;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kEnd(2026, 3, 1);
const QDateTime kExportedAt(QDate(2026, 3, 2), QTime(12, 0));

DemoOptions story(quint64 seed = 1)
{
    DemoOptions options;
    options.seed = seed;
    options.endDate = kEnd;
    return options;
}

qint64 countOf(const RecordCounts &counts, const QString &key)
{
    for (const auto &[k, n] : counts) {
        if (k == key)
            return n;
    }
    ADD_FAILURE() << "no count for " << key.toStdString();
    return -1;
}

class DemoGeneratorTest : public DatabaseTest {
protected:
    // A second, empty vault whose clock reads a different time, to show the
    // demo does not depend on the vault's clock.
    std::unique_ptr<Database> otherDatabase()
    {
        auto opened = Database::openNew(otherClock);
        EXPECT_TRUE(opened.ok());
        return opened.ok() ? std::move(opened).value() : nullptr;
    }

    QByteArray exported(const Database &database) const
    {
        auto json = JsonExchange::exportJson(database, kExportedAt);
        EXPECT_TRUE(json.ok());
        return json.ok() ? json.value() : QByteArray();
    }

    QList<Relationship> relationships() const
    {
        auto list = RelationshipRepository(*db).list(true);
        EXPECT_TRUE(list.ok());
        return list.ok() ? list.value() : QList<Relationship>();
    }

    ManualClock otherClock {QDateTime(QDate(2031, 7, 15), QTime(3, 33))};
};

} // namespace

TEST_F(DemoGeneratorTest, SameSeedGivesAnIdenticalVault)
{
    auto first = DemoGenerator::generate(*db, story());
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    auto other = otherDatabase();
    ASSERT_TRUE(other);
    auto second = DemoGenerator::generate(*other, story());
    ASSERT_TRUE(second.ok());

    EXPECT_EQ(first.value(), second.value());
    const QByteArray a = exported(*db);
    EXPECT_FALSE(a.isEmpty());
    EXPECT_EQ(a, exported(*other));
}

TEST_F(DemoGeneratorTest, AnotherSeedGivesADifferentVault)
{
    ASSERT_TRUE(DemoGenerator::generate(*db, story(1)).ok());
    auto other = otherDatabase();
    ASSERT_TRUE(other);
    ASSERT_TRUE(DemoGenerator::generate(*other, story(2)).ok());
    EXPECT_NE(exported(*db), exported(*other));
}

TEST_F(DemoGeneratorTest, StoryCountsMatchTheSummaryAndTheDatabase)
{
    auto generated = DemoGenerator::generate(*db, story());
    ASSERT_TRUE(generated.ok()) << generated.error().detail.toStdString();
    const DemoSummary &s = generated.value();

    // Two people over twelve weeks: five entries a week with the partner, two
    // with the parent; two boundaries crossed about once a week in all.
    EXPECT_EQ(s.relationships, 2);
    EXPECT_EQ(s.journalEntries, 12 * 5 + 12 * 2);
    EXPECT_EQ(s.incidents, 3);
    EXPECT_EQ(s.boundaries, 5);
    EXPECT_EQ(s.breaches, 11);
    EXPECT_EQ(s.assessments, 3);
    EXPECT_EQ(s.checkIns, 8);
    EXPECT_EQ(s.reviews, 2);
    EXPECT_EQ(s.scripts, 8);

    auto counts = JsonExchange::countRecords(*db);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(countOf(*counts, u"relationships"_s), s.relationships);
    EXPECT_EQ(countOf(*counts, u"journalEntries"_s), s.journalEntries);
    EXPECT_EQ(countOf(*counts, u"boundaries"_s), s.boundaries);
    EXPECT_EQ(countOf(*counts, u"breaches"_s), s.breaches);
    EXPECT_EQ(countOf(*counts, u"assessments"_s), s.assessments);
    EXPECT_EQ(countOf(*counts, u"checkIns"_s), s.checkIns);
    EXPECT_EQ(countOf(*counts, u"monthlyReviews"_s), s.reviews);
    EXPECT_EQ(countOf(*counts, u"messageScripts"_s), s.scripts);
    EXPECT_EQ(countOf(*counts, u"trialPlans"_s), 1);
    EXPECT_EQ(countOf(*counts, u"benchmarks"_s), 4);
    EXPECT_EQ(countOf(*counts, u"safetyPlans"_s), 1);
    EXPECT_EQ(countOf(*counts, u"userTags"_s), 1);

    JournalFilter incidents;
    incidents.incidentsOnly = true;
    auto incidentCount = JournalRepository(*db).count(incidents);
    ASSERT_TRUE(incidentCount.ok());
    EXPECT_EQ(incidentCount.value(), s.incidents);
}

TEST_F(DemoGeneratorTest, StoryHasWhatTheUiNeeds)
{
    ASSERT_TRUE(DemoGenerator::generate(*db, story()).ok());
    const QList<Relationship> people = relationships();
    ASSERT_EQ(people.size(), 2);
    const Relationship &partner = people.at(0);
    const Relationship &parent = people.at(1);
    EXPECT_EQ(partner.name, u"Alex"_s);
    EXPECT_EQ(partner.kind, RelationshipKind::Partner);
    EXPECT_EQ(partner.strategy, Strategy::Repair);
    EXPECT_EQ(parent.kind, RelationshipKind::Family);
    EXPECT_EQ(parent.strategy, Strategy::Limit);
    EXPECT_FALSE(partner.nonNegotiables.isEmpty());
    auto history = RelationshipRepository(*db).strategyHistory(partner.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).strategy, Strategy::Undecided);
    EXPECT_EQ(history->at(1).changedAt.date(), kEnd.addDays(-83 + 14));

    // A running 12-week trial that began after two weeks of journaling, with
    // one check-in overdue and two monthly reviews.
    TrialPlanRepository plans(*db);
    auto active = plans.activePlan(partner.id);
    ASSERT_TRUE(active.ok());
    ASSERT_TRUE(active->has_value());
    const TrialPlan plan = **active;
    EXPECT_EQ(plan.lengthWeeks, 12);
    EXPECT_EQ(plan.startDate, kEnd.addDays(-83 + 14));
    ASSERT_EQ(plan.benchmarks.size(), 4);
    EXPECT_EQ(plan.benchmarks.at(0).kind, BenchmarkKind::PositiveNegativeRatio);
    EXPECT_EQ(plan.benchmarks.at(0).target, 5.0);
    EXPECT_EQ(plan.benchmarks.at(3).kind, BenchmarkKind::SelfRated);
    auto checkIns = plans.checkIns(plan.id);
    ASSERT_TRUE(checkIns.ok());
    const TrialProgressReport progress = TrialProgress::compute(plan, *checkIns, kEnd);
    EXPECT_EQ(progress.phase, TrialPhase::Running);
    EXPECT_FALSE(progress.overdueWeeks.isEmpty());
    EXPECT_GE(progress.checkInsDone, 6);
    for (const CheckIn &c : *checkIns) {
        EXPECT_TRUE(c.ratings.contains(plan.benchmarks.at(3).id));
        EXPECT_LE(c.filedAt.date(), kEnd);
        EXPECT_GE(c.filedAt.date(), plan.startDate);
    }
    auto reviews = plans.reviews(plan.id);
    ASSERT_TRUE(reviews.ok());
    EXPECT_EQ(reviews->size(), 2);

    // Incidents with a factual record; a user tag in use; dates in the story.
    JournalRepository journal(*db);
    auto entries = journal.list();
    ASSERT_TRUE(entries.ok());
    int incidents = 0;
    bool positive = false;
    bool horsemen = false;
    for (const JournalEntry &e : *entries) {
        EXPECT_GE(e.occurredAt.date(), kEnd.addDays(-83));
        EXPECT_LE(e.occurredAt.date(), kEnd);
        EXPECT_GE(e.createdAt, e.occurredAt);
        if (e.incident) {
            ++incidents;
            EXPECT_TRUE(e.severity.has_value());
            EXPECT_FALSE(e.present.isEmpty());
            EXPECT_FALSE(e.evidence.isEmpty());
        }
        for (const QString &tag : e.tags) {
            const auto info = TagCatalog::find(tag);
            positive = positive || (info && info->group == TagGroup::Positive);
            horsemen = horsemen || (info && info->group == TagGroup::Horsemen);
        }
    }
    EXPECT_GE(incidents, 2);
    EXPECT_TRUE(positive);
    EXPECT_TRUE(horsemen);
    auto userTags = journal.userTags();
    ASSERT_TRUE(userTags.ok());
    ASSERT_FALSE(userTags->isEmpty());
    JournalFilter tagged;
    tagged.tag = userTags->first().id;
    auto taggedCount = journal.count(tagged);
    ASSERT_TRUE(taggedCount.ok());
    EXPECT_GT(taggedCount.value(), 0);

    // Boundaries with breaches, most of them followed through.
    BoundaryRepository boundaries(*db);
    for (const Relationship &r : people) {
        auto list = boundaries.list(r.id);
        ASSERT_TRUE(list.ok());
        EXPECT_GE(list->size(), 2);
        EXPECT_LE(list->size(), 3);
    }
    QList<Breach> allBreaches;
    for (const Relationship &r : people)
        allBreaches += boundaries.breachesForRelationship(r.id).value();
    const auto rate = BoundaryStats::followThroughRate(allBreaches);
    ASSERT_TRUE(rate.has_value());
    EXPECT_NEAR(*rate, 0.7, 0.1);

    // The parent's logistics checklist, partly done.
    auto items = LogisticsRepository(*db).list(parent.id);
    ASSERT_TRUE(items.ok());
    ASSERT_FALSE(items->isEmpty());
    EXPECT_TRUE(std::any_of(items->cbegin(), items->cend(), [](const LogisticsItem &i) { return i.done; }));
    EXPECT_TRUE(std::any_of(items->cbegin(), items->cend(), [](const LogisticsItem &i) { return !i.done; }));

    // Drafts with placeholders, of several kinds.
    auto scripts = MessageScriptRepository(*db).list();
    ASSERT_TRUE(scripts.ok());
    QSet<ScriptKind> kinds;
    for (const MessageScript &s : *scripts) {
        EXPECT_TRUE(s.body.contains(u'[') && s.body.contains(u']')) << s.title.toStdString();
        kinds.insert(s.kind);
    }
    EXPECT_GE(kinds.size(), 6);

    // A filled safety plan that keeps the hotline.
    auto plan2 = SafetyPlanRepository(*db).load();
    ASSERT_TRUE(plan2.ok());
    const SafetyPlan &safety = plan2.value();
    EXPECT_TRUE(safety.updatedAt.isValid());
    EXPECT_TRUE(std::any_of(safety.hotlines.cbegin(), safety.hotlines.cend(),
        [](const Hotline &h) { return h.phone == u"1-800-799-7233"_s; }));
    ASSERT_GE(safety.contacts.size(), 2);
    EXPECT_LE(safety.contacts.size(), 3);
    for (const TrustedContact &c : safety.contacts)
        EXPECT_TRUE(c.phone.contains(u"555-01"_s)) << c.phone.toStdString();
    EXPECT_FALSE(safety.safePlaces.isEmpty());
    EXPECT_FALSE(safety.codeWord.isEmpty());
    EXPECT_FALSE(safety.ifTheyShowUp.isEmpty());
    EXPECT_FALSE(safety.exitSteps.isEmpty());
    const auto done = std::count_if(
        safety.essentials.cbegin(), safety.essentials.cend(), [](const ChecklistItem &i) { return i.done; });
    EXPECT_GT(done, 0);
    EXPECT_LT(done, safety.essentials.size());
}

TEST_F(DemoGeneratorTest, NoAssessmentSuggestsSafetyFirst)
{
    ASSERT_TRUE(DemoGenerator::generate(*db, story()).ok());
    AssessmentRepository assessments(*db);
    const QList<Relationship> people = relationships();
    ASSERT_EQ(people.size(), 2);
    auto partner = assessments.list(people.at(0).id);
    ASSERT_TRUE(partner.ok());
    ASSERT_EQ(partner->size(), 2);
    EXPECT_LT(partner->at(0).takenAt, partner->at(1).takenAt);
    for (const Assessment &a : *partner) {
        ASSERT_TRUE(a.suggestion.has_value());
        EXPECT_TRUE(*a.suggestion == Suggestion::Repair || *a.suggestion == Suggestion::Limit);
    }
    EXPECT_FALSE(partner->at(0).reflections.isEmpty());
    auto parent = assessments.list(people.at(1).id);
    ASSERT_TRUE(parent.ok());
    ASSERT_EQ(parent->size(), 1);
    EXPECT_EQ(parent->at(0).suggestion, Suggestion::Limit);

    auto other = otherDatabase();
    ASSERT_TRUE(other);
    DemoOptions year = story();
    year.years = 1;
    ASSERT_TRUE(DemoGenerator::generate(*other, year).ok());
    AssessmentRepository yearAssessments(*other);
    auto yearPeople = RelationshipRepository(*other).list(true);
    ASSERT_TRUE(yearPeople.ok());
    for (const Relationship &r : *yearPeople) {
        auto list = yearAssessments.list(r.id);
        ASSERT_TRUE(list.ok());
        EXPECT_GE(list->size(), 4) << "one a quarter";
        for (const Assessment &a : *list) {
            ASSERT_TRUE(a.suggestion.has_value());
            EXPECT_NE(*a.suggestion, Suggestion::SafetyFirst);
            EXPECT_NE(*a.suggestion, Suggestion::Cut);
        }
    }
}

TEST_F(DemoGeneratorTest, OneYearHistoryHasThreeRelationshipsAndDailyEntries)
{
    DemoOptions options = story();
    options.years = 1;
    auto generated = DemoGenerator::generate(*db, options);
    ASSERT_TRUE(generated.ok()) << generated.error().detail.toStdString();
    const DemoSummary &s = generated.value();
    EXPECT_EQ(s.relationships, 3);
    EXPECT_NEAR(s.journalEntries, 7 * 52 * 3, 7 * 3);
    EXPECT_EQ(s.breaches, 100);
    EXPECT_EQ(s.scripts, 20);
    EXPECT_GT(s.incidents, 0);

    auto counts = JsonExchange::countRecords(*db);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(countOf(*counts, u"journalEntries"_s), s.journalEntries);
    EXPECT_EQ(countOf(*counts, u"checkIns"_s), s.checkIns);

    // Back-to-back 12-week trials with the partner, the last one running.
    const QList<Relationship> people = relationships();
    ASSERT_EQ(people.size(), 3);
    TrialPlanRepository plans(*db);
    auto list = plans.list(people.at(0).id);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 5);
    for (int i = 0; i + 1 < list->size(); ++i) {
        EXPECT_TRUE(list->at(i).endedAt.isValid());
        EXPECT_EQ(list->at(i).endDate().addDays(1), list->at(i + 1).startDate);
    }
    EXPECT_FALSE(list->last().endedAt.isValid());
    auto active = plans.activePlan(people.at(0).id);
    ASSERT_TRUE(active.ok());
    EXPECT_TRUE(active->has_value());
    EXPECT_GT(s.checkIns, 40);
}

TEST_F(DemoGeneratorTest, VaultRoundTripsThroughJsonExchange)
{
    ASSERT_TRUE(DemoGenerator::generate(*db, story()).ok());
    const QByteArray json = exported(*db);
    auto other = otherDatabase();
    ASSERT_TRUE(other);
    auto imported = JsonExchange::importJson(*other, json, ImportMode::IntoEmpty);
    ASSERT_TRUE(imported.ok()) << imported.error().detail.toStdString();
    auto before = JsonExchange::countRecords(*db);
    auto after = JsonExchange::countRecords(*other);
    ASSERT_TRUE(before.ok());
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(before.value(), after.value());
    EXPECT_EQ(imported.value(), before.value());
    EXPECT_EQ(exported(*other), json);

    // And through a save and unlock.
    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    EXPECT_EQ(exported(*reloaded), json);
}

TEST_F(DemoGeneratorTest, RefusesAVaultThatHoldsRecords)
{
    ASSERT_TRUE(DemoGenerator::generate(*db, story()).ok());
    const QByteArray before = exported(*db);
    auto again = DemoGenerator::generate(*db, story(5));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Conflict);
    EXPECT_EQ(exported(*db), before);
}

TEST_F(DemoGeneratorTest, RefusesOptionsOutOfRange)
{
    QList<DemoOptions> bad;
    bad << DemoOptions {};
    for (auto change : std::initializer_list<void (*)(DemoOptions &)> {
             [](DemoOptions &o) { o.weeks = 0; },
             [](DemoOptions &o) { o.years = -1; },
             [](DemoOptions &o) { o.relationships = 6; },
             [](DemoOptions &o) { o.entriesPerWeek = -3; },
             [](DemoOptions &o) { o.scripts = DemoGenerator::kMaxScripts + 1; },
             [](DemoOptions &o) { o.breaches = -1; },
         }) {
        DemoOptions o = story();
        change(o);
        bad << o;
    }
    for (const DemoOptions &o : bad) {
        auto result = DemoGenerator::generate(*db, o);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::Invalid);
        EXPECT_FALSE(result.error().message.isEmpty());
    }
    auto counts = JsonExchange::countRecords(*db);
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(countOf(*counts, u"relationships"_s), 0);
}

TEST_F(DemoGeneratorTest, SmallOptionsStillMakeAValidVault)
{
    DemoOptions options = story(9);
    options.weeks = 1;
    options.relationships = 5;
    options.entriesPerWeek = 20;
    options.scripts = 30;
    options.breaches = 3;
    auto generated = DemoGenerator::generate(*db, options);
    ASSERT_TRUE(generated.ok()) << generated.error().detail.toStdString();
    EXPECT_EQ(generated->relationships, 5);
    EXPECT_EQ(generated->scripts, 30);
    EXPECT_EQ(generated->journalEntries, 20 + 4 * 8);
}

TEST(DemoGeneratorPresetTest, PresetsDescribeTheHeavyAndStressRuns)
{
    const DemoOptions heavy = DemoGenerator::tenYearsHeavy(kEnd);
    EXPECT_EQ(heavy.years, 10);
    EXPECT_EQ(heavy.relationships, 3);
    EXPECT_EQ(heavy.entriesPerWeek, 7);
    EXPECT_EQ(heavy.breaches, 1000);
    EXPECT_EQ(heavy.scripts, 200);
    EXPECT_EQ(heavy.endDate, kEnd);

    const DemoOptions stress = DemoGenerator::stress(kEnd);
    EXPECT_EQ(stress.relationships, 3);
    const double days = double(kEnd.addYears(-stress.years).daysTo(kEnd));
    const double entries = stress.relationships * stress.entriesPerWeek * days / 7.0;
    EXPECT_NEAR(entries, 100000.0, 1000.0);
    EXPECT_LE(stress.scripts, 20);
    EXPECT_LE(stress.breaches, 100);
}
