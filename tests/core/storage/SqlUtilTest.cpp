#include "storage/SqlUtil.h"

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

TEST(SqlUtil, RecognisesExactlyTheStoredForms)
{
    EXPECT_TRUE(sql::isStoredDateTime(u"2026-11-23T08:15:00.000Z"));
    EXPECT_TRUE(sql::isStoredDateTime(u"2024-02-29T23:59:59.999Z"));
    EXPECT_TRUE(sql::isStoredDate(u"2026-11-23"));

    for (const QString &text :
        {u"2026-11-23T08:15:00Z"_s, u"2026-11-23T08:15:00.000+01:00"_s, u"2026-11-23 08:15:00.000Z"_s,
            u"2026-02-30T08:15:00.000Z"_s, u"2025-02-29T08:15:00.000Z"_s, u"2026-11-23T24:00:00.000Z"_s,
            u"2026-11-23T08:60:00.000Z"_s, u"0000-01-01T00:00:00.000Z"_s, u"2026-1a-23T08:15:00.000Z"_s, u""_s})
        EXPECT_FALSE(sql::isStoredDateTime(text)) << text.toStdString();
    for (const QString &text : {u"2026-11-31"_s, u"2026-13-01"_s, u"26-11-23"_s, u"2026-11-23T00:00"_s, u""_s})
        EXPECT_FALSE(sql::isStoredDate(text)) << text.toStdString();
}

TEST(SqlUtil, ReadsStoredAndOtherFormsLikeQtsParser)
{
    // The quick path for the stored form must agree with QDateTime's own
    // parser, and anything else still goes through that parser.
    for (const QString &text : {u"2026-11-23T08:15:00.000Z"_s, u"2024-02-29T23:59:59.999Z"_s,
             u"1999-12-31T00:00:00.001Z"_s, u"2026-11-23T08:15:00+02:00"_s, u"2026-11-23T24:00:00.000Z"_s}) {
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
        const QDateTime read = sql::dateTimeFromDb(text);
        EXPECT_EQ(read, expected) << text.toStdString();
        EXPECT_EQ(read.timeSpec(), expected.timeSpec()) << text.toStdString();
        if (sql::isStoredDateTime(text)) {
            EXPECT_EQ(sql::toDb(read), text) << text.toStdString();
        }
    }
    EXPECT_FALSE(sql::dateTimeFromDb(QVariant()).isValid());
    EXPECT_FALSE(sql::dateTimeFromDb(u"2026-02-30T08:15:00.000Z"_s).isValid());
    EXPECT_EQ(sql::dateFromDb(u"2026-11-23"_s), QDate(2026, 11, 23));
    EXPECT_FALSE(sql::dateFromDb(u"2026-11-31"_s).isValid());
    EXPECT_FALSE(sql::dateFromDb(QVariant()).isValid());
}
