#include "scripts/Placeholders.h"
#include "TestDatabase.h"

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

TEST(PlaceholdersTest, FindsFieldsWithPositionsAndTrimmedNames)
{
    const QString text = u"Hi [Name], I need [ what you need ] by [day]."_s;
    const QList<PlaceholderSpan> spans = Placeholders::find(text);
    ASSERT_EQ(spans.size(), 3);
    EXPECT_EQ(spans.at(0), (PlaceholderSpan {u"Name"_s, 3, 6}));
    EXPECT_EQ(spans.at(1).name, u"what you need"_s);
    EXPECT_EQ(text.mid(spans.at(1).start, spans.at(1).length), u"[ what you need ]"_s);
    EXPECT_EQ(spans.at(2).name, u"day"_s);
    EXPECT_EQ(text.mid(spans.at(2).start, spans.at(2).length), u"[day]"_s);
}

TEST(PlaceholdersTest, EmptyBracketsNestedBracketsAndLineBreaksAreNotFields)
{
    EXPECT_TRUE(Placeholders::find(u"[] and [ ] and [\t]"_s).isEmpty());
    // Other white space, control and invisible characters are no name either
    // (found by tests/fuzz/fuzz_message_checker).
    EXPECT_TRUE(
        Placeholders::find(u"[\r] [\v] [\f] [\u00a0] [\u2003] [\u3000] [\u0085] [\u200b] [\u0001]"_s).isEmpty());
    EXPECT_EQ(Placeholders::names(u"[\u00a0Name\u00a0]"_s), (QStringList {u"Name"_s}));
    EXPECT_EQ(Placeholders::names(u"[Ça va]"_s), (QStringList {u"Ça va"_s}));
    EXPECT_TRUE(Placeholders::find(u"[open\nclose]"_s).isEmpty());
    EXPECT_TRUE(Placeholders::find(u"no brackets at all"_s).isEmpty());
    const QList<PlaceholderSpan> nested = Placeholders::find(u"[[Name]]"_s);
    ASSERT_EQ(nested.size(), 1);
    EXPECT_EQ(nested.first(), (PlaceholderSpan {u"Name"_s, 1, 6}));
}

TEST(PlaceholdersTest, NamesAreDistinctInOrderOfFirstAppearance)
{
    EXPECT_EQ(Placeholders::names(u"[b] [a] [b] [ a ] [c]"_s), (QStringList {u"b"_s, u"a"_s, u"c"_s}));
}

TEST(PlaceholdersTest, FillReplacesEveryOccurrenceAndLeavesTheRest)
{
    const QString text = u"[Name], this is for [Name]. See you on [day]. [ Name ]"_s;
    const QString filled = Placeholders::fill(text, {{u"Name"_s, u"  Sam "_s}});
    EXPECT_EQ(filled, u"Sam, this is for Sam. See you on [day]. Sam"_s);
}

TEST(PlaceholdersTest, BlankValuesDoNotFill)
{
    const QString text = u"Hi [Name]."_s;
    EXPECT_EQ(Placeholders::fill(text, {{u"Name"_s, u"   "_s}}), text);
    EXPECT_EQ(Placeholders::fill(text, {}), text);
    EXPECT_FALSE(Placeholders::isFilled(u"Name"_s, {{u"Name"_s, u" "_s}}));
    EXPECT_TRUE(Placeholders::isFilled(u"Name"_s, {{u"Name"_s, u"Sam"_s}}));
}

TEST(PlaceholdersTest, UnfilledListsOnlyFieldsWithoutAValue)
{
    const QList<PlaceholderSpan> left = Placeholders::unfilled(u"[a] [b] [a]"_s, {{u"a"_s, u"x"_s}});
    ASSERT_EQ(left.size(), 1);
    EXPECT_EQ(left.first(), (PlaceholderSpan {u"b"_s, 4, 3}));
}
