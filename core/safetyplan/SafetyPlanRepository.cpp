#include "SafetyPlanRepository.h"

#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSqlQuery>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

// Reads a JSON document field by field and remembers the first problem, so
// that fromJson() stays a flat list of fields.
class Reader final {
public:
    explicit Reader(QString where)
        : m_where(std::move(where))
    { }

    bool failed() const { return !m_problem.isEmpty(); }
    const QString &problem() const { return m_problem; }
    void fail(const QString &problem)
    {
        if (m_problem.isEmpty())
            m_problem = problem;
    }

    // A missing key keeps the default; a present key must have the right type.
    QString string(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isString())
            fail(u"%1.%2 is not a string"_s.arg(m_where, key));
        return v.toString();
    }

    bool boolean(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(u"%1.%2 is not a boolean"_s.arg(m_where, key));
        return v.toBool();
    }

    QJsonArray array(const QJsonObject &o, const QString &key)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(u"%1.%2 is not an array"_s.arg(m_where, key));
        return v.toArray();
    }

    QStringList strings(const QJsonObject &o, const QString &key)
    {
        QStringList result;
        const QJsonArray a = array(o, key);
        for (const QJsonValue &v : a) {
            if (!v.isString()) {
                fail(u"%1.%2 holds a value that is not a string"_s.arg(m_where, key));
                break;
            }
            result.append(v.toString());
        }
        return result;
    }

    template<typename T>
    QList<T> objects(const QJsonObject &o, const QString &key, const std::function<T(const QJsonObject &)> &read)
    {
        QList<T> result;
        const QJsonArray a = array(o, key);
        for (const QJsonValue &v : a) {
            if (!v.isObject()) {
                fail(u"%1.%2 holds a value that is not an object"_s.arg(m_where, key));
                break;
            }
            result.append(read(v.toObject()));
        }
        return result;
    }

private:
    QString m_where;
    QString m_problem;
};

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString SafetyPlanRepository::emergencyNumberFor(Region region)
{
    switch (region) {
    case Region::UnitedStates:
    case Region::Canada: return u"911"_s;
    case Region::EuropeanUnion: return u"112"_s;
    case Region::UnitedKingdom: return u"999"_s;
    case Region::Australia: return u"000"_s;
    case Region::Other: return {};
    }
    return {};
}

SafetyPlan SafetyPlanRepository::defaultPlan()
{
    SafetyPlan plan;
    plan.region = Region::UnitedStates;
    plan.emergencyNumber = emergencyNumberFor(plan.region);

    Hotline hotline;
    hotline.name = tr("National Domestic Violence Hotline (US)");
    hotline.phone = u"1-800-799-7233"_s;
    hotline.tty = u"1-800-787-3224"_s;
    hotline.notes = tr("Free and confidential. Someone is there to listen 24 hours a day, 7 days a week.");
    plan.hotlines.append(hotline);

    for (const QString &text : {tr("ID or passport"), tr("Birth certificates"), tr("Bank cards and some cash"),
             tr("Medication and prescriptions"), tr("Keys (home, car, work)"), tr("Phone and charger")})
        plan.essentials.append(ChecklistItem {text, false});

    plan.groundingTools = {
        tr("5-4-3-2-1: notice five things you can see, four you can touch, three you can hear, two you can smell "
           "and one you can taste."),
        tr("Box breathing: breathe in for a count of 4, hold for 4, breathe out for 4. Repeat a few times."),
        tr("Take a short walk, even just around the block or from room to room."),
        tr("Write for a few minutes: \"Today I felt... I needed... I will try...\""),
    };
    return plan;
}

QJsonObject SafetyPlanRepository::toJson(const SafetyPlan &plan)
{
    QJsonArray contacts;
    for (const TrustedContact &c : plan.contacts)
        contacts.append(QJsonObject {{u"name"_s, c.name}, {u"phone"_s, c.phone}, {u"relationship"_s, c.relationship},
            {u"knows_plan"_s, c.knowsPlan}});
    QJsonArray hotlines;
    for (const Hotline &h : plan.hotlines)
        hotlines.append(
            QJsonObject {{u"name"_s, h.name}, {u"phone"_s, h.phone}, {u"tty"_s, h.tty}, {u"notes"_s, h.notes}});
    QJsonArray places;
    for (const SafePlace &p : plan.safePlaces)
        places.append(
            QJsonObject {{u"name"_s, p.name}, {u"address"_s, p.address}, {u"how_to_get_there"_s, p.howToGetThere}});
    QJsonArray essentials;
    for (const ChecklistItem &e : plan.essentials)
        essentials.append(QJsonObject {{u"text"_s, e.text}, {u"done"_s, e.done}});

    QJsonObject json {
        {u"format"_s, kFormat},
        {u"region"_s, enumKey(kRegionKeys, plan.region)},
        {u"emergency_number"_s, plan.emergencyNumber},
        {u"contacts"_s, contacts},
        {u"hotlines"_s, hotlines},
        {u"safe_places"_s, places},
        {u"code_word"_s, plan.codeWord},
        {u"essentials"_s, essentials},
        {u"if_they_show_up"_s, toArray(plan.ifTheyShowUp)},
        {u"exit_steps"_s, toArray(plan.exitSteps)},
        {u"grounding_tools"_s, toArray(plan.groundingTools)},
        {u"notes"_s, plan.notes},
    };
    if (plan.updatedAt.isValid())
        json.insert(u"updated_at"_s, sql::toDb(plan.updatedAt));
    return json;
}

