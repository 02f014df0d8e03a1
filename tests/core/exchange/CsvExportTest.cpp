#include "exchange/CsvExport.h"
#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace bearings;
using namespace bearings::exchange;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

TEST(CsvExport, QuotesOnlyWhatNeedsQuoting)
{
    EXPECT_EQ(CsvExport::escapeField(u"plain"_s), u"plain"_s);
    EXPECT_EQ(CsvExport::escapeField(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(CsvExport::escapeField(u"say \"no\""_s), u"\"say \"\"no\"\"\""_s);
    EXPECT_EQ(CsvExport::escapeField(u"two\nlines"_s), u"\"two\nlines\""_s);
    EXPECT_EQ(CsvExport::row({u"a"_s, u"b,c"_s, QString()}), QByteArray("a,\"b,c\",\r\n"));
}

TEST(CsvExport, NeutralisesSpreadsheetFormulas)
{
    EXPECT_EQ(CsvExport::neutraliseFormula(u"=HYPERLINK(\"x\")"_s), u"'=HYPERLINK(\"x\")"_s);
    EXPECT_EQ(CsvExport::neutraliseFormula(u"+1"_s), u"'+1"_s);
    EXPECT_EQ(CsvExport::neutraliseFormula(u"@cmd"_s), u"'@cmd"_s);
    EXPECT_EQ(CsvExport::neutraliseFormula(u"fine"_s), u"fine"_s);
    EXPECT_EQ(CsvExport::neutraliseFormula(QString()), QString());
}

class CsvJournalTest : public DatabaseTest { };

TEST_F(CsvJournalTest, ExportsEntriesInTimeOrderWithLocalTimes)
{
    const QDateTime first(QDate(2026, 3, 3), QTime(18, 30));
    const QDateTime second(QDate(2026, 3, 2), QTime(7, 5));
    ASSERT_TRUE(
        db->write([&]() -> Status {
              QSqlQuery q(db->connection());
              q.exec(u"INSERT INTO relationship VALUES (1, 'Sam, Jr.', 'family', '', 'limit', 0, 'x')"_s);
              q.prepare(u"INSERT INTO journal_entry (id, relationship_id, occurred_at, channel, mood_before, "
                        "mood_after, note, is_incident, severity, present, created_at, updated_at) "
                        "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 'x', 'x')"_s);
              for (const QVariantList &row : {QVariantList {1, first.toUTC().toString(Qt::ISODateWithMs), u"call"_s, -2,
                                                  -4, u"He said \"never again\",\nthen laughed"_s, 1, 4, u"=cmd"_s},
                       QVariantList {2, second.toUTC().toString(Qt::ISODateWithMs), u"text"_s, QVariant(), 3, u""_s, 0,
                           QVariant(), u""_s}}) {
                  for (int i = 0; i < row.size(); ++i)
                      q.bindValue(i, row.at(i));
                  if (!q.exec())
                      return makeError(ErrorCode::Internal, q.lastError().text());
              }
              q.exec(u"INSERT INTO journal_tag VALUES (1, 'shouting'), (1, 'contempt')"_s);
              return {};
          }).ok());
    auto csv = CsvExport::journal(*db);
    ASSERT_TRUE(csv.ok());
    const QByteArray expected
        = "date,time,relationship,channel,mood_before,mood_during,mood_after,tags,incident,severity,present,evidence,"
          "note\r\n"
          "2026-03-02,07:05,\"Sam, Jr.\",text,,,3,,no,,,,\r\n"
          "2026-03-03,18:30,\"Sam, Jr.\",call,-2,,-4,contempt;shouting,yes,4,'=cmd,,"
          "\"He said \"\"never again\"\",\nthen laughed\"\r\n";
    EXPECT_EQ(csv.value().toStdString(), expected.toStdString());
    auto none = CsvExport::journal(*db, 2);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->count("\r\n"), 1); // header only
}
