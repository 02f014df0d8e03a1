#include "scripts/MessageChecker.h"
#include "TestDatabase.h"
#include "scripts/TemplateLibrary.h"

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

const CheckerRules &shippedRules()
{
    static const CheckerRules rules = [] {
        Result<CheckerRules> loaded = CheckerRules::load();
        EXPECT_TRUE(loaded.ok());
        return loaded.ok() ? loaded.value() : CheckerRules();
    }();
    return rules;
}

QList<CheckerFinding> findings(const QString &ruleId, const QString &text, const CheckContext &context = {})
{
    const std::optional<CheckerRule> rule = shippedRules().rule(ruleId);
    EXPECT_TRUE(rule.has_value()) << ruleId.toStdString();
    return rule ? MessageChecker::check(text, *rule, context) : QList<CheckerFinding> {};
}

QString words(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out.append(u"word"_s);
    return out.join(u' ');
}

// Each rule: one text that fires and one that does not.
struct RuleCase {
    const char *rule;
    ScriptKind kind;
    QString fires;
    QString flagged; // what the first finding points at
    QString quiet;
};

} // namespace

class MessageCheckerRuleTest : public ::testing::TestWithParam<RuleCase> { };

TEST_P(MessageCheckerRuleTest, FiresOnOneTextAndNotOnTheOther)
{
    const RuleCase &c = GetParam();
    CheckContext context;
    context.kind = c.kind;
    const QList<CheckerFinding> fired = findings(QString::fromLatin1(c.rule), c.fires, context);
    ASSERT_FALSE(fired.isEmpty()) << c.fires.toStdString();
    const CheckerFinding &f = fired.first();
    EXPECT_EQ(f.ruleId, QString::fromLatin1(c.rule));
    EXPECT_EQ(f.matched, c.flagged);
    EXPECT_EQ(c.fires.mid(f.start, f.length), f.matched);
    EXPECT_FALSE(f.title.isEmpty());
    EXPECT_FALSE(f.explanation.isEmpty());
    EXPECT_FALSE(f.explanation.contains(u"%1"_s));
    EXPECT_TRUE(findings(QString::fromLatin1(c.rule), c.quiet, context).isEmpty()) << c.quiet.toStdString();
}

INSTANTIATE_TEST_SUITE_P(ShippedRules, MessageCheckerRuleTest,
    ::testing::Values(RuleCase {"unfilled-placeholder", ScriptKind::Custom, u"Hi [Name], see you then."_s, u"[Name]"_s,
                          u"Hi Sam, see you then."_s},
        RuleCase {"too-long", ScriptKind::Custom, words(90) + u" over."_s, u"over."_s, words(90) + u"."_s},
        RuleCase {"long-sentence", ScriptKind::Custom, u"Short one. "_s + words(31) + u"."_s, words(31) + u"."_s,
            u"Short one. "_s + words(30) + u"."_s},
        RuleCase {"over-explaining", ScriptKind::Custom, u"I said no because I am tired. That is why I left."_s,
            u"because"_s, u"I said no because I am tired."_s},
        RuleCase {"hedging", ScriptKind::Custom, u"Maybe we could meet later."_s, u"Maybe"_s,
            u"We will meet on Friday, for justice."_s},
        RuleCase {"apologising", ScriptKind::LowContact, u"Sorry, I cannot come on Friday."_s, u"Sorry"_s,
            u"I cannot come on Friday."_s},
        RuleCase {"invites-negotiation", ScriptKind::Custom, u"I need a week of quiet. Is that okay?"_s,
            u"Is that okay?"_s, u"I need a week of quiet. Could we talk on Sunday?"_s},
        RuleCase {"character-attack", ScriptKind::Custom, u"Honestly, you are so selfish."_s, u"you are so selfish"_s,
            u"You left without telling me, and you are welcome to call."_s},
        RuleCase {"absolutes", ScriptKind::Custom, u"You never listen to me."_s, u"never"_s,
            u"You did not listen on Monday."_s}));

TEST(MessageCheckerTest, PlaceholdersWithAValueAreFilled)
{
    CheckContext context;
    context.fills = {{u"Name"_s, u"Sam"_s}};
    const QList<CheckerFinding> found = findings(u"unfilled-placeholder"_s, u"Hi [Name], on [day]."_s, context);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().matched, u"[day]"_s);
    EXPECT_EQ(found.first().start, 14);
    EXPECT_TRUE(found.first().explanation.contains(u"[day]"_s));
}

TEST(MessageCheckerTest, LengthCountsTheValuesOfFilledPlaceholders)
{
    const QString text = words(85) + u" [details]."_s;
    EXPECT_TRUE(findings(u"too-long"_s, text).isEmpty());
    CheckContext context;
    context.fills = {{u"details"_s, words(10)}};
    const QList<CheckerFinding> found = findings(u"too-long"_s, text, context);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().matched, u"[details]."_s);
    EXPECT_TRUE(found.first().explanation.contains(u"90"_s));
}