Result<SafetyPlan> SafetyPlanRepository::fromJson(const QJsonObject &json)
{
    const auto damaged = [](const QString &detail) {
        return makeError(ErrorCode::Damaged, tr("The safety plan could not be read. It may be damaged."), detail);
    };
    const QJsonValue format = json.value(u"format"_s);
    if (!format.isDouble() || format.toDouble() != double(format.toInt()) || format.toInt() < 1)
        return damaged(u"safety plan: missing or malformed \"format\""_s);
    if (format.toInt() > kFormat)
        return makeError(ErrorCode::Unsupported,
            tr("This safety plan was written by a newer version of Bearings. Please update Bearings to open it."),
            u"safety plan format %1, this version reads %2"_s.arg(format.toInt()).arg(kFormat));

    Reader r(u"safety plan"_s);
    SafetyPlan plan;
    plan.contacts = r.objects<TrustedContact>(json, u"contacts"_s, [&r](const QJsonObject &o) {
        return TrustedContact {r.string(o, u"name"_s), r.string(o, u"phone"_s), r.string(o, u"relationship"_s),
            r.boolean(o, u"knows_plan"_s)};
    });
    plan.emergencyNumber = r.string(json, u"emergency_number"_s);
    plan.hotlines = r.objects<Hotline>(json, u"hotlines"_s, [&r](const QJsonObject &o) {
        return Hotline {
            r.string(o, u"name"_s), r.string(o, u"phone"_s), r.string(o, u"tty"_s), r.string(o, u"notes"_s)};
    });
    plan.safePlaces = r.objects<SafePlace>(json, u"safe_places"_s, [&r](const QJsonObject &o) {
        return SafePlace {r.string(o, u"name"_s), r.string(o, u"address"_s), r.string(o, u"how_to_get_there"_s)};
    });
    plan.codeWord = r.string(json, u"code_word"_s);
    plan.essentials = r.objects<ChecklistItem>(json, u"essentials"_s, [&r](const QJsonObject &o) {
        return ChecklistItem {r.string(o, u"text"_s), r.boolean(o, u"done"_s)};
    });
    plan.ifTheyShowUp = r.strings(json, u"if_they_show_up"_s);
    plan.exitSteps = r.strings(json, u"exit_steps"_s);
    plan.groundingTools = r.strings(json, u"grounding_tools"_s);
    plan.notes = r.string(json, u"notes"_s);
    const QString regionKey = r.string(json, u"region"_s);
    const QString updatedAt = r.string(json, u"updated_at"_s);
    if (r.failed())
        return damaged(r.problem());

    if (!regionKey.isEmpty()) {
        const std::optional<Region> region = enumFromKey(kRegionKeys, regionKey);
        if (!region)
            return makeError(ErrorCode::Invalid, tr("The safety plan names a region Bearings does not know."),
                u"safety plan: unknown region \"%1\""_s.arg(regionKey));
        plan.region = *region;
    }
    if (!updatedAt.isEmpty()) {
        plan.updatedAt = sql::dateTimeFromDb(updatedAt);
        if (!plan.updatedAt.isValid())
            return makeError(ErrorCode::Invalid, tr("The safety plan has a date Bearings cannot read."),
                u"safety plan: bad updated_at \"%1\""_s.arg(updatedAt));
    }
    return plan;
}

Result<SafetyPlan> SafetyPlanRepository::load() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, u"SELECT document, updated_at FROM safety_plan WHERE id = 1"_s); !s.ok())
        return s.error();
    if (!q.next())
        return defaultPlan();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Damaged, tr("The safety plan could not be read. It may be damaged."),
            u"safety plan: %1"_s.arg(parseError.errorString()));
    Result<SafetyPlan> plan = fromJson(doc.object());
    if (!plan.ok())
        return plan;
    // The row's own timestamp is the one save() keeps current.
    plan.value().updatedAt = sql::dateTimeFromDb(q.value(1));
    return plan;
}

Status SafetyPlanRepository::save(SafetyPlan &plan)
{
    const QDateTime now = m_db.clock().now();
    SafetyPlan stored = plan;
    stored.updatedAt = now;
    const QString document = QString::fromUtf8(QJsonDocument(toJson(stored)).toJson(QJsonDocument::Compact));
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        return sql::exec(q,
            u"INSERT INTO safety_plan (id, document, updated_at) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET document = excluded.document, updated_at = excluded.updated_at"_s,
            {document, sql::toDb(now)});
    });
    if (!s.ok())
        return s;
    plan.updatedAt = now;
    return {};
}

} // namespace bearings
