#include "journal/IncidentReport.h"
#include "TestDatabase.h"
#include "journal/IncidentChain.h"
#include "journal/JournalRepository.h"
#include "relationships/RelationshipRepository.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute));
}

// The position of each needle, in order; -1 where one is missing or out of order.
qsizetype inOrder(const QString &haystack, const QStringList &needles, qsizetype from = 0)
{
    qsizetype at = from;
    for (const QString &needle : needles) {
        at = haystack.indexOf(needle, at);
        if (at < 0)
            return -1;
        at += needle.size();
    }
    return at;
}

} // namespace

class IncidentReportTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        for (const QString &name : {u"Sam <the \"boss\">"_s, u"Alex"_s}) {
            Relationship r;
            r.name = name;
            r.notes = u"-"_s;
            ASSERT_TRUE(RelationshipRepository(*db).add(r).ok());
            (name == u"Alex"_s ? alex : sam) = r.id;
        }
    }

    qint64 add(const QDateTime &when, const QString &note, int severity, const QString &present,
        const QString &evidence, Channel channel = Channel::InPerson, qint64 relationshipId = 0)
    {
        JournalEntry e;
        e.relationshipId = relationshipId ? relationshipId : sam;
        e.occurredAt = when;
        e.channel = channel;
        e.note = note;
        e.incident = true;
        e.severity = severity;
        e.present = present;
        e.evidence = evidence;
        clock.advanceSecs(300);
        auto added = JournalRepository(*db).add(e);
        EXPECT_TRUE(added.ok());
        return added.ok() ? added.value() : 0;
    }

    QString report(QDate from = QDate(2026, 3, 1), QDate to = QDate(2026, 3, 31))
    {
        IncidentReportRequest request;
        request.relationshipId = sam;
        request.from = from;
        request.to = to;
        request.vaultPath = u"/home/me/my vault's file.vault"_s;
        request.preparedAt = clock.now();
        request.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        auto html = IncidentReport::html(*db, request);
        EXPECT_TRUE(html.ok()) << (html.ok() ? std::string() : html.error().detail.toStdString());
        return html.ok() ? html.value() : QString();
    }

    qint64 sam = 0;
    qint64 alex = 0;
};

TEST_F(IncidentReportTest, ListsEachIncidentsFieldsInOrderOldestFirst)
{
    // Added out of order: the report follows when things happened.
    add(at(9, 20, 15), u"Read my messages without asking."_s, 2, u"Nobody"_s, u"Screenshot"_s, Channel::Online);
    add(at(2, 18, 30), u"Shouted at me in the kitchen.\nI left the room."_s, 3, u"Our neighbour, Ana"_s,
        u"Photo of the broken cup"_s, Channel::InPerson);
    add(at(5, 9), u"Alex's incident"_s, 5, {}, {}, Channel::Call, alex);
    add(at(20, 9), u"Outside the period"_s, 1, {}, {}, Channel::Call);
    const QString html = report(QDate(2026, 3, 1), QDate(2026, 3, 15));

    const qsizetype afterFirst = inOrder(html,
        {u"1. Monday, 2 March 2026, 18:30"_s, u"Date and time"_s, u"Monday, 2 March 2026, 18:30 (UTC"_s, u"Contact"_s,
            u"In person"_s, u"What happened"_s, u"Shouted at me in the kitchen.<br/>I left the room."_s, u"Severity"_s,
            u"3 of 5 (serious)"_s, u"Who was present"_s, u"Our neighbour, Ana"_s, u"Evidence kept"_s,
            u"Photo of the broken cup"_s, u"Written down"_s, u"Record history"_s, u"Recorded on"_s, u"(link 2)"_s});
    ASSERT_GT(afterFirst, 0) << html.toStdString();
    EXPECT_GT(inOrder(html,
                  {u"2. Monday, 9 March 2026, 20:15"_s, u"Online"_s, u"Read my messages without asking."_s,
                      u"2 of 5 (upsetting)"_s, u"Nobody"_s, u"Screenshot"_s, u"(link 1)"_s},
                  afterFirst),
        0);
    // Times carry their offset from UTC.
    EXPECT_TRUE(html.contains(QRegularExpression(u"18:30 \\(UTC[+\u2212]\\d\\d:\\d\\d\\)"_s))) << html.toStdString();
    EXPECT_FALSE(html.contains(u"Alex's incident"_s));
    EXPECT_FALSE(html.contains(u"Outside the period"_s));
    EXPECT_FALSE(html.contains(u"3. "_s));
    EXPECT_GT(inOrder(html, {u"Period"_s, u"1 March 2026"_s, u" to "_s, u"15 March 2026"_s}), 0);
}

