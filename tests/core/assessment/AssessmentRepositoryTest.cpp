#include "assessment/AssessmentRepository.h"
#include "TestDatabase.h"
#include "assessment/Questionnaire.h"
#include "relationships/RelationshipRepository.h"

#include <QSqlQuery>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

class AssessmentRepositoryTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        auto loaded = Questionnaire::load();
        ASSERT_TRUE(loaded.ok());
        questionnaire = loaded.value();
        relationshipId = addRelationship(u"Sam"_s);
        otherRelationshipId = addRelationship(u"Alex"_s);
    }

    qint64 addRelationship(const QString &name)
    {
        Relationship r;
        r.name = name;
        r.kind = RelationshipKind::Partner;
        // Not left null: RelationshipRepository binds a null QString as NULL,
        // which the NOT NULL notes column refuses.
        r.notes = u"Notes."_s;
        auto id = RelationshipRepository(*db).add(r);
        EXPECT_TRUE(id.ok()) << (id.ok() ? std::string()
                                         : QString(id.error().message + u" "_s + id.error().detail).toStdString());
        return id.ok() ? id.value() : 0;
    }

    AssessmentRepository repo() { return AssessmentRepository(*db); }

    Assessment sample(qint64 relationship = 0) const
    {
        Assessment a;
        a.relationshipId = relationship ? relationship : relationshipId;
        a.questionnaireVersion = questionnaire.version();
        a.answers = {{u"harm-drained"_s, 2}, {u"harm-eggshells"_s, 1}, {u"repair-occasional"_s, 1}};
        a.reflections = {{u"trap-sunk-cost"_s, u"Eleven years."_s}};
        return a;
    }

    int count(const QString &table) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    Questionnaire questionnaire;
    qint64 relationshipId = 0;
    qint64 otherRelationshipId = 0;
};

TEST_F(AssessmentRepositoryTest, SaveDraftInsertsAndGetReturnsIt)
{
    Assessment a = sample();
    ASSERT_TRUE(repo().saveDraft(a).ok());
    EXPECT_GT(a.id, 0);
    EXPECT_TRUE(a.draft);
    EXPECT_EQ(a.takenAt, clock.now());
    EXPECT_FALSE(a.suggestion.has_value());

    auto loaded = repo().get(a.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), a);
    auto draft = repo().draft(relationshipId);
    ASSERT_TRUE(draft.ok());
    ASSERT_TRUE(draft->has_value());
    EXPECT_EQ(draft->value(), a);
    auto finished = repo().list(relationshipId);
    ASSERT_TRUE(finished.ok());
    EXPECT_TRUE(finished->isEmpty()) << "drafts are not listed as finished";
}

TEST_F(AssessmentRepositoryTest, SavingTheDraftAgainUpdatesItInPlace)
{
    Assessment a = sample();
    ASSERT_TRUE(repo().saveDraft(a).ok());
    const qint64 id = a.id;
    clock.advanceSecs(600);
    a.answers = {{u"red-stalking"_s, 0}};
    a.reflections.clear();
    ASSERT_TRUE(repo().saveDraft(a).ok());
    EXPECT_EQ(a.id, id);
    EXPECT_EQ(a.takenAt, clock.now());
    auto loaded = repo().get(id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->answers, (QMap<QString, int> {{u"red-stalking"_s, 0}}));
    EXPECT_TRUE(loaded->reflections.isEmpty());
    EXPECT_EQ(count(u"assessment"_s), 1);
    EXPECT_EQ(count(u"assessment_answer"_s), 1);
    EXPECT_EQ(count(u"assessment_reflection"_s), 0);
}

TEST_F(AssessmentRepositoryTest, ANewDraftReplacesTheOldOne)
{
    Assessment old = sample();
    ASSERT_TRUE(repo().saveDraft(old).ok());
    Assessment elsewhere = sample(otherRelationshipId);
    ASSERT_TRUE(repo().saveDraft(elsewhere).ok());

    clock.advanceDays(1);
    Assessment fresh = sample();
    fresh.answers = {{u"harm-needs"_s, 2}};
    ASSERT_TRUE(repo().saveDraft(fresh).ok());
    EXPECT_NE(fresh.id, old.id);

    auto gone = repo().get(old.id);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
    auto draft = repo().draft(relationshipId);
    ASSERT_TRUE(draft.ok() && draft->has_value());
    EXPECT_EQ(draft->value(), fresh);
    auto other = repo().draft(otherRelationshipId);
    ASSERT_TRUE(other.ok() && other->has_value());
    EXPECT_EQ(other->value(), elsewhere) << "another relationship's draft is left alone";
    EXPECT_EQ(count(u"assessment"_s), 2);
    EXPECT_EQ(count(u"assessment_answer"_s), 1 + 3) << "the old draft's answers went with it";
}