TEST(MessageCheckerTest, OverExplainingNeedsTwoReasons)
{
    const QList<CheckerFinding> found
        = findings(u"over-explaining"_s, u"Because of work, and since you asked, the thing is I am busy."_s);
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(found.at(1).matched, u"since"_s);
    EXPECT_EQ(found.at(2).matched, u"the thing is"_s);
}

TEST(MessageCheckerTest, ApologisingIsExpectedInAnApology)
{
    CheckContext context;
    context.kind = ScriptKind::ApologyWithRepair;
    EXPECT_TRUE(findings(u"apologising"_s, u"I am sorry I snapped."_s, context).isEmpty());
    context.kind = ScriptKind::EndingContact;
    EXPECT_EQ(findings(u"apologising"_s, u"I am sorry I snapped."_s, context).size(), 1);
}

TEST(MessageCheckerTest, AnyQuestionReopensAnEndingOrABoundary)
{
    const QString text = u"I am ending our contact. Why did it come to this?"_s;
    CheckContext context;
    context.kind = ScriptKind::EndingContact;
    const QList<CheckerFinding> found = findings(u"invites-negotiation"_s, text, context);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().matched, u"Why did it come to this?"_s);
    context.kind = ScriptKind::SoftStart;
    EXPECT_TRUE(findings(u"invites-negotiation"_s, text, context).isEmpty());
}

TEST(MessageCheckerTest, CurlyApostrophesMatchAndKeepPositions)
{
    const QString text = u"Well, you’re being ridiculous."_s;
    const QList<CheckerFinding> found = findings(u"character-attack"_s, text);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().start, 6);
    EXPECT_EQ(found.first().matched, u"you’re being ridiculous"_s);
}

TEST(MessageCheckerTest, WordsMatchWholeWordsOnly)
{
    EXPECT_TRUE(findings(u"hedging"_s, u"Justice and adjusting."_s).isEmpty());
    EXPECT_TRUE(findings(u"absolutes"_s, u"Nevertheless, always-on."_s).size() == 1);
    EXPECT_EQ(findings(u"hedging"_s, u"It is sort   of\nfine."_s).first().matched, u"sort   of"_s);
}

TEST(MessageCheckerTest, AllFindingsComeInTextOrder)
{
    const QString text = u"Maybe [Name]. You always do this, sorry."_s;
    const QList<CheckerFinding> found = MessageChecker::check(text, shippedRules());
    QStringList ids;
    for (const CheckerFinding &f : found)
        ids.append(f.ruleId);
    EXPECT_EQ(ids, (QStringList {u"hedging"_s, u"unfilled-placeholder"_s, u"absolutes"_s, u"apologising"_s}));
}

TEST(MessageCheckerTest, KeysSurviveMovesButNotChangesOfWords)
{
    const QList<CheckerFinding> a = findings(u"hedging"_s, u"Maybe."_s);
    const QList<CheckerFinding> b = findings(u"hedging"_s, u"Well. maybe."_s);
    ASSERT_EQ(a.size(), 1);
    ASSERT_EQ(b.size(), 1);
    EXPECT_EQ(a.first().key(), b.first().key());
    EXPECT_NE(a.first().key(), findings(u"hedging"_s, u"Perhaps."_s).first().key());
}

TEST(MessageCheckerTest, SentencesSplitAtEndsAndLineBreaks)
{
    const QString text = u"  One. Two?! \"Three.\" It costs 3.5 now\nFour"_s;
    QStringList out;
    for (const TextSpan &s : MessageChecker::sentences(text))
        out.append(text.mid(s.start, s.length));
    EXPECT_EQ(out, (QStringList {u"One."_s, u"Two?!"_s, u"\"Three.\""_s, u"It costs 3.5 now"_s, u"Four"_s}));
    EXPECT_TRUE(MessageChecker::sentences(u" \n "_s).isEmpty());
}

TEST(MessageCheckerTest, CountsWordsAndCharactersAsPeopleDo)
{
    EXPECT_EQ(MessageChecker::wordCount(u"I don't know — well-being, 42 times."_s), 6);
    EXPECT_EQ(MessageChecker::wordCount(u""_s), 0);
    EXPECT_EQ(MessageChecker::characterCount(u"café"_s.normalized(QString::NormalizationForm_D)), 4);
    EXPECT_EQ(MessageChecker::characterCount(u"hi 👋"_s), 4);
    EXPECT_EQ(MessageChecker::characterCount(QString()), 0);
}

// The shipped templates are the app's own advice: apart from their blanks,
// the checker has nothing to say about them.
TEST(MessageCheckerTest, ShippedTemplatesReadCleanly)
{
    const Result<TemplateLibrary> library = TemplateLibrary::load();
    ASSERT_TRUE(library.ok());
    for (const ScriptTemplate &t : library.value().templates()) {
        CheckContext context;
        context.kind = t.kind;
        for (const CheckerFinding &f : MessageChecker::check(t.body, shippedRules(), context)) {
            EXPECT_EQ(f.ruleId, u"unfilled-placeholder"_s)
                << t.id.toStdString() << ": " << f.ruleId.toStdString() << " on \"" << f.matched.toStdString() << '"';
        }
    }
}
