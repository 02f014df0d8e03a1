#include "IncidentReport.h"

#include "journal/IncidentChain.h"
#include "journal/JournalEntry.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

struct Incident {
    qint64 id = 0;
    QDateTime occurredAt;
    QString channel;
    QString note;
    std::optional<int> severity;
    QString present;
    QString evidence;
    QDateTime createdAt;
};

// A removal the chain records for this relationship and period.
struct Removal {
    qint64 seq = 0;
    qint64 entryId = 0;
    LinkKind kind = LinkKind::Deleted;
    QDateTime occurredAt;
    QDateTime recordedAt;
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Escaped text with its line breaks kept.
QString paragraphs(const QString &text)
{
    QStringList lines = text.trimmed().split(u'\n');
    for (QString &line : lines)
        line = escaped(line.trimmed());
    return lines.join(u"<br/>"_s);
}

QString offsetText(const QDateTime &dt)
{
    const int seconds = dt.offsetFromUtc();
    const int minutes = std::abs(seconds) / 60;
    return u"UTC%1%2:%3"_s.arg(QChar(seconds < 0 ? u'\u2212' : u'+'))
        .arg(minutes / 60, 2, 10, QChar(u'0'))
        .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QString dateText(const QLocale &locale, const QDate &date)
{
    return locale.toString(date, QLocale::LongFormat);
}

// "Monday, 2 March 2026, 18:30 (UTC+01:00)": the offset matters when a
// record is read in another time zone or across a clock change.
QString dateTimeText(const QLocale &locale, const QDateTime &dt)
{
    const QDateTime local = dt.toLocalTime();
    return IncidentReport::tr("%1, %2 (%3)")
        .arg(dateText(locale, local.date()), locale.toString(local.time(), QLocale::ShortFormat), offsetText(local));
}

QString channelText(const QString &key)
{
    switch (enumFromKey(kChannelKeys, key).value_or(Channel::Other)) {
    case Channel::InPerson: return IncidentReport::tr("In person");
    case Channel::Call: return IncidentReport::tr("Phone or video call");
    case Channel::Text: return IncidentReport::tr("Text message");
    case Channel::Online: return IncidentReport::tr("Online");
    case Channel::Other: return IncidentReport::tr("Other");
    }
    return {};
}

QString severityText(std::optional<int> severity)
{
    if (!severity)
        return IncidentReport::tr("Not recorded");
    switch (*severity) {
    case 1: return IncidentReport::tr("1 of 5 (minor)");
    case 2: return IncidentReport::tr("2 of 5 (upsetting)");
    case 3: return IncidentReport::tr("3 of 5 (serious)");
    case 4: return IncidentReport::tr("4 of 5 (very serious)");
    case 5: return IncidentReport::tr("5 of 5 (dangerous)");
    default: return QString::number(*severity);
    }
}

QString orNotRecorded(const QString &text)
{
    return text.trimmed().isEmpty()
        ? u"<span class=\"none\">"_s + escaped(IncidentReport::tr("Not recorded")) + u"</span>"_s
        : paragraphs(text);
}

QString row(const QString &heading, const QString &html)
{
    return u"<tr><th scope=\"row\">"_s + escaped(heading) + u"</th><td>"_s + html + u"</td></tr>\n"_s;
}

// One line of an incident's record history.
QString historyLine(const QLocale &locale, const ChainLink &link, bool first)
{
    const QString when = dateTimeText(locale, sql::dateTimeFromDb(link.recordedAt));
    QString text;
    switch (enumFromKey(kLinkKindKeys, link.kind).value_or(LinkKind::Edited)) {
    case LinkKind::Created:
        text = first ? IncidentReport::tr("Recorded on %1").arg(when)
                     : IncidentReport::tr("Marked as an incident again on %1").arg(when);
        break;
    case LinkKind::Edited: text = IncidentReport::tr("Edited on %1").arg(when); break;
    case LinkKind::Unmarked: text = IncidentReport::tr("No longer marked as an incident on %1").arg(when); break;
    case LinkKind::Deleted: text = IncidentReport::tr("Deleted on %1").arg(when); break;
    case LinkKind::Baseline:
        text = IncidentReport::tr("Already in the journal when the record chain began on %1").arg(when);
        break;
    case LinkKind::Imported: text = IncidentReport::tr("Imported from an export file on %1").arg(when); break;
    }
    return u"<li>"_s + escaped(text) + u" <span class=\"link\">"_s
        + escaped(IncidentReport::tr("(link %1)").arg(link.seq)) + u"</span></li>"_s;
}

constexpr char16_t kStyle[] = uR"(
body { font-family: "Noto Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; color: #1d1d1d;
       max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 18pt; margin-bottom: 0.2em; }
h2 { font-size: 13pt; margin-top: 1.8em; border-bottom: 1px solid #999; }
h3 { font-size: 11.5pt; margin: 0 0 0.4em 0; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; vertical-align: top; width: 11em; padding: 0.2em 0.8em 0.2em 0; font-weight: 600; }
td { vertical-align: top; padding: 0.2em 0; }
section.incident { margin: 1.2em 0; padding-top: 0.8em; border-top: 1px solid #ccc; page-break-inside: avoid; }
ul.history { margin: 0; padding-left: 1.2em; }
.link, .none { color: #555; }
code, pre { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: 9.5pt; word-break: break-all; }
pre { white-space: pre-wrap; background: #f3f3f3; padding: 0.6em; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
)";

} // namespace

QString IncidentReport::verifyCommand(const QString &vaultPath, const QString &headHex)
{
    const QString vault = vaultPath.isEmpty() ? tr("VAULT-FILE") : vaultPath;
    QString quoted = vault;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u"bearings check --vault '"_s + quoted + u"' --passphrase-stdin --head "_s + headHex;
}

Result<QString> IncidentReport::html(const Database &db, const IncidentReportRequest &request)
{
    const QLocale &locale = request.locale;
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, u"SELECT name FROM relationship WHERE id = ?"_s, {request.relationshipId}); !s.ok())
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("This relationship no longer exists."));
    const QString name = q.value(0).toString();

    // The same local-day bounds as the journal's own filter.
    QString where = u" WHERE relationship_id = ? AND is_incident = 1"_s;
    QVariantList values {request.relationshipId};
    if (request.from.isValid()) {
        where += u" AND occurred_at >= ?"_s;
        values << sql::toDb(request.from.startOfDay());
    }
    if (request.to.isValid()) {
        where += u" AND occurred_at < ?"_s;
        values << sql::toDb(request.to.addDays(1).startOfDay());
    }
    if (Status s = sql::exec(q,
            u"SELECT id, occurred_at, channel, note, severity, present, evidence, created_at FROM journal_entry"_s
                + where + u" ORDER BY occurred_at, id"_s,
            values);
        !s.ok())
        return s.error();
    QList<Incident> incidents;
    while (q.next()) {
        Incident i;
        i.id = q.value(0).toLongLong();
        i.occurredAt = sql::dateTimeFromDb(q.value(1));
        i.channel = q.value(2).toString();
        i.note = q.value(3).toString();
        i.severity = sql::optionalIntFromDb(q.value(4));
        i.present = q.value(5).toString();
        i.evidence = q.value(6).toString();
        i.createdAt = sql::dateTimeFromDb(q.value(7));
        incidents.append(i);
    }

    auto chain = IncidentChain::links(db);
    if (!chain.ok())
        return chain.error();
    auto verification = IncidentChain::verify(db);
    if (!verification.ok())
        return verification.error();

    // Each entry's links since it was last deleted (ids can be reused), and
    // the removals recorded for this relationship in this period.
    QHash<qint64, QList<const ChainLink *>> history;
    QList<Removal> removals;
    const QDateTime fromTime = request.from.isValid() ? request.from.startOfDay() : QDateTime();
    const QDateTime toTime = request.to.isValid() ? request.to.addDays(1).startOfDay() : QDateTime();
    for (const ChainLink &link : chain.value()) {
        const std::optional<LinkKind> kind = enumFromKey(kLinkKindKeys, link.kind);
        if (!kind)
            continue;
        if (*kind == LinkKind::Deleted)
            history.remove(link.entryId);
        else
            history[link.entryId].append(&link);
        if (*kind != LinkKind::Deleted && *kind != LinkKind::Unmarked)
            continue;
        const QJsonObject marker = QJsonDocument::fromJson(link.record).object();
        if (qint64(marker.value(u"relationshipId"_s).toDouble()) != request.relationshipId)
            continue;
        const QDateTime occurred = sql::dateTimeFromDb(marker.value(u"occurredAt"_s).toString());
        if (!occurred.isValid() || (fromTime.isValid() && occurred < fromTime)
            || (toTime.isValid() && occurred >= toTime))
            continue;
        removals.append({link.seq, link.entryId, *kind, occurred, sql::dateTimeFromDb(link.recordedAt)});
    }
    // An entry unmarked and later marked again, or deleted after it was
    // unmarked, is not "no longer an incident".
    QHash<qint64, qint64> lastSeq;
    for (const ChainLink &link : chain.value())
        lastSeq[link.entryId] = std::max(lastSeq.value(link.entryId), link.seq);
    removals.erase(
        std::remove_if(removals.begin(), removals.end(),
            [&](const Removal &r) { return r.kind == LinkKind::Unmarked && lastSeq.value(r.entryId) > r.seq; }),
        removals.end());

    const QString title = tr("Incident record");
    QString period;
    if (request.from.isValid() && request.to.isValid())
        period = tr("%1 to %2").arg(dateText(locale, request.from), dateText(locale, request.to));
    else if (request.from.isValid())
        period = tr("From %1").arg(dateText(locale, request.from));
    else if (request.to.isValid())
        period = tr("Up to %1").arg(dateText(locale, request.to));
    else
        period = tr("All recorded incidents");

    QString html;
    html += u"<!DOCTYPE html>\n<html lang=\""_s + escaped(locale.bcp47Name()) + u"\">\n<head>\n"_s;
    html += u"<meta charset=\"utf-8\"/>\n<title>"_s + escaped(title + u": "_s + name) + u"</title>\n"_s;
    html += u"<style>"_s + QString::fromUtf16(kStyle) + u"</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + escaped(title) + u"</h1>\n<table class=\"facts\">\n"_s;
    html += row(tr("About"), escaped(name));
    html += row(tr("Period"), escaped(period));
    html += row(tr("Incidents"), QString::number(incidents.size()));
    if (request.preparedAt.isValid())
        html += row(tr("Prepared on"), escaped(dateTimeText(locale, request.preparedAt)));
    html += u"</table>\n"_s;
    html += u"<p>"_s
        + escaped(tr("These are the incidents written down in Bearings for this period, oldest first, exactly as "
                     "they are recorded. Each one lists when it was recorded and any later edits."))
        + u"</p>\n"_s;

    html += u"<h2>"_s + escaped(tr("Incidents")) + u"</h2>\n"_s;
    if (incidents.isEmpty())
        html += u"<p>"_s + escaped(tr("No incidents are recorded for this period.")) + u"</p>\n"_s;
    int number = 0;
    for (const Incident &i : std::as_const(incidents)) {
        ++number;
        html += u"<section class=\"incident\" id=\"entry-%1\">\n"_s.arg(i.id);
        html += u"<h3>"_s + escaped(QString::number(number) + u". "_s + dateTimeText(locale, i.occurredAt))
            + u"</h3>\n"_s;
        html += u"<table>\n"_s;
        html += row(tr("Date and time"), escaped(dateTimeText(locale, i.occurredAt)));
        html += row(tr("Contact"), escaped(channelText(i.channel)));
        html += row(tr("What happened"), orNotRecorded(i.note));
        html += row(tr("Severity"), escaped(severityText(i.severity)));
        html += row(tr("Who was present"), orNotRecorded(i.present));
        html += row(tr("Evidence kept"), orNotRecorded(i.evidence));
        html += row(tr("Written down"), escaped(dateTimeText(locale, i.createdAt)));
        QString lines;
        const QList<const ChainLink *> links = history.value(i.id);
        for (qsizetype k = 0; k < links.size(); ++k)
            lines += historyLine(locale, *links.at(k), k == 0);
        html += row(tr("Record history"),
            lines.isEmpty() ? u"<span class=\"none\">"_s + escaped(tr("Not in the record chain")) + u"</span>"_s
                            : u"<ul class=\"history\">"_s + lines + u"</ul>"_s);
        html += u"</table>\n</section>\n"_s;
    }

    if (!removals.isEmpty()) {
        html += u"<h2>"_s + escaped(tr("Records removed")) + u"</h2>\n<p>"_s
            + escaped(tr("The record chain shows these changes for this period. Their content is not kept."))
            + u"</p>\n<ul>\n"_s;
        for (const Removal &r : std::as_const(removals)) {
            const QString text = r.kind == LinkKind::Deleted
                ? tr("An incident of %1 was deleted on %2.")
                      .arg(dateTimeText(locale, r.occurredAt), dateTimeText(locale, r.recordedAt))
                : tr("An entry of %1 was no longer marked as an incident on %2.")
                      .arg(dateTimeText(locale, r.occurredAt), dateTimeText(locale, r.recordedAt));
            html += u"<li>"_s + escaped(text) + u" <span class=\"link\">"_s + escaped(tr("(link %1)").arg(r.seq))
                + u"</span></li>\n"_s;
        }
        html += u"</ul>\n"_s;
    }

    const ChainVerification &v = verification.value();
    html += u"<h2>"_s + escaped(tr("Checking this record")) + u"</h2>\n<p>"_s
        + escaped(tr("Bearings keeps every incident in a chain of records. Each change adds a link that holds a "
                     "BLAKE2b-256 fingerprint of the record and of the link before it, so a change to any earlier "
                     "record, or a removed link, no longer matches the fingerprints after it. Edits and deletions "
                     "stay visible as links of their own."))
        + u"</p>\n<table>\n"_s;
    html += row(tr("Links in the chain"), QString::number(v.links));
    html += row(tr("Chain head"), u"<code>"_s + v.headHex() + u"</code>"_s);
    html += row(tr("When this report was made"),
        escaped(v.intact() ? tr("Every link was checked and the chain is intact.")
                           : tr("The chain did not verify: %1").arg(IncidentChain::describe(*v.firstBreak))));
    html += u"</table>\n<p>"_s
        + escaped(tr("To check it, run this command with the vault file and its passphrase. It checks every link, "
                     "prints the chain's current head and confirms that the head above is still part of the chain, "
                     "even if incidents were recorded after this report."))
        + u"</p>\n<pre>"_s + escaped(verifyCommand(request.vaultPath, v.headHex())) + u"</pre>\n"_s;
    html += u"</body>\n</html>\n"_s;
    return html;
}

} // namespace bearings
