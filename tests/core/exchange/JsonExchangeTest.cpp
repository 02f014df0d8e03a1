#include "exchange/JsonExchange.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

using namespace bearings;
using namespace bearings::exchange;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// One record of every kind, written with plain SQL so the test does not
// depend on the repositories.
Status populate(Database &db)
{
    return db.write([&]() -> Status {
        QSqlQuery q(db.connection());
        const QStringList statements {
            u"INSERT INTO relationship VALUES (1, 'Sam', 'partner', 'notes, with \"quotes\"', 'repair', 0, "
            "'2026-01-05T09:00:00.000Z')"_s,
            u"INSERT INTO relationship VALUES (7, 'Pat', 'colleague', '', 'limit', 1, '2026-01-06T09:00:00.000Z')"_s,
            u"INSERT INTO strategy_change VALUES (1, 1, 'repair', '2026-01-05T09:00:00.000Z', 'Trying counselling')"_s,
            u"INSERT INTO relationship_item VALUES (1, 1, 'non_negotiable', 0, 'No shouting')"_s,
            u"INSERT INTO relationship_item VALUES (2, 1, 'value', 0, 'Honesty')"_s,
            u"INSERT INTO assessment VALUES (1, 1, '2026-01-07T10:00:00.000Z', 1, 0, 'limit')"_s,
            u"INSERT INTO assessment VALUES (2, 1, '2026-02-07T10:00:00.000Z', 1, 1, NULL)"_s,
            u"INSERT INTO assessment_answer VALUES (1, 'drained', 2)"_s,
            u"INSERT INTO assessment_reflection VALUES (1, 'sunk-cost', 'Ten years is a lot.')"_s,
            u"INSERT INTO boundary VALUES (1, 1, 'Shouting', 'I leave the room', 'I go to my sister', 1, "
            "'2026-01-08T09:00:00.000Z', NULL)"_s,
            u"INSERT INTO breach VALUES (1, 1, '2026-01-10T20:00:00.000Z', 'Shouted at dinner', 1)"_s,
            u"INSERT INTO user_tag VALUES ('late-night-texts', 'Late-night texts', 'negative')"_s,
            u"INSERT INTO journal_entry VALUES (1, 1, '2026-01-09T18:30:00.000Z', 'in_person', -1, -3, -4, "
            "'Line one\nline two', 1, 3, 'Our neighbour', 'Photo of the door', '2026-01-09T19:00:00.000Z', "
            "'2026-01-09T19:00:00.000Z')"_s,
            u"INSERT INTO journal_entry VALUES (2, 7, '2026-01-11T12:00:00.000Z', 'text', NULL, NULL, 2, '', 0, "
            "NULL, '', '', '2026-01-11T12:05:00.000Z', '2026-01-11T12:05:00.000Z')"_s,
            u"INSERT INTO journal_tag VALUES (1, 'contempt')"_s,
            u"INSERT INTO journal_tag VALUES (1, 'late-night-texts')"_s,
            u"INSERT INTO trial_plan VALUES (1, 1, 'repair', '2026-01-12', 12, 'Pause and return', "
            "'20 minutes of attention', 7, '2026-01-12T09:00:00.000Z', NULL)"_s,
            u"INSERT INTO benchmark VALUES (1, 1, 0, 'positive_negative_ratio', 'Good moments', 5.0, 'at_least')"_s,
            u"INSERT INTO benchmark VALUES (2, 1, 1, 'self_rated', 'Feeling heard', 6.5, 'at_least')"_s,
            u"INSERT INTO checkin VALUES (1, 1, 1, '2026-01-18T20:00:00.000Z', 'A calm walk', 'Money talk', 6)"_s,
            u"INSERT INTO checkin_rating VALUES (1, 2, 7)"_s,
            u"INSERT INTO monthly_review VALUES (1, 1, 1, '2026-02-08T20:00:00.000Z', 'p', 'q', 'r')"_s,
            u"INSERT INTO message_script VALUES (1, 1, 'Shouting', 'i_statement', 'When you [behaviour]...', "
            "'2026-01-13T09:00:00.000Z', '2026-01-13T09:30:00.000Z')"_s,
            u"INSERT INTO message_script VALUES (2, NULL, 'General', 'custom', '', '2026-01-13T09:00:00.000Z', "
            "'2026-01-13T09:00:00.000Z')"_s,
            u"INSERT INTO safety_plan VALUES (1, '{\"format\":1,\"codeWord\":\"blue umbrella\"}', "
            "'2026-01-14T09:00:00.000Z')"_s,
            u"INSERT INTO logistics_item VALUES (1, 7, 'accounts', 0, 'Change email password', 1, "
            "'2026-01-15T09:00:00.000Z')"_s,
        };
        for (const QString &sql : statements) {
            if (!q.exec(sql))
                return makeError(ErrorCode::Internal, q.lastError().text(), sql);
        }
        return {};
    });
}

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray mutate(const QByteArray &json, const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = parse(json);
    change(root);
    return QJsonDocument(root).toJson();
}

