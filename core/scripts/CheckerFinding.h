#pragma once

#include <QString>

namespace bearings {

// Something the message checker noticed: where it is in the text, which rule
// found it, and why it matters, in one calm sentence.
struct CheckerFinding {
    QString ruleId;
    qsizetype start = 0;
    qsizetype length = 0;
    QString matched;     // the text at start/length
    QString title;       // the rule's short title, translated
    QString explanation; // translated, with the flagged text filled in
    // Stable across edits that move the text: the rule and the flagged
    // words, so a dismissed finding stays dismissed while it is still there.
    QString key() const { return ruleId + u'\x1f' + matched.simplified().toCaseFolded(); }
    bool operator==(const CheckerFinding &) const = default;
};

} // namespace bearings
