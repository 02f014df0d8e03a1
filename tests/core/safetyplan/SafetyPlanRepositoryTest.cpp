#include "safetyplan/SafetyPlanRepository.h"
#include "TestDatabase.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

SafetyPlan fullPlan()
{
    SafetyPlan plan = SafetyPlanRepository::defaultPlan();
    plan.region = Region::UnitedKingdom;
    plan.emergencyNumber = u"999"_s;
    plan.contacts
        = {{u"Ana"_s, u"07700 900123"_s, u"Sister"_s, true}, {u"Joe"_s, u"07700 900456"_s, u"Friend"_s, false}};
    plan.hotlines.append({u"Local line"_s, u"0808 000 0000"_s, QString(), u"Evenings"_s});
    plan.safePlaces = {{u"Ana's flat"_s, u"1 High Street"_s, u"Bus 12, ten minutes"_s}};
    plan.codeWord = u"pineapple"_s;
    plan.essentials[0].done = true;
    plan.ifTheyShowUp = {u"Do not open the door"_s, u"Call Ana"_s};
    plan.exitSteps = {u"Pack the bag"_s, u"Leave while they are at work"_s};
    plan.notes = u"Ünïcödé and \"quotes\" survive."_s;
    return plan;
}

} // namespace

class SafetyPlanRepositoryTest : public DatabaseTest {
protected:
    SafetyPlanRepository repo() { return SafetyPlanRepository(*db); }

    int rows() const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(u"SELECT count(*) FROM safety_plan"_s) || !q.next())
            return -1;
        return q.value(0).toInt();
    }
};

TEST_F(SafetyPlanRepositoryTest, LoadGivesTheDefaultPlanUntilOneIsSaved)
{
    auto plan = repo().load();
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan.value(), SafetyPlanRepository::defaultPlan());
    EXPECT_FALSE(plan->updatedAt.isValid());
    EXPECT_EQ(rows(), 0);
}

TEST_F(SafetyPlanRepositoryTest, DefaultPlanHasTheHotlineEssentialsAndGroundingTools)
{
    const SafetyPlan plan = SafetyPlanRepository::defaultPlan();
    EXPECT_EQ(plan.region, Region::UnitedStates);
    EXPECT_EQ(plan.emergencyNumber, u"911"_s);
    ASSERT_EQ(plan.hotlines.size(), 1);
    EXPECT_EQ(plan.hotlines[0].phone, u"1-800-799-7233"_s);
    EXPECT_EQ(plan.hotlines[0].tty, u"1-800-787-3224"_s);
    EXPECT_TRUE(plan.hotlines[0].name.contains(u"Domestic Violence Hotline"_s));
    EXPECT_TRUE(plan.hotlines[0].notes.contains(u"confidential"_s));
    EXPECT_TRUE(plan.hotlines[0].notes.contains(u"24 hours"_s));

    ASSERT_GE(plan.essentials.size(), 6);
    EXPECT_TRUE(std::none_of(plan.essentials.cbegin(), plan.essentials.cend(),
        [](const ChecklistItem &i) { return i.done || i.text.isEmpty(); }));
    const auto hasEssential = [&](const QString &word) {
        return std::any_of(plan.essentials.cbegin(), plan.essentials.cend(),
            [&](const ChecklistItem &i) { return i.text.contains(word, Qt::CaseInsensitive); });
    };
    for (const QString &word :
        {u"passport"_s, u"birth certificate"_s, u"bank cards"_s, u"medication"_s, u"keys"_s, u"charger"_s})
        EXPECT_TRUE(hasEssential(word)) << word.toStdString();

    ASSERT_EQ(plan.groundingTools.size(), 4);
    EXPECT_TRUE(plan.groundingTools[0].contains(u"5-4-3-2-1"_s));
    EXPECT_TRUE(plan.groundingTools[1].contains(u"Box breathing"_s));
    EXPECT_TRUE(plan.groundingTools[2].contains(u"walk"_s));
    EXPECT_TRUE(plan.groundingTools[3].contains(u"Today I felt... I needed... I will try..."_s));
    EXPECT_TRUE(plan.contacts.isEmpty());
    EXPECT_TRUE(plan.codeWord.isEmpty());
}

TEST_F(SafetyPlanRepositoryTest, EmergencyNumbersByRegion)
{
    EXPECT_EQ(SafetyPlanRepository::emergencyNumberFor(Region::UnitedStates), u"911"_s);
    EXPECT_EQ(SafetyPlanRepository::emergencyNumberFor(Region::Canada), u"911"_s);
    EXPECT_EQ(SafetyPlanRepository::emergencyNumberFor(Region::EuropeanUnion), u"112"_s);
    EXPECT_EQ(SafetyPlanRepository::emergencyNumberFor(Region::UnitedKingdom), u"999"_s);
    EXPECT_EQ(SafetyPlanRepository::emergencyNumberFor(Region::Australia), u"000"_s);
    EXPECT_TRUE(SafetyPlanRepository::emergencyNumberFor(Region::Other).isEmpty());
}

TEST_F(SafetyPlanRepositoryTest, SaveThenLoadReturnsTheSamePlan)
{
    SafetyPlan plan = fullPlan();
    ASSERT_TRUE(repo().save(plan).ok());
    EXPECT_EQ(plan.updatedAt, clock.now());
    auto loaded = repo().load();
    ASSERT_TRUE(loaded.ok()) << loaded.error().detail.toStdString();
    EXPECT_EQ(loaded.value(), plan);

    clock.advanceDays(1);
    plan.codeWord = u"blue door"_s;
    plan.contacts.removeFirst();
    ASSERT_TRUE(repo().save(plan).ok());
    EXPECT_EQ(rows(), 1);
    EXPECT_EQ(repo().load().value(), plan);
    EXPECT_EQ(repo().load()->updatedAt, clock.now());
}

