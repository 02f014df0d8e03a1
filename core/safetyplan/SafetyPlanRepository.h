#pragma once

#include "common/Result.h"
#include "safetyplan/SafetyPlan.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bearings {

class Database;

// Stores the vault's one safety plan (DOMAIN.md section 8) as a versioned
// JSON document, so the plan can grow fields without schema migrations and
// the JSON exchange can carry it unchanged.
class SafetyPlanRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::SafetyPlanRepository)

public:
    // The "format" of the JSON document this version writes and reads.
    static constexpr int kFormat = 1;

    explicit SafetyPlanRepository(Database &db)
        : m_db(db)
    { }

    // The stored plan, or defaultPlan() while none has been saved (its
    // updatedAt is then invalid).
    Result<SafetyPlan> load() const;
    // Replaces the stored plan; sets updatedAt.
    Status save(SafetyPlan &plan);

    // A starting point: US region and number, the US National Domestic
    // Violence Hotline, an essentials checklist and grounding tools.
    static SafetyPlan defaultPlan();
    // 911 (US, Canada), 112 (EU), 999 (UK), 000 (Australia); empty for Other.
    static QString emergencyNumberFor(Region region);

    static QJsonObject toJson(const SafetyPlan &plan);
    // Damaged when the document has the wrong shape or types, Invalid when a
    // value is unknown (a region key, a timestamp), Unsupported when it was
    // written by a newer version.
    static Result<SafetyPlan> fromJson(const QJsonObject &json);

private:
    Database &m_db;
};

} // namespace bearings
