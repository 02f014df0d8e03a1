#include "scripts/CheckerRules.h"
#include "TestDatabase.h"

#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <random>
#include <utility>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray withRule(const QString &rule)
{
    return (uR"({"format": 1, "version": 1, "rules": [)"_s + rule + u"]}"_s).toUtf8();
}

const QString kWordsRule
    = uR"({"id": "hedging", "type": "words", "title": "Softening words", "explanation": "Say it plainly.", "words": {"en": ["maybe", "sort of"]}})"_s;

} // namespace

TEST(CheckerRulesTest, ShippedRulesLoadWithEveryTypeAndAnEnglishList)
{
    const Result<CheckerRules> rules = CheckerRules::load();
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString() << rules.error().detail.toStdString();
    QSet<CheckerRuleType> types;
    for (const CheckerRule &rule : rules.value().rules()) {
        types.insert(rule.type);
        EXPECT_FALSE(rule.title.isEmpty());
        EXPECT_FALSE(rule.explanation.isEmpty());
        if (rule.type == CheckerRuleType::Words || rule.type == CheckerRuleType::Attack) {
            EXPECT_TRUE(rule.words.contains(u"en"_s)) << rule.id.toStdString();
            EXPECT_TRUE(rule.matcher(u"en"_s).isValid()) << rule.id.toStdString();
        }
    }
    EXPECT_EQ(types.size(), qsizetype(kCheckerRuleTypeKeys.size()));
    // The rules the issue asks for, by id.
    for (const QString &id : {u"unfilled-placeholder"_s, u"too-long"_s, u"long-sentence"_s, u"over-explaining"_s,
             u"hedging"_s, u"apologising"_s, u"invites-negotiation"_s, u"character-attack"_s, u"absolutes"_s})
        EXPECT_TRUE(rules.value().rule(id).has_value()) << id.toStdString();
}

TEST(CheckerRulesTest, EntriesAreNormalised)
{
    const Result<CheckerRules> rules = CheckerRules::fromJson(withRule(
        uR"({"id": "r", "type": "words", "title": "T", "explanation": "E.", "words": {"en": ["  You’re   SO  ", "x"]}})"_s));
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString();
    EXPECT_EQ(rules.value().rules().first().words.value(u"en"_s), (QStringList {u"you're so"_s, u"x"_s}));
}

TEST(CheckerRulesTest, LanguageListsFallBackToEnglish)
{
    const Result<CheckerRules> rules = CheckerRules::fromJson(withRule(
        uR"({"id": "r", "type": "words", "title": "T", "explanation": "E.", "words": {"en": ["maybe"], "de": ["vielleicht"]}})"_s));
    ASSERT_TRUE(rules.ok()) << rules.error().message.toStdString();
    const CheckerRule rule = rules.value().rules().first();
    EXPECT_TRUE(rule.matcher(u"de"_s).match(u"Vielleicht morgen"_s).hasMatch());
    EXPECT_FALSE(rule.matcher(u"de"_s).match(u"maybe"_s).hasMatch());
    EXPECT_TRUE(rule.matcher(u"fr"_s).match(u"maybe"_s).hasMatch());
    EXPECT_EQ(CheckerRule::listFor(rule.words, u"fr"_s), QStringList {u"maybe"_s});
}

TEST(CheckerRulesTest, AlternationPrefersLongerPhrasesAndEscapes)
{
    EXPECT_EQ(CheckerRules::alternation({u"a bit"_s, u"a little bit"_s}), u"(?:a\\s+little\\s+bit|a\\s+bit)"_s);
    const QRegularExpression re(CheckerRules::alternation({u"ok?"_s}));
    EXPECT_TRUE(re.match(u"ok?"_s).hasMatch());
    EXPECT_FALSE(re.match(u"o"_s).hasMatch());
}