// Replaces root[section][index][field] with value.
std::function<void(QJsonObject &)> setField(const QString &section, int index, const QString &field, QJsonValue value)
{
    return [=](QJsonObject &root) {
        QJsonArray array = root.value(section).toArray();
        QJsonObject record = array.at(index).toObject();
        if (value.isUndefined())
            record.remove(field);
        else
            record.insert(field, value);
        array.replace(index, record);
        root.insert(section, array);
    };
}

qint64 countOf(const RecordCounts &counts, const QString &key)
{
    for (const auto &[k, n] : counts) {
        if (k == key)
            return n;
    }
    return -1;
}

} // namespace

class JsonExchangeTest : public DatabaseTest {
protected:
    void SetUp() override
    {
        DatabaseTest::SetUp();
        const Status s = populate(*db);
        ASSERT_TRUE(s.ok()) << s.error().message.toStdString() << s.error().detail.toStdString();
        auto json = JsonExchange::exportJson(*db, clock.now());
        ASSERT_TRUE(json.ok());
        exported = json.value();
    }
    QByteArray exported;
};

TEST_F(JsonExchangeTest, ExportHoldsEverySectionAndVersion)
{
    const QJsonObject root = parse(exported);
    EXPECT_EQ(root.value(u"format"_s).toString(), u"bearings-export"_s);
    EXPECT_EQ(root.value(u"version"_s).toInt(), 1);
    EXPECT_EQ(root.value(u"relationships"_s).toArray().size(), 2);
    EXPECT_EQ(root.value(u"journalTags"_s).toArray().size(), 2);
    const QJsonObject entry = root.value(u"journalEntries"_s).toArray().at(0).toObject();
    EXPECT_EQ(entry.value(u"moodAfter"_s).toInt(), -4);
    EXPECT_EQ(entry.value(u"incident"_s).toBool(), true);
    EXPECT_EQ(entry.value(u"note"_s).toString(), u"Line one\nline two"_s);
    const QJsonObject other = root.value(u"journalEntries"_s).toArray().at(1).toObject();
    EXPECT_TRUE(other.value(u"moodBefore"_s).isNull());
    EXPECT_TRUE(other.value(u"severity"_s).isNull());
    EXPECT_DOUBLE_EQ(root.value(u"benchmarks"_s).toArray().at(1).toObject().value(u"target"_s).toDouble(), 6.5);
}

TEST_F(JsonExchangeTest, RoundTripIntoANewVaultIsIdentical)
{
    auto fresh = Database::openNew(clock);
    ASSERT_TRUE(fresh.ok());
    auto imported = JsonExchange::importJson(*fresh.value(), exported, ImportMode::IntoEmpty);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    EXPECT_EQ(countOf(imported.value(), u"journalEntries"_s), 2);
    EXPECT_EQ(countOf(imported.value(), u"checkInRatings"_s), 1);
    auto again = JsonExchange::exportJson(*fresh.value(), clock.now());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), exported);
    auto before = JsonExchange::countRecords(*db);
    auto after = JsonExchange::countRecords(*fresh.value());
    ASSERT_TRUE(before.ok() && after.ok());
    EXPECT_EQ(before.value(), after.value());
}

TEST_F(JsonExchangeTest, ImportIntoANonEmptyVaultIsRefusedUnlessReplacing)
{
    auto refused = JsonExchange::importJson(*db, exported, ImportMode::IntoEmpty);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Conflict);

    // Replace: the vault ends up holding exactly the file's content.
    const QByteArray smaller = mutate(exported, [](QJsonObject &root) {
        QJsonArray scripts = root.value(u"messageScripts"_s).toArray();
        scripts.removeLast();
        root.insert(u"messageScripts"_s, scripts);
    });
    auto replaced = JsonExchange::importJson(*db, smaller, ImportMode::Replace);
    ASSERT_TRUE(replaced.ok()) << replaced.error().message.toStdString();
    auto counts = JsonExchange::countRecords(*db);
    EXPECT_EQ(countOf(counts.value(), u"messageScripts"_s), 1);
    EXPECT_EQ(countOf(counts.value(), u"journalEntries"_s), 2);
}

