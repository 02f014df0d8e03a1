#pragma once

#include <QDateTime>
#include <QString>

namespace bearings {

// "If <behaviour> happens, my limit is <limit>, and I will <consequence>."
struct Boundary {
    qint64 id = 0;
    qint64 relationshipId = 0;
    QString behaviour;
    QString limit;
    QString consequence;
    bool active = true;
    QDateTime createdAt;
    QDateTime retiredAt; // invalid while active
    bool isValid() const { return id > 0; }
    bool operator==(const Boundary &) const = default;
};

// A time the boundary was crossed, and whether the user followed through.
struct Breach {
    qint64 id = 0;
    qint64 boundaryId = 0;
    QDateTime occurredAt;
    QString description;
    bool consequenceCarriedOut = false;
    bool isValid() const { return id > 0; }
    bool operator==(const Breach &) const = default;
};

} // namespace bearings
