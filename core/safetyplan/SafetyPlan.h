#pragma once

#include "common/EnumKeys.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bearings {

// Where the user lives, for the emergency number (DOMAIN.md section 8).
enum class Region { UnitedStates, Canada, EuropeanUnion, UnitedKingdom, Australia, Other };
inline constexpr EnumKeyTable<Region, 6> kRegionKeys {{
    {Region::UnitedStates, u"us"},
    {Region::Canada, u"ca"},
    {Region::EuropeanUnion, u"eu"},
    {Region::UnitedKingdom, u"uk"},
    {Region::Australia, u"au"},
    {Region::Other, u"other"},
}};

struct TrustedContact {
    QString name;
    QString phone;
    QString relationship; // how the user knows them
    bool knowsPlan = false;
    bool operator==(const TrustedContact &) const = default;
};

struct Hotline {
    QString name;
    QString phone;
    QString tty;
    QString notes;
    bool operator==(const Hotline &) const = default;
};

struct SafePlace {
    QString name;
    QString address;
    QString howToGetThere;
    bool operator==(const SafePlace &) const = default;
};

struct ChecklistItem {
    QString text;
    bool done = false;
    bool operator==(const ChecklistItem &) const = default;
};

// The one safety plan of a vault.
struct SafetyPlan {
    QList<TrustedContact> contacts;
    Region region = Region::UnitedStates;
    QString emergencyNumber; // filled from the region, editable
    QList<Hotline> hotlines;
    QList<SafePlace> safePlaces;
    QString codeWord;
    QList<ChecklistItem> essentials; // documents, money, medication, keys...
    QStringList ifTheyShowUp;        // steps if the person shows up or contact escalates
    QStringList exitSteps;           // steps of a safe exit
    QStringList groundingTools;      // for hard moments
    QString notes;
    QDateTime updatedAt;
    bool operator==(const SafetyPlan &) const = default;
};

} // namespace bearings
