#pragma once

#include "common/EnumKeys.h"

#include <QDateTime>
#include <QString>

namespace bearings {

enum class ScriptKind {
    IStatement,
    LowContact,
    Workplace,
    EndingContact,
    HoldingBoundary,
    SoftStart,
    ReflectiveListening,
    ApologyWithRepair,
    NeutralDeflection,
    Custom
};
inline constexpr EnumKeyTable<ScriptKind, 10> kScriptKindKeys {{
    {ScriptKind::IStatement, u"i_statement"},
    {ScriptKind::LowContact, u"low_contact"},
    {ScriptKind::Workplace, u"workplace"},
    {ScriptKind::EndingContact, u"ending_contact"},
    {ScriptKind::HoldingBoundary, u"holding_boundary"},
    {ScriptKind::SoftStart, u"soft_start"},
    {ScriptKind::ReflectiveListening, u"reflective_listening"},
    {ScriptKind::ApologyWithRepair, u"apology_with_repair"},
    {ScriptKind::NeutralDeflection, u"neutral_deflection"},
    {ScriptKind::Custom, u"custom"},
}};

// A message draft. The body may hold [Placeholder] fields to fill in.
// relationshipId is 0 for a draft not tied to one relationship.
struct MessageScript {
    qint64 id = 0;
    qint64 relationshipId = 0;
    QString title;
    ScriptKind kind = ScriptKind::Custom;
    QString body;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool isValid() const { return id > 0; }
    bool operator==(const MessageScript &) const = default;
};

} // namespace bearings
