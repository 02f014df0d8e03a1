#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bearings {

class Database;

// What an incident report covers and how it is labelled.
struct IncidentReportRequest {
    qint64 relationshipId = 0;
    QDate from;           // inclusive local date; invalid: from the first incident
    QDate to;             // inclusive local date; invalid: up to the last incident
    QString vaultPath;    // shown in the verify command; empty: a placeholder
    QDateTime preparedAt; // printed as "prepared on"
    QLocale locale;       // for dates and times
};

// A factual, chronological report of one relationship's incidents, for a
// lawyer, HR or an advocate: date and time, how the contact happened, what
// happened, severity, who was present, evidence kept and the record's
// history (edits), with the incident record chain's head and the command
// that verifies it. Plain, well-formed HTML (also valid XML) with its own
// print styles; every stored text is escaped.
class IncidentReport final {
    Q_DECLARE_TR_FUNCTIONS(bearings::IncidentReport)

public:
    IncidentReport() = delete;

    static Result<QString> html(const Database &db, const IncidentReportRequest &request);
    // The command printed in the report.
    static QString verifyCommand(const QString &vaultPath, const QString &headHex);
};

} // namespace bearings