TEST_F(SafetyPlanRepositoryTest, SurvivesImageRoundTrip)
{
    SafetyPlan plan = fullPlan();
    ASSERT_TRUE(repo().save(plan).ok());
    auto reloaded = reload();
    ASSERT_TRUE(reloaded);
    auto loaded = SafetyPlanRepository(*reloaded).load();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded.value(), plan);
}

TEST_F(SafetyPlanRepositoryTest, StoredDocumentIsVersionedJson)
{
    SafetyPlan plan = fullPlan();
    ASSERT_TRUE(repo().save(plan).ok());
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u"SELECT id, document FROM safety_plan"_s) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toString().toUtf8());
    ASSERT_TRUE(doc.isObject());
    EXPECT_EQ(doc.object().value(u"format"_s).toInt(), 1);
    EXPECT_EQ(doc.object().value(u"region"_s).toString(), u"uk"_s);
}

TEST_F(SafetyPlanRepositoryTest, JsonRoundTripIsExact)
{
    SafetyPlan plan = fullPlan();
    plan.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 30, 15, 250));
    const QJsonObject json = SafetyPlanRepository::toJson(plan);
    auto back = SafetyPlanRepository::fromJson(json);
    ASSERT_TRUE(back.ok()) << back.error().detail.toStdString();
    EXPECT_EQ(back.value(), plan);
    EXPECT_EQ(SafetyPlanRepository::toJson(back.value()), json);

    // Through text too, as the exchange file would carry it.
    const QByteArray text = QJsonDocument(json).toJson();
    auto fromText = SafetyPlanRepository::fromJson(QJsonDocument::fromJson(text).object());
    ASSERT_TRUE(fromText.ok());
    EXPECT_EQ(fromText.value(), plan);
}

TEST_F(SafetyPlanRepositoryTest, MissingOptionalKeysGiveEmptyFields)
{
    auto plan = SafetyPlanRepository::fromJson(QJsonObject {{u"format"_s, 1}});
    ASSERT_TRUE(plan.ok());
    EXPECT_EQ(plan->region, Region::UnitedStates);
    EXPECT_TRUE(plan->hotlines.isEmpty());
    EXPECT_TRUE(plan->emergencyNumber.isEmpty());
}

TEST_F(SafetyPlanRepositoryTest, BadJsonIsRejected)
{
    const QJsonObject good = SafetyPlanRepository::toJson(fullPlan());
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return o;
    };
    QJsonObject noFormat = good;
    noFormat.remove(u"format"_s);
    QJsonArray badContact {QJsonObject {{u"name"_s, 5}}};
    QJsonArray badEssential {QJsonObject {{u"text"_s, u"ID"_s}, {u"done"_s, u"yes"_s}}};

    struct Case {
        const char *name;
        QJsonObject json;
        ErrorCode code;
    };
    const Case cases[] = {
        {"empty", QJsonObject(), ErrorCode::Damaged},
        {"no format", noFormat, ErrorCode::Damaged},
        {"format as text", with(u"format"_s, u"1"_s), ErrorCode::Damaged},
        {"format 0", with(u"format"_s, 0), ErrorCode::Damaged},
        {"format 1.5", with(u"format"_s, 1.5), ErrorCode::Damaged},
        {"newer format", with(u"format"_s, 2), ErrorCode::Unsupported},
        {"region as number", with(u"region"_s, 3), ErrorCode::Damaged},
        {"unknown region", with(u"region"_s, u"mars"_s), ErrorCode::Invalid},
        {"contacts as object", with(u"contacts"_s, QJsonObject()), ErrorCode::Damaged},
        {"contact as string", with(u"contacts"_s, QJsonArray {u"Ana"_s}), ErrorCode::Damaged},
        {"contact name as number", with(u"contacts"_s, badContact), ErrorCode::Damaged},
        {"done as text", with(u"essentials"_s, badEssential), ErrorCode::Damaged},
        {"steps with a number", with(u"exit_steps"_s, QJsonArray {u"Pack"_s, 2}), ErrorCode::Damaged},
        {"code word as bool", with(u"code_word"_s, true), ErrorCode::Damaged},
        {"bad timestamp", with(u"updated_at"_s, u"yesterday"_s), ErrorCode::Invalid},
    };
    for (const Case &c : cases) {
        auto result = SafetyPlanRepository::fromJson(c.json);
        ASSERT_FALSE(result.ok()) << c.name;
        EXPECT_EQ(result.error().code, c.code) << c.name;
        EXPECT_FALSE(result.error().message.isEmpty()) << c.name;
    }
}

TEST_F(SafetyPlanRepositoryTest, DamagedStoredDocumentIsReportedNotReplaced)
{
    ASSERT_TRUE(db->write([&]() -> Status {
                      QSqlQuery q(db->connection());
                      return sql::exec(q, u"INSERT INTO safety_plan (id, document, updated_at) VALUES (1, ?, ?)"_s,
                          {u"{not json"_s, sql::toDb(clock.now())});
                  }).ok());
    auto loaded = repo().load();
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::Damaged);
}