TEST_F(IncidentReportTest, IsWellFormedAndEscapesEveryStoredText)
{
    add(at(3, 21), u"<script>alert('x')</script> & \"quoted\" </td></tr>"_s, 4, u"<b>Pat</b>"_s, u"a < b & c"_s);
    const QString html = report();
    QXmlStreamReader xml(html);
    int elements = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString() << " at line " << xml.lineNumber();
    EXPECT_GT(elements, 20);
    EXPECT_FALSE(html.contains(u"<script>"_s));
    EXPECT_FALSE(html.contains(u"<b>Pat</b>"_s));
    EXPECT_TRUE(html.contains(u"&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;quoted&quot; &lt;/td&gt;"_s));
    EXPECT_TRUE(html.contains(u"&lt;b&gt;Pat&lt;/b&gt;"_s));
    EXPECT_TRUE(html.contains(u"a &lt; b &amp; c"_s));
    EXPECT_TRUE(html.contains(u"Sam &lt;the &quot;boss&quot;&gt;"_s));
}

TEST_F(IncidentReportTest, MarksEditsAndRemovalsAndPrintsTheChainHead)
{
    const qint64 kept = add(at(2, 18, 30), u"Shouted."_s, 3, {}, {});
    const qint64 removed = add(at(4, 10), u"Something I wrote by mistake."_s, 1, {}, {});
    clock.advanceDays(2);
    auto e = JournalRepository(*db).get(kept);
    ASSERT_TRUE(e.ok());
    JournalEntry edited = e.value();
    edited.note = u"Shouted and threw a cup."_s;
    ASSERT_TRUE(JournalRepository(*db).update(edited).ok());
    ASSERT_TRUE(JournalRepository(*db).remove(removed).ok());

    const QString html = report();
    EXPECT_GT(
        inOrder(html, {u"Shouted and threw a cup."_s, u"Recorded on"_s, u"(link 1)"_s, u"Edited on"_s, u"(link 3)"_s}),
        0)
        << html.toStdString();
    EXPECT_FALSE(html.contains(u"by mistake"_s));
    EXPECT_GT(inOrder(html,
                  {u"Records removed"_s, u"An incident of Wednesday, 4 March 2026, 10:00"_s, u"was deleted on"_s,
                      u"(link 4)"_s}),
        0);

    auto v = IncidentChain::verify(*db);
    ASSERT_TRUE(v.ok());
    EXPECT_TRUE(inOrder(html,
                    {u"Links in the chain"_s, u"4"_s, u"Chain head"_s, v->headHex(),
                        u"Every link was checked and the chain is intact."_s})
        > 0);
    EXPECT_TRUE(html.contains(
        u"bearings check --vault '/home/me/my vault'\\''s file.vault' --passphrase-stdin --head "_s + v->headHex()));
}

TEST_F(IncidentReportTest, SaysSoWhenThereAreNoIncidentsOrTheRelationshipIsGone)
{
    EXPECT_TRUE(report().contains(u"No incidents are recorded for this period."_s));
    IncidentReportRequest request;
    request.relationshipId = 999;
    auto missing = IncidentReport::html(*db, request);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
}
