#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bearings {

// One `[Name]` field in a message: where it is and what it is called.
struct PlaceholderSpan {
    QString name;         // the text between the brackets, trimmed
    qsizetype start = 0;  // index of '['
    qsizetype length = 0; // up to and including ']'
    bool operator==(const PlaceholderSpan &) const = default;
};

// Finds and fills the `[Name]` fields of a message draft (DOMAIN.md section 6).
//
// A field is a '[' and a ']' on one line with at least one visible character
// between them and no other bracket inside: "[Name]" and "[ what you need ]"
// are fields, "[]", "[ ]" and the outer pair of "[[Name]]" are not. The
// syntax definition resources/syntax/bearings-message.xml marks the same
// spans; tst_scriptsyntax checks that the two agree.
class Placeholders final {
public:
    // Every field in text order.
    static QList<PlaceholderSpan> find(const QString &text);
    // The distinct names in the order they first appear.
    static QStringList names(const QString &text);
    // Replaces every field whose name has a non-empty value (after trimming)
    // with that value; fields without one stay as they are.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    // The fields that `values` does not fill.
    static QList<PlaceholderSpan> unfilled(const QString &text, const QHash<QString, QString> &values);
    // True when `values` has a non-empty value for `name`.
    static bool isFilled(const QString &name, const QHash<QString, QString> &values);
};

} // namespace bearings
