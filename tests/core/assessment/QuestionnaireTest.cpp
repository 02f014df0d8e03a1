#include "assessment/Questionnaire.h"
#include "TestDatabase.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

// A small valid questionnaire; each bad case below changes one piece of it.
const QString kMinimal = uR"({"format": 1, "version": 3, "groups": [
 {"id": "harm", "questions": [{"id": "h1", "answer": "frequency", "text": "Harm text?", "why": "Harm why."}]},
 {"id": "repair_signs", "questions": [{"id": "r1", "answer": "yes_no", "text": "Repair text?", "why": "Repair why."}]},
 {"id": "cut_signs", "questions": [{"id": "c1", "answer": "frequency", "abuse": true, "text": "Cut text?", "why": "Cut why."}]},
 {"id": "red_flags", "questions": [{"id": "f1", "answer": "yes_no", "text": "Flag text?", "why": "Flag why."}]},
 {"id": "thinking_traps", "questions": [{"id": "t1", "answer": "reflection", "text": "Trap text?", "why": "Trap why."}]}
]})"_s;

struct BadCase {
    const char *name;
    QString from; // replaced once in kMinimal
    QString to;
    QStringList expected; // each must appear in the error message
};

} // namespace

TEST(QuestionnaireTest, ShippedResourceLoadsAndValidates)
{
    auto loaded = Questionnaire::load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().message.toStdString() << loaded.error().detail.toStdString();
    const Questionnaire &q = loaded.value();
    EXPECT_TRUE(q.isValid());
    EXPECT_EQ(q.version(), 1);
    EXPECT_EQ(q.groups(),
        (QList<QuestionGroup> {QuestionGroup::Harm, QuestionGroup::RepairSigns, QuestionGroup::CutSigns,
            QuestionGroup::RedFlags, QuestionGroup::ThinkingTraps}));
    EXPECT_EQ(q.questions(QuestionGroup::Harm).size(), 5);
    EXPECT_EQ(q.questions(QuestionGroup::RepairSigns).size(), 6);
    EXPECT_EQ(q.questions(QuestionGroup::CutSigns).size(), 7);
    EXPECT_EQ(q.questions(QuestionGroup::RedFlags).size(), 7);
    EXPECT_EQ(q.questions(QuestionGroup::ThinkingTraps).size(), 9);
    EXPECT_EQ(q.questions().size(), 34);
}

TEST(QuestionnaireTest, ShippedQuestionnaireCoversEveryDomainSignal)
{
    auto loaded = Questionnaire::load();
    ASSERT_TRUE(loaded.ok());
    // One stable id for each item of DOMAIN.md section 2. Feeling physically
    // unsafe is asked once, as a red flag, so a yes always puts safety first.
    const QStringList ids {
        u"harm-drained"_s,
        u"harm-dismissed"_s,
        u"harm-isolated"_s,
        u"harm-needs"_s,
        u"harm-eggshells"_s,
        u"repair-occasional"_s,
        u"repair-accountability"_s,
        u"repair-shared-steps"_s,
        u"repair-support"_s,
        u"repair-care"_s,
        u"repair-curiosity"_s,
        u"cut-emotional-abuse"_s,
        u"cut-financial-abuse"_s,
        u"cut-non-negotiables"_s,
        u"cut-no-responsibility"_s,
        u"cut-apologies"_s,
        u"cut-repair-tried"_s,
        u"cut-health"_s,
        u"red-threats"_s,
        u"red-physical"_s,
        u"red-sexual"_s,
        u"red-stalking"_s,
        u"red-intimidation"_s,
        u"red-retaliation"_s,
        u"red-unsafe"_s,
        u"trap-sunk-cost"_s,
        u"trap-good-moments"_s,
        u"trap-changing-them"_s,
        u"trap-rare-kindness"_s,
        u"trap-alone"_s,
        u"trap-guilt"_s,
        u"trap-identity"_s,
        u"trap-entanglement"_s,
        u"trap-self-doubt"_s,
    };
    for (const QString &id : ids)
        EXPECT_TRUE(loaded->question(id).has_value()) << id.toStdString();
    EXPECT_EQ(loaded->question(u"red-unsafe"_s)->group, QuestionGroup::RedFlags);
    EXPECT_FALSE(loaded->question(u"harm-unsafe"_s).has_value());
}

TEST(QuestionnaireTest, ShippedQuestionsFollowTheGroupRules)
{
    auto loaded = Questionnaire::load();
    ASSERT_TRUE(loaded.ok());
    QSet<QString> abuse;
    for (const Question &q : loaded->questions()) {
        SCOPED_TRACE(q.id.toStdString());
        EXPECT_FALSE(q.text.trimmed().isEmpty());
        EXPECT_FALSE(q.why.trimmed().isEmpty());
        EXPECT_LE(q.text.size(), 130) << "questions stay short";
        if (q.group == QuestionGroup::RedFlags) {
            EXPECT_EQ(q.answer, AnswerType::YesNo);
        }
        EXPECT_EQ(q.group == QuestionGroup::ThinkingTraps, q.answer == AnswerType::Reflection);
        if (q.abuse)
            abuse.insert(q.id);
    }
    EXPECT_EQ(abuse, (QSet<QString> {u"cut-emotional-abuse"_s, u"cut-financial-abuse"_s}));
}

