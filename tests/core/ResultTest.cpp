#include "common/Result.h"

#include <gtest/gtest.h>

#include <memory>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

TEST(Result, HoldsValue)
{
    const Result<int> r(42);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(static_cast<bool>(r));
    EXPECT_EQ(r.value(), 42);
    EXPECT_EQ(*r, 42);
}

TEST(Result, HoldsError)
{
    const Result<int> r(makeError(ErrorCode::Damaged, u"The file is damaged."_s, u"bad magic"_s));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Damaged);
    EXPECT_EQ(r.error().message, u"The file is damaged."_s);
    EXPECT_EQ(r.error().detail, u"bad magic"_s);
}

TEST(Result, MovesOutMoveOnlyValues)
{
    Result<std::unique_ptr<int>> r(std::make_unique<int>(7));
    ASSERT_TRUE(r.ok());
    std::unique_ptr<int> owned = std::move(r).value();
    ASSERT_NE(owned, nullptr);
    EXPECT_EQ(*owned, 7);
}

TEST(Status, DefaultIsSuccessAndErrorIsFailure)
{
    const Status good;
    EXPECT_TRUE(good.ok());
    const Status bad = makeError(ErrorCode::Io, u"Could not write."_s);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::Io);
}
