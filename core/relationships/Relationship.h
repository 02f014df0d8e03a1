#pragma once

#include "common/EnumKeys.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace bearings {

enum class RelationshipKind { Partner, Family, Friend, Colleague, CoParent, Other };
inline constexpr EnumKeyTable<RelationshipKind, 6> kRelationshipKindKeys {{
    {RelationshipKind::Partner, u"partner"},
    {RelationshipKind::Family, u"family"},
    {RelationshipKind::Friend, u"friend"},
    {RelationshipKind::Colleague, u"colleague"},
    {RelationshipKind::CoParent, u"co_parent"},
    {RelationshipKind::Other, u"other"},
}};

// The path the user has chosen for a relationship (DOMAIN.md section 1).
enum class Strategy { Undecided, Repair, Limit, Cut };
inline constexpr EnumKeyTable<Strategy, 4> kStrategyKeys {{
    {Strategy::Undecided, u"undecided"},
    {Strategy::Repair, u"repair"},
    {Strategy::Limit, u"limit"},
    {Strategy::Cut, u"cut"},
}};

// One dated change of strategy and the user's reason for it.
struct StrategyChange {
    qint64 id = 0;
    qint64 relationshipId = 0;
    Strategy strategy = Strategy::Undecided;
    QDateTime changedAt;
    QString reason;
    bool operator==(const StrategyChange &) const = default;
};

// A person the user has a relationship with; `name` may be an alias.
struct Relationship {
    qint64 id = 0;
    QString name;
    RelationshipKind kind = RelationshipKind::Other;
    QString notes;
    Strategy strategy = Strategy::Undecided;
    bool archived = false;
    QDateTime createdAt;
    QStringList nonNegotiables; // behaviours the user will not accept at all
    QStringList values;         // what matters to the user in this relationship
    bool isValid() const { return id > 0; }
    bool operator==(const Relationship &) const = default;
};

// What would be deleted with a relationship, for the confirmation prompt.
struct RelationshipFootprint {
    int journalEntries = 0;
    int boundaries = 0;
    int breaches = 0;
    int assessments = 0;
    int trialPlans = 0;
    int checkIns = 0;
    int scripts = 0;
    int logisticsItems = 0;
};

} // namespace bearings
