#include "vault/SecureBuffer.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

TEST(SecureBuffer, AllocatesAndMoves)
{
    SecureBuffer a(32);
    ASSERT_TRUE(a.isValid());
    EXPECT_EQ(a.size(), 32u);
    std::memset(a.data(), 0x5a, a.size());
    SecureBuffer b(std::move(a));
    EXPECT_FALSE(a.isValid()); // NOLINT(bugprone-use-after-move): moved-from state is defined
    EXPECT_EQ(a.size(), 0u);
    ASSERT_TRUE(b.isValid());
    EXPECT_EQ(b.data()[31], 0x5a);
    SecureBuffer c;
    EXPECT_FALSE(c.isValid());
    c = std::move(b);
    EXPECT_TRUE(c.isValid());
    EXPECT_FALSE(b.isValid()); // NOLINT(bugprone-use-after-move)
    c.clear();
    EXPECT_FALSE(c.isValid());
    EXPECT_EQ(c.size(), 0u);
}

TEST(SecureBuffer, PassphraseIsNfcUtf8)
{
    // "é" precomposed and decomposed give the same bytes.
    const SecureBuffer composed = SecureBuffer::fromPassphrase(u"caf\u00e9 \u2603"_s);
    const SecureBuffer decomposed = SecureBuffer::fromPassphrase(u"cafe\u0301 \u2603"_s);
    ASSERT_TRUE(composed.isValid());
    EXPECT_TRUE(composed.equals(decomposed));
    EXPECT_EQ(composed.view(), QByteArray("caf\xc3\xa9 \xe2\x98\x83"));
    EXPECT_FALSE(composed.equals(SecureBuffer::fromPassphrase(u"cafe"_s)));
}

TEST(SecureBuffer, EmptyPassphraseIsValidAndEmpty)
{
    const SecureBuffer empty = SecureBuffer::fromPassphrase(QString());
    EXPECT_TRUE(empty.isValid());
    EXPECT_EQ(empty.size(), 0u);
    EXPECT_NE(empty.data(), nullptr);
}