TEST(QuestionnaireTest, MaxValueFollowsTheAnswerType)
{
    EXPECT_EQ(Questionnaire::maxValue(AnswerType::YesNo), 1);
    EXPECT_EQ(Questionnaire::maxValue(AnswerType::Frequency), 2);
    EXPECT_EQ(Questionnaire::maxValue(AnswerType::Reflection), 0);
    auto loaded = Questionnaire::load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(Questionnaire::maxValue(*loaded->question(u"harm-eggshells"_s)), 2);
    EXPECT_EQ(Questionnaire::maxValue(*loaded->question(u"red-physical"_s)), 1);
}

TEST(QuestionnaireTest, MinimalQuestionnaireParses)
{
    auto parsed = Questionnaire::fromJson(kMinimal.toUtf8());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->version(), 3);
    ASSERT_EQ(parsed->questions().size(), 5);
    const Question c1 = *parsed->question(u"c1"_s);
    EXPECT_EQ(c1.group, QuestionGroup::CutSigns);
    EXPECT_EQ(c1.answer, AnswerType::Frequency);
    EXPECT_TRUE(c1.abuse);
    EXPECT_EQ(c1.text, u"Cut text?"_s);
    EXPECT_EQ(c1.why, u"Cut why."_s);
    EXPECT_FALSE(parsed->question(u"h1"_s)->abuse);
    EXPECT_FALSE(parsed->question(u"missing"_s).has_value());
    EXPECT_TRUE(parsed->questions(QuestionGroup::Harm).size() == 1);
}

TEST(QuestionnaireTest, GroupsMayComeInAnyOrder)
{
    QString json = kMinimal;
    // Move the harm group to the end.
    const QString harm
        = uR"({"id": "harm", "questions": [{"id": "h1", "answer": "frequency", "text": "Harm text?", "why": "Harm why."}]},)"_s;
    ASSERT_TRUE(json.contains(harm));
    json.remove(harm);
    const QString lastGroupEnd = u"\"Trap why.\"}]}"_s;
    ASSERT_TRUE(json.contains(lastGroupEnd));
    json.replace(lastGroupEnd, lastGroupEnd + u", "_s + harm.chopped(1));
    auto parsed = Questionnaire::fromJson(json.toUtf8());
    ASSERT_TRUE(parsed.ok()) << parsed.error().message.toStdString();
    EXPECT_EQ(parsed->groups().last(), QuestionGroup::Harm);
}

TEST(QuestionnaireTest, DefaultIsInvalid)
{
    EXPECT_FALSE(Questionnaire().isValid());
}

