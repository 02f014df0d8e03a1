#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

namespace bearings {

// Writes flat JSON objects in the canonical form of RFC 8785 (JCS) for the
// value kinds the incident record chain needs: text, whole numbers and null.
// The same members always give the same bytes, whatever order they were
// added in, so the bytes can be hashed (docs/INCIDENT_CHAIN.md).
class CanonicalJson final {
public:
    using Member = std::pair<QString, QVariant>;

    // Members sorted by key (UTF-16 code units), no whitespace. A QString
    // value is a string, an integral value a number, a null QVariant null.
    static QByteArray object(QList<Member> members);
    // One JSON string with RFC 8785's escaping, as UTF-8.
    static QByteArray string(const QString &text);
};

} // namespace bearings
