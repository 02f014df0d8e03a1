#pragma once

#include "scripts/CheckerFinding.h"
#include "scripts/CheckerRules.h"
#include "scripts/MessageScript.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bearings {

// A stretch of text: where it starts and how long it is.
struct TextSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    bool operator==(const TextSpan &) const = default;
};

// What the checker needs to know besides the text.
struct CheckContext {
    ScriptKind kind = ScriptKind::Custom;
    QString language = QStringLiteral("en");
    // Values typed for placeholders: a placeholder with a value is filled,
    // and the length rules count the value's words instead of the field's.
    QHash<QString, QString> fills;
};

// The message checker: pure functions over a text and the rules, all local.
// Findings point into the text as given (the draft with its [Placeholder]
// fields), so the editor can select what each one is about.
class MessageChecker final {
public:
    // Every finding of every rule that applies to the kind, in text order
    // (rules in their listed order where two start at the same place).
    static QList<CheckerFinding> check(
        const QString &text, const CheckerRules &rules, const CheckContext &context = {});
    // The findings of one rule; empty when it does not apply to the kind.
    static QList<CheckerFinding> check(const QString &text, const CheckerRule &rule, const CheckContext &context = {});

    // Words as people count them: "don't" and "well-being" are one word each.
    static int wordCount(QStringView text);
    // Characters as people see them (a letter with an accent, or an emoji, is one).
    static int characterCount(const QString &text);
    // The sentences of a text, trimmed: a sentence ends after . ! ? or … and
    // the quotes or brackets that close it, or at a line break.
    static QList<TextSpan> sentences(const QString &text);
};

} // namespace bearings