TEST(QuestionnaireTest, BadJsonIsInvalidAndSaysWhatAndWhere)
{
    const QList<BadCase> cases {
        {"not json", u"\"groups\": ["_s, u"\"groups\": [[,"_s, {u"not valid JSON"_s}},
        {"root not object", kMinimal, u"[1, 2]"_s, {u"JSON object"_s}},
        {"unknown top field", u"\"version\": 3"_s, u"\"version\": 3, \"extra\": 1"_s, {u"\"extra\""_s}},
        {"missing format", u"\"format\": 1, "_s, QString(), {u"\"format\""_s}},
        {"format as text", u"\"format\": 1"_s, u"\"format\": \"1\""_s, {u"\"format\""_s}},
        {"newer format", u"\"format\": 1"_s, u"\"format\": 2"_s, {u"\"format\" is 2"_s}},
        {"missing version", u"\"version\": 3, "_s, QString(), {u"\"version\""_s}},
        {"version zero", u"\"version\": 3"_s, u"\"version\": 0"_s, {u"\"version\""_s}},
        {"version fraction", u"\"version\": 3"_s, u"\"version\": 1.5"_s, {u"\"version\""_s}},
        {"groups not a list", kMinimal, u"{\"format\": 1, \"version\": 1, \"groups\": {}}"_s, {u"\"groups\""_s}},
        {"group not object", u"\"groups\": ["_s, u"\"groups\": [7, "_s, {u"Group 1"_s}},
        {"unknown group field", u"{\"id\": \"harm\","_s, u"{\"id\": \"harm\", \"title\": \"x\","_s,
            {u"Group 1"_s, u"\"title\""_s}},
        {"unknown group id", u"\"id\": \"repair_signs\""_s, u"\"id\": \"feelings\""_s,
            {u"Group 2"_s, u"\"feelings\""_s}},
        {"duplicate group", u"\"id\": \"repair_signs\""_s, u"\"id\": \"harm\""_s, {u"\"harm\""_s, u"more than once"_s}},
        {"missing group",
            u"{\"id\": \"red_flags\", \"questions\": [{\"id\": \"f1\", \"answer\": \"yes_no\", "
            "\"text\": \"Flag text?\", \"why\": \"Flag why.\"}]},"_s,
            QString(), {u"missing"_s, u"\"red_flags\""_s}},
        {"empty group",
            u"\"questions\": [{\"id\": \"r1\", \"answer\": \"yes_no\", \"text\": \"Repair text?\", "
            "\"why\": \"Repair why.\"}]"_s,
            u"\"questions\": []"_s, {u"\"repair_signs\""_s, u"at least one"_s}},
        {"question not object", u"\"questions\": [{\"id\": \"h1\""_s, u"\"questions\": [\"h0\", {\"id\": \"h1\""_s,
            {u"Question 1"_s, u"\"harm\""_s}},
        {"unknown question field", u"\"id\": \"h1\","_s, u"\"id\": \"h1\", \"awnser\": \"yes_no\","_s,
            {u"Question 1"_s, u"\"harm\""_s, u"\"awnser\""_s}},
        {"missing id", u"\"id\": \"h1\", "_s, QString(), {u"Question 1"_s, u"\"harm\""_s, u"id"_s}},
        {"badly formed id", u"\"id\": \"h1\""_s, u"\"id\": \"Harm One\""_s, {u"\"Harm One\""_s, u"\"harm\""_s}},
        {"duplicate id", u"\"id\": \"c1\""_s, u"\"id\": \"h1\""_s, {u"\"h1\""_s, u"more than once"_s}},
        {"unknown answer type", u"\"answer\": \"frequency\""_s, u"\"answer\": \"scale\""_s,
            {u"\"h1\""_s, u"\"scale\""_s}},
        {"missing answer", u"\"answer\": \"frequency\", "_s, QString(), {u"\"h1\""_s, u"answer type"_s}},
        {"empty text", u"\"text\": \"Harm text?\""_s, u"\"text\": \"\""_s, {u"\"h1\""_s, u"\"text\""_s}},
        {"text not a string", u"\"text\": \"Harm text?\""_s, u"\"text\": 5"_s, {u"\"h1\""_s, u"\"text\""_s}},
        {"blank why", u"\"why\": \"Repair why.\""_s, u"\"why\": \"   \""_s, {u"\"r1\""_s, u"\"why\""_s}},
        // A NUL would have cut the text short in translate() (found by fuzz_questionnaire).
        {"NUL in text", u"\"text\": \"Harm text?\""_s, u"\"text\": \"Harm\\u0000 text?\""_s,
            {u"\"h1\""_s, u"control character"_s}},
        {"control character in why", u"\"why\": \"Repair why.\""_s, u"\"why\": \"Repair\\u0007 why.\""_s,
            {u"\"r1\""_s, u"control character"_s}},
        {"reflection outside traps", u"\"id\": \"h1\", \"answer\": \"frequency\""_s,
            u"\"id\": \"h1\", \"answer\": \"reflection\""_s, {u"\"h1\""_s, u"reflection"_s, u"thinking_traps"_s}},
        {"scored trap", u"\"id\": \"t1\", \"answer\": \"reflection\""_s, u"\"id\": \"t1\", \"answer\": \"yes_no\""_s,
            {u"\"t1\""_s, u"\"thinking_traps\""_s, u"only reflections"_s}},
        {"frequency red flag", u"\"id\": \"f1\", \"answer\": \"yes_no\""_s,
            u"\"id\": \"f1\", \"answer\": \"frequency\""_s, {u"red flag"_s, u"\"f1\""_s, u"yes/no"_s}},
        {"abuse outside cut signs", u"\"id\": \"h1\","_s, u"\"id\": \"h1\", \"abuse\": true,"_s,
            {u"\"h1\""_s, u"abuse"_s, u"cut signs"_s}},
        {"abuse not a boolean", u"\"abuse\": true"_s, u"\"abuse\": \"yes\""_s, {u"\"c1\""_s, u"\"abuse\""_s}},
    };
    for (const BadCase &c : cases) {
        SCOPED_TRACE(c.name);
        QString json = kMinimal;
        const qsizetype at = json.indexOf(c.from);
        ASSERT_GE(at, 0) << "the case must change something";
        json.replace(at, c.from.size(), c.to);
        auto parsed = Questionnaire::fromJson(json.toUtf8());
        ASSERT_FALSE(parsed.ok());
        EXPECT_EQ(parsed.error().code, ErrorCode::Invalid);
        for (const QString &word : c.expected)
            EXPECT_TRUE(parsed.error().message.contains(word))
                << "message: " << parsed.error().message.toStdString() << "\nexpected: " << word.toStdString();
    }
}
