#pragma once

#include "relationships/Relationship.h"

#include <QCoreApplication>
#include <QString>

namespace bearings::ui {

// Plain words for relationship kinds and strategies, shared by every page
// that shows them, and the summary of what deleting a relationship removes.
class RelationshipText final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::RelationshipText)

public:
    RelationshipText() = delete;

    static QString kindLabel(RelationshipKind kind);
    static QString strategyLabel(Strategy strategy);
    // One sentence on what the path involves.
    static QString strategyDescription(Strategy strategy);
    // "Sam · Partner"
    static QString displayName(const Relationship &relationship);

    // Picks the singular or plural phrase for `count`: `one` is used as it is
    // ("1 journal note"), `many` gets the number as %1 ("%1 journal notes").
    // Both are translated by the caller with tr().
    static QString counted(int count, const QString &one, const QString &many);
    // "This also deletes 84 journal notes, 3 boundaries with 11 crossings and
    // 2 assessments. This cannot be undone." Only non-zero parts are named.
    static QString footprintSummary(const RelationshipFootprint &footprint);
};

} // namespace bearings::ui
