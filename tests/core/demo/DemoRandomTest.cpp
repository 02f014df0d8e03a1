#include "demo/DemoRandom.h"

#include <gtest/gtest.h>

#include <QSet>

using namespace bearings;

// The reference values come from an independent implementation of
// splitmix64 seeding and xoshiro256** (Blackman and Vigna): the demo must be
// the same on every platform, so the generator must not drift.
TEST(DemoRandomTest, MatchesTheReferenceSequence)
{
    DemoRandom random(1);
    EXPECT_EQ(random.next(), 0xb3f2af6d0fc710c5ULL);
    EXPECT_EQ(random.next(), 0x853b559647364ceaULL);
    EXPECT_EQ(random.next(), 0x92f89756082a4514ULL);
}

TEST(DemoRandomTest, SameSeedSameValues)
{
    DemoRandom a(42);
    DemoRandom b(42);
    DemoRandom c(43);
    bool differs = false;
    for (int i = 0; i < 100; ++i) {
        const quint64 x = a.next();
        EXPECT_EQ(x, b.next());
        differs = differs || x != c.next();
    }
    EXPECT_TRUE(differs);
}

TEST(DemoRandomTest, ValuesStayInRange)
{
    DemoRandom random(7);
    QSet<int> seen;
    for (int i = 0; i < 2000; ++i) {
        const int v = random.between(-2, 3);
        ASSERT_GE(v, -2);
        ASSERT_LE(v, 3);
        seen.insert(v);
        const double u = random.unit();
        ASSERT_GE(u, 0.0);
        ASSERT_LT(u, 1.0);
        const int mood = random.around(4.6, 2, -5, 5);
        ASSERT_GE(mood, -5);
        ASSERT_LE(mood, 5);
    }
    EXPECT_EQ(seen.size(), 6);
    EXPECT_EQ(random.below(0), 0);
    EXPECT_EQ(random.below(1), 0);
}

TEST(DemoRandomTest, ChooseGivesDistinctSortedValues)
{
    DemoRandom random(3);
    const QList<int> chosen = random.choose(50, 10);
    ASSERT_EQ(chosen.size(), 10);
    for (int i = 0; i < chosen.size(); ++i) {
        EXPECT_GE(chosen.at(i), 0);
        EXPECT_LT(chosen.at(i), 50);
        if (i > 0) {
            EXPECT_LT(chosen.at(i - 1), chosen.at(i));
        }
    }
    EXPECT_EQ(random.choose(3, 5), (QList<int> {0, 1, 2}));
    EXPECT_TRUE(random.choose(4, 0).isEmpty());
}