TEST_F(AssessmentRepositoryTest, BlankReflectionsAreDroppedAndTextTrimmed)
{
    Assessment a = sample();
    a.reflections = {{u"trap-alone"_s, u"   "_s}, {u"trap-guilt"_s, u"  I feel I owe them.\n"_s}};
    ASSERT_TRUE(repo().saveDraft(a).ok());
    EXPECT_EQ(a.reflections, (QMap<QString, QString> {{u"trap-guilt"_s, u"I feel I owe them."_s}}));
    auto loaded = repo().get(a.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->reflections, a.reflections);
}

TEST_F(AssessmentRepositoryTest, FinishScoresStoresAndStampsTheTime)
{
    Assessment a = sample();
    a.answers.insert(u"red-retaliation"_s, 1);
    a.questionnaireVersion = 0;
    clock.advanceSecs(90);
    auto result = repo().finish(a, questionnaire);
    ASSERT_TRUE(result.ok()) << result.error().message.toStdString();
    EXPECT_EQ(result->suggestion, Suggestion::SafetyFirst);
    EXPECT_EQ(result->drivers, (QList<Driver> {{u"red-retaliation"_s, QuestionGroup::RedFlags, 1}}));
    EXPECT_GT(a.id, 0);
    EXPECT_FALSE(a.draft);
    EXPECT_EQ(a.takenAt, clock.now());
    EXPECT_EQ(a.suggestion, Suggestion::SafetyFirst);
    EXPECT_EQ(a.questionnaireVersion, questionnaire.version());

    auto loaded = repo().get(a.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), a);
    auto latest = repo().latestFinished(relationshipId);
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ(latest->value(), a);
}

TEST_F(AssessmentRepositoryTest, FinishingADraftFinishesItInPlace)
{
    Assessment a = sample();
    ASSERT_TRUE(repo().saveDraft(a).ok());
    const qint64 id = a.id;
    clock.advanceDays(2);
    a.answers.insert(u"repair-care"_s, 2);
    auto result = repo().finish(a, questionnaire);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(a.id, id);
    EXPECT_FALSE(a.draft);
    EXPECT_EQ(a.takenAt, clock.now());
    // harm 3/10, repair 3/9: neither reaches half, so the table falls through to Limit.
    EXPECT_EQ(a.suggestion, Suggestion::Limit);

    auto draft = repo().draft(relationshipId);
    ASSERT_TRUE(draft.ok());
    EXPECT_FALSE(draft->has_value());
    auto finished = repo().list(relationshipId);
    ASSERT_TRUE(finished.ok());
    ASSERT_EQ(finished->size(), 1);
    EXPECT_EQ(finished->first(), a);
    EXPECT_EQ(count(u"assessment"_s), 1);
}

TEST_F(AssessmentRepositoryTest, FinishedAssessmentsCannotBeChanged)
{
    Assessment a = sample();
    ASSERT_TRUE(repo().finish(a, questionnaire).ok());
    const Assessment stored = a;
    Assessment again = a;
    again.answers.insert(u"harm-needs"_s, 2);
    auto asDraft = repo().saveDraft(again);
    ASSERT_FALSE(asDraft.ok());
    EXPECT_EQ(asDraft.error().code, ErrorCode::Conflict);
    auto refinish = repo().finish(again, questionnaire);
    ASSERT_FALSE(refinish.ok());
    EXPECT_EQ(refinish.error().code, ErrorCode::Conflict);
    auto loaded = repo().get(a.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), stored);
}

TEST_F(AssessmentRepositoryTest, FinishValidationLeavesTheDatabaseUnchanged)
{
    Assessment draft = sample();
    ASSERT_TRUE(repo().saveDraft(draft).ok());
    const quint64 generation = db->generation();
    auto imageBefore = db->toImage();
    ASSERT_TRUE(imageBefore.ok());

    struct BadCase {
        const char *name;
        QString key;
        int value;
        QString reflectionKey;
        QString expected;
    };
    const QList<BadCase> cases {
        {"unknown question", u"harm-unknown"_s, 1, {}, u"\"harm-unknown\""_s},
        {"negative value", u"harm-drained"_s, -1, {}, u"\"harm-drained\""_s},
        {"frequency above often", u"harm-drained"_s, 3, {}, u"0 to 2"_s},
        {"yes/no above yes", u"red-physical"_s, 2, {}, u"0 to 1"_s},
        {"value for a reflection", u"trap-sunk-cost"_s, 0, {}, u"\"trap-sunk-cost\""_s},
        {"reflection on an unknown trap", {}, 0, u"trap-nope"_s, u"\"trap-nope\""_s},
        {"reflection on a scored question", {}, 0, u"harm-drained"_s, u"\"harm-drained\""_s},
    };
    for (const BadCase &c : cases) {
        SCOPED_TRACE(c.name);
        Assessment a = draft;
        if (!c.key.isEmpty())
            a.answers.insert(c.key, c.value);
        if (!c.reflectionKey.isEmpty())
            a.reflections.insert(c.reflectionKey, u"Some words."_s);
        const Assessment before = a;
        auto result = repo().finish(a, questionnaire);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::Invalid);
        EXPECT_TRUE(result.error().message.contains(c.expected)) << result.error().message.toStdString();
        EXPECT_EQ(a, before) << "the caller's assessment is untouched";
    }
    Assessment orphan = sample();
    orphan.relationshipId = 0;
    auto noRelationship = repo().finish(orphan, questionnaire);
    ASSERT_FALSE(noRelationship.ok());
    EXPECT_EQ(noRelationship.error().code, ErrorCode::Invalid);

    EXPECT_EQ(db->generation(), generation);
    auto imageAfter = db->toImage();
    ASSERT_TRUE(imageAfter.ok());
    EXPECT_EQ(imageAfter.value(), imageBefore.value());
    auto stillDraft = repo().get(draft.id);
    ASSERT_TRUE(stillDraft.ok());
    EXPECT_EQ(stillDraft.value(), draft);
}

