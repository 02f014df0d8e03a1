#pragma once

#include "scripts/MessageScript.h"

#include <QString>

namespace bearings {

// A starting point for a message draft from the template library
// (core/scripts/templates.json). Text is already translated.
struct ScriptTemplate {
    QString id; // stable key; never changes once released
    ScriptKind kind = ScriptKind::Custom;
    QString title;   // becomes the draft's title
    QString summary; // one line: when this template helps
    QString body;    // the message, with [Placeholder] fields
    bool operator==(const ScriptTemplate &) const = default;
};

} // namespace bearings