TEST(CheckerRulesTest, RejectsBadInput)
{
    ASSERT_TRUE(CheckerRules::fromJson(withRule(kWordsRule)).ok());
    const auto rule
        = [](const QString &from, const QString &to) { return withRule(QString(kWordsRule).replace(from, to)); };
    struct Case {
        const char *name;
        QByteArray json;
    };
    const Case cases[] = {
        {"not json", "nope"},
        {"array root", "[]"},
        {"unknown root key", R"({"format": 1, "version": 1, "rules": [], "x": 0})"},
        {"wrong format", R"({"format": 3, "version": 1, "rules": []})"},
        {"version zero", R"({"format": 1, "version": 0, "rules": []})"},
        {"no rules", R"({"format": 1, "version": 1, "rules": []})"},
        {"rule not an object", withRule(u"\"hedging\""_s)},
        {"duplicate id", withRule(kWordsRule + u", "_s + kWordsRule)},
        {"bad id", rule(u"\"id\": \"hedging\""_s, u"\"id\": \"Hedging!\""_s)},
        {"unknown type", rule(u"\"type\": \"words\""_s, u"\"type\": \"vibes\""_s)},
        {"field the type does not use", rule(u"\"title\""_s, u"\"maxWords\": 3, \"title\""_s)},
        {"no title", rule(u"\"title\": \"Softening words\""_s, u"\"title\": \" \""_s)},
        {"no explanation", rule(u"\"explanation\": \"Say it plainly.\""_s, u"\"explanation\": 4"_s)},
        {"words not an object", rule(u"{\"en\": [\"maybe\", \"sort of\"]}"_s, u"[\"maybe\"]"_s)},
        {"no English list", rule(u"\"en\""_s, u"\"de\""_s)},
        {"bad language code",
            rule(u"\"en\": [\"maybe\", \"sort of\"]"_s, u"\"en\": [\"maybe\"], \"EN-gb\": [\"x\"]"_s)},
        {"empty list", rule(u"[\"maybe\", \"sort of\"]"_s, u"[]"_s)},
        {"empty entry", rule(u"\"sort of\""_s, u"\"  \""_s)},
        {"entry not a string", rule(u"\"sort of\""_s, u"null"_s)},
        {"duplicate entry", rule(u"\"sort of\""_s, u"\"MAYBE\""_s)},
        {"entry too long", rule(u"\"sort of\""_s, u"\""_s + QString(81, u'x') + u"\""_s)},
        {"minMatches zero", rule(u"\"title\""_s, u"\"minMatches\": 0, \"title\""_s)},
        {"unknown skip kind", rule(u"\"title\""_s, u"\"skipKinds\": [\"shouting\"], \"title\""_s)},
        {"bad highlight", rule(u"\"title\""_s, u"\"highlight\": \"not-a-name\", \"title\""_s)},
        {"length without maxWords", withRule(uR"({"id": "l", "type": "length", "title": "T", "explanation": "E."})"_s)},
        {"length maxWords zero",
            withRule(uR"({"id": "l", "type": "length", "maxWords": 0, "title": "T", "explanation": "E."})"_s)},
        {"length maxWords fraction",
            withRule(uR"({"id": "l", "type": "length", "maxWords": 2.5, "title": "T", "explanation": "E."})"_s)},
        {"question with nothing to ask about",
            withRule(uR"({"id": "q", "type": "question", "title": "T", "explanation": "E."})"_s)},
        {"attack without subjects",
            withRule(uR"({"id": "a", "type": "attack", "title": "T", "explanation": "E.", "words": {"en": ["x"]}})"_s)},
        {"placeholder with words",
            withRule(
                uR"({"id": "p", "type": "placeholder", "title": "T", "explanation": "E.", "words": {"en": ["x"]}})"_s)},
    };
    for (const Case &c : cases) {
        const Result<CheckerRules> rules = CheckerRules::fromJson(c.json);
        ASSERT_FALSE(rules.ok()) << c.name;
        EXPECT_EQ(rules.error().code, ErrorCode::Invalid) << c.name;
        EXPECT_FALSE(rules.error().message.isEmpty()) << c.name;
    }
}

// A NUL once cut a title short on its way through translate() (finding K1 of
// tests/fuzz/fuzz_checker_rules); control characters are refused instead.
TEST(CheckerRulesTest, RefusesControlCharactersInTitleAndExplanation)
{
    for (const auto &[from, to] : {std::pair {u"\"Softening words\""_s, u"\"\\u0000Softening words\""_s},
             std::pair {u"\"Say it plainly.\""_s, u"\"Say it\\u001b plainly.\""_s}}) {
        const Result<CheckerRules> rules = CheckerRules::fromJson(withRule(QString(kWordsRule).replace(from, to)));
        ASSERT_FALSE(rules.ok()) << to.toStdString();
        EXPECT_TRUE(rules.error().message.contains(u"control character"_s)) << rules.error().message.toStdString();
    }
}

// The loader will be fuzzed; this keeps the obvious crashes out already.
TEST(CheckerRulesTest, SurvivesMangledInput)
{
    QFile file(u":/bearings/scripts/checker_rules.json"_s);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    std::mt19937 random(11);
    for (int round = 0; round < 300; ++round) {
        QByteArray mangled = original;
        const int edits = 1 + int(random() % 8);
        for (int e = 0; e < edits; ++e) {
            const auto at = qsizetype(random() % quint32(mangled.size()));
            switch (random() % 3) {
            case 0: mangled[at] = char(random() % 256); break;
            case 1: mangled.remove(at, qsizetype(random() % 40)); break;
            default: mangled.insert(at, mangled.mid(qsizetype(random() % quint32(mangled.size())), 30)); break;
            }
        }
        const Result<CheckerRules> rules = CheckerRules::fromJson(mangled);
        if (!rules.ok()) {
            EXPECT_FALSE(rules.error().message.isEmpty());
        }
    }
}