struct BadImport {
    const char *name;
    std::function<QByteArray(const QByteArray &)> make;
    ErrorCode code;
    const char16_t *where; // expected in the message
};

TEST_F(JsonExchangeTest, EveryBadImportIsRefusedAndLeavesTheVaultUntouched)
{
    const QList<BadImport> cases {
        {"truncated JSON", [](const QByteArray &j) { return j.left(j.size() / 2); }, ErrorCode::Invalid, u"line"},
        {"not an object", [](const QByteArray &) { return QByteArray("[1, 2, 3]"); }, ErrorCode::Invalid, u"top level"},
        {"wrong format name",
            [](const QByteArray &j) { return mutate(j, [](QJsonObject &r) { r.insert(u"format"_s, u"other"_s); }); },
            ErrorCode::Invalid, u"format"},
        {"future version",
            [](const QByteArray &j) { return mutate(j, [](QJsonObject &r) { r.insert(u"version"_s, 99); }); },
            ErrorCode::Unsupported, u"newer version"},
        {"version zero",
            [](const QByteArray &j) { return mutate(j, [](QJsonObject &r) { r.insert(u"version"_s, 0); }); },
            ErrorCode::Invalid, u"version"},
        {"unknown section",
            [](const QByteArray &j) {
                return mutate(j, [](QJsonObject &r) { r.insert(u"passwords"_s, QJsonArray()); });
            },
            ErrorCode::Invalid, u"passwords"},
        {"section not a list",
            [](const QByteArray &j) { return mutate(j, [](QJsonObject &r) { r.insert(u"boundaries"_s, 3); }); },
            ErrorCode::Invalid, u"boundaries"},
        {"wrong type",
            [](const QByteArray &j) { return mutate(j, setField(u"journalEntries"_s, 0, u"moodAfter"_s, u"sad"_s)); },
            ErrorCode::Invalid, u"journalEntries[0].moodAfter"},
        {"mood out of range",
            [](const QByteArray &j) { return mutate(j, setField(u"journalEntries"_s, 1, u"moodAfter"_s, 9)); },
            ErrorCode::Invalid, u"journalEntries[1].moodAfter"},
        {"fractional id", [](const QByteArray &j) { return mutate(j, setField(u"boundaries"_s, 0, u"id"_s, 1.5)); },
            ErrorCode::Invalid, u"boundaries[0].id"},
        {"bad enum",
            [](const QByteArray &j) { return mutate(j, setField(u"relationships"_s, 0, u"kind"_s, u"enemy"_s)); },
            ErrorCode::Invalid, u"relationships[0].kind"},
        {"bad date",
            [](const QByteArray &j) { return mutate(j, setField(u"trialPlans"_s, 0, u"startDate"_s, u"soon"_s)); },
            ErrorCode::Invalid, u"trialPlans[0].startDate"},
        {"missing required field",
            [](const QByteArray &j) {
                return mutate(j, setField(u"breaches"_s, 0, u"occurredAt"_s, QJsonValue::Undefined));
            },
            ErrorCode::Invalid, u"breaches[0].occurredAt"},
        {"unknown field", [](const QByteArray &j) { return mutate(j, setField(u"breaches"_s, 0, u"secret"_s, 1)); },
            ErrorCode::Invalid, u"breaches[0].secret"},
        {"duplicate id", [](const QByteArray &j) { return mutate(j, setField(u"relationships"_s, 1, u"id"_s, 1)); },
            ErrorCode::Invalid, u"relationships[1]"},
        {"dangling reference",
            [](const QByteArray &j) { return mutate(j, setField(u"journalEntries"_s, 0, u"relationshipId"_s, 99)); },
            ErrorCode::Invalid, u"journalEntries[0].relationshipId"},
        {"unknown tag",
            [](const QByteArray &j) { return mutate(j, setField(u"journalTags"_s, 1, u"tag"_s, u"made-up"_s)); },
            ErrorCode::Invalid, u"journalTags[1].tag"},
        {"severity without incident",
            [](const QByteArray &j) { return mutate(j, setField(u"journalEntries"_s, 1, u"severity"_s, 2)); },
            ErrorCode::Invalid, u"journalEntries[1].severity"},
        {"text too long",
            [](const QByteArray &j) {
                return mutate(j, setField(u"relationships"_s, 0, u"name"_s, QString(201, QLatin1Char('x'))));
            },
            ErrorCode::Invalid, u"relationships[0].name"},
        {"duplicate user tag id",
            [](const QByteArray &j) {
                return mutate(j, [](QJsonObject &r) {
                    QJsonArray tags = r.value(u"userTags"_s).toArray();
                    tags.append(tags.at(0));
                    r.insert(u"userTags"_s, tags);
                });
            },
            ErrorCode::Invalid, u"userTags[1]"},
        {"the same tag twice on an entry",
            [](const QByteArray &j) { return mutate(j, setField(u"journalTags"_s, 1, u"tag"_s, u"contempt"_s)); },
            ErrorCode::Invalid, u"journalTags[1]"},
        {"a day that does not exist",
            [](const QByteArray &j) {
                return mutate(j, setField(u"journalEntries"_s, 0, u"occurredAt"_s, u"2026-02-30T10:00:00.000Z"_s));
            },
            ErrorCode::Invalid, u"journalEntries[0].occurredAt"},
        {"an hour that does not exist",
            [](const QByteArray &j) {
                return mutate(j, setField(u"journalEntries"_s, 0, u"occurredAt"_s, u"2026-01-09T25:00:00.000Z"_s));
            },
            ErrorCode::Invalid, u"journalEntries[0].occurredAt"},
        {"safety plan not an object",
            [](const QByteArray &j) { return mutate(j, setField(u"safetyPlans"_s, 0, u"document"_s, u"[]"_s)); },
            ErrorCode::Invalid, u"safetyPlans[0].document"},
    };

    auto fresh = Database::openNew(clock);
    ASSERT_TRUE(fresh.ok());
    Database &target = *fresh.value();
    const auto snapshot = [&] { return JsonExchange::exportJson(target, clock.now()).value(); };
    const QByteArray before = snapshot();
    const quint64 generation = target.generation();
    for (const BadImport &c : cases) {
        SCOPED_TRACE(c.name);
        const QByteArray bad = c.make(exported);
        auto validated = JsonExchange::validate(bad);
        ASSERT_FALSE(validated.ok());
        auto imported = JsonExchange::importJson(target, bad, ImportMode::IntoEmpty);
        ASSERT_FALSE(imported.ok());
        EXPECT_EQ(imported.error().code, c.code);
        EXPECT_TRUE(imported.error().message.contains(QString::fromUtf16(c.where)))
            << imported.error().message.toStdString();
        EXPECT_EQ(target.generation(), generation);
        EXPECT_EQ(snapshot(), before);
    }
    // And the good file still imports afterwards.
    EXPECT_TRUE(JsonExchange::importJson(target, exported, ImportMode::IntoEmpty).ok());
}