TEST_F(AssessmentRepositoryTest, MissingRelationshipIsNotFoundAndStoresNothing)
{
    Assessment a = sample(9999);
    auto s = repo().saveDraft(a);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::NotFound);
    auto f = repo().finish(a, questionnaire);
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().code, ErrorCode::NotFound);
    EXPECT_EQ(a.id, 0);
    EXPECT_EQ(count(u"assessment"_s), 0);
    EXPECT_EQ(count(u"assessment_answer"_s), 0);
}

TEST_F(AssessmentRepositoryTest, ListIsFinishedOnlyOldestFirst)
{
    Assessment first = sample();
    ASSERT_TRUE(repo().finish(first, questionnaire).ok());
    clock.advanceDays(30);
    Assessment second = sample();
    second.answers = {{u"cut-financial-abuse"_s, 1}};
    ASSERT_TRUE(repo().finish(second, questionnaire).ok());
    EXPECT_EQ(second.suggestion, Suggestion::Cut);
    clock.advanceDays(1);
    Assessment draft = sample();
    ASSERT_TRUE(repo().saveDraft(draft).ok());
    Assessment other = sample(otherRelationshipId);
    ASSERT_TRUE(repo().finish(other, questionnaire).ok());

    auto list = repo().list(relationshipId);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0), first);
    EXPECT_EQ(list->at(1), second);
    auto latest = repo().latestFinished(relationshipId);
    ASSERT_TRUE(latest.ok() && latest->has_value());
    EXPECT_EQ(latest->value(), second);

    auto none = repo().latestFinished(addRelationship(u"New"_s));
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
}

TEST_F(AssessmentRepositoryTest, RemoveDeletesAnswersAndReflections)
{
    Assessment a = sample();
    ASSERT_TRUE(repo().finish(a, questionnaire).ok());
    ASSERT_TRUE(repo().remove(a.id).ok());
    EXPECT_EQ(count(u"assessment"_s), 0);
    EXPECT_EQ(count(u"assessment_answer"_s), 0);
    EXPECT_EQ(count(u"assessment_reflection"_s), 0);
    auto again = repo().remove(a.id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::NotFound);
}

TEST_F(AssessmentRepositoryTest, RemovingTheRelationshipRemovesItsAssessments)
{
    Assessment a = sample();
    ASSERT_TRUE(repo().finish(a, questionnaire).ok());
    Assessment d = sample();
    ASSERT_TRUE(repo().saveDraft(d).ok());
    ASSERT_TRUE(RelationshipRepository(*db).remove(relationshipId).ok());
    EXPECT_EQ(count(u"assessment"_s), 0);
    EXPECT_EQ(count(u"assessment_answer"_s), 0);
    EXPECT_EQ(count(u"assessment_reflection"_s), 0);
}

TEST_F(AssessmentRepositoryTest, SurvivesImageRoundTrip)
{
    Assessment finished = sample();
    finished.answers.insert(u"repair-accountability"_s, 2);
    finished.reflections.insert(u"trap-self-doubt"_s, u"Ich erinnere mich genau. – «Ja»"_s);
    ASSERT_TRUE(repo().finish(finished, questionnaire).ok());
    clock.advanceSecs(3600);
    Assessment draft = sample();
    draft.answers = {{u"harm-isolated"_s, 1}};
    ASSERT_TRUE(repo().saveDraft(draft).ok());

    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    AssessmentRepository other(*reloaded);
    auto loadedFinished = other.get(finished.id);
    ASSERT_TRUE(loadedFinished.ok());
    EXPECT_EQ(loadedFinished.value(), finished);
    auto loadedDraft = other.draft(relationshipId);
    ASSERT_TRUE(loadedDraft.ok() && loadedDraft->has_value());
    EXPECT_EQ(loadedDraft->value(), draft);
    auto list = other.list(relationshipId);
    ASSERT_TRUE(list.ok());
    EXPECT_EQ(list.value(), QList<Assessment> {finished});
}