TEST_F(JsonExchangeTest, DateTimesInOtherFormsAreStoredInUtc)
{
    // Exports write "2026-01-09T18:30:00.000Z"; a file edited by hand may use
    // an offset or leave out the milliseconds. Both are stored as exports write them.
    QByteArray edited
        = mutate(exported, setField(u"journalEntries"_s, 0, u"occurredAt"_s, u"2026-01-09T20:30:00+02:00"_s));
    edited = mutate(edited, setField(u"journalEntries"_s, 1, u"occurredAt"_s, u"2026-01-11T12:00:00Z"_s));
    auto fresh = Database::openNew(clock);
    ASSERT_TRUE(fresh.ok());
    auto imported = JsonExchange::importJson(*fresh.value(), edited, ImportMode::IntoEmpty);
    ASSERT_TRUE(imported.ok()) << imported.error().message.toStdString();
    auto again = JsonExchange::exportJson(*fresh.value(), clock.now());
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value(), exported);
}

TEST_F(JsonExchangeTest, ReplaceImportOfABadFileKeepsExistingData)
{
    const QByteArray bad = mutate(exported, setField(u"journalTags"_s, 0, u"entryId"_s, 42));
    auto result = JsonExchange::importJson(*db, bad, ImportMode::Replace);
    ASSERT_FALSE(result.ok());
    auto after = JsonExchange::exportJson(*db, clock.now());
    EXPECT_EQ(after.value(), exported);
}
