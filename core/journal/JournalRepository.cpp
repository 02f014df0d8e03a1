#include "JournalRepository.h"

#include "journal/IncidentChain.h"
#include "storage/Database.h"
#include "storage/SqlUtil.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

// Tag ids are [a-z0-9-] (TagCatalog::isValidUserTagId and the built-ins), so a
// comma can never be part of one.
const QString kSelect = u"SELECT e.id, e.relationship_id, e.occurred_at, e.channel, e.mood_before, e.mood_during, "
                        "e.mood_after, e.note, e.is_incident, e.severity, e.present, e.evidence, e.created_at, "
                        "e.updated_at, (SELECT group_concat(t.tag, ',') FROM journal_tag t WHERE t.entry_id = e.id) "
                        "FROM journal_entry e"_s;

QStringList normalisedTags(QStringList tags)
{
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    return tags;
}

JournalEntry fromRow(const QSqlQuery &q)
{
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.relationshipId = q.value(1).toLongLong();
    e.occurredAt = sql::dateTimeFromDb(q.value(2));
    e.channel = enumFromKey(kChannelKeys, q.value(3).toString()).value_or(Channel::Other);
    e.moodBefore = sql::optionalIntFromDb(q.value(4));
    e.moodDuring = sql::optionalIntFromDb(q.value(5));
    e.moodAfter = sql::optionalIntFromDb(q.value(6));
    e.note = q.value(7).toString();
    e.incident = q.value(8).toBool();
    e.severity = sql::optionalIntFromDb(q.value(9));
    e.present = q.value(10).toString();
    e.evidence = q.value(11).toString();
    e.createdAt = sql::dateTimeFromDb(q.value(12));
    e.updatedAt = sql::dateTimeFromDb(q.value(13));
    const QString tags = q.value(14).toString();
    if (!tags.isEmpty())
        e.tags = normalisedTags(tags.split(u','));
    return e;
}

bool isAscii(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// A LIKE pattern that matches `text` literally, with '\' as the escape.
QString likeContains(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped.append(u'\\');
        escaped.append(c);
    }
    return u'%' + escaped + u'%';
}

struct Where {
    QString clause;
    QVariantList values;
    // SQLite folds case for ASCII only (no ICU), so a search with other
    // characters is matched here with QString's Unicode folding instead.
    QString localSearch;
};

Where whereFor(const JournalFilter &f)
{
    QStringList terms;
    Where w;
    if (f.relationshipId != 0) {
        terms << u"e.relationship_id = ?"_s;
        w.values << f.relationshipId;
    }
    if (f.from.isValid()) {
        terms << u"e.occurred_at >= ?"_s;
        w.values << sql::toDb(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        terms << u"e.occurred_at < ?"_s;
        w.values << sql::toDb(f.to.addDays(1).startOfDay());
    }
    if (!f.tag.isEmpty()) {
        terms << u"EXISTS (SELECT 1 FROM journal_tag t WHERE t.entry_id = e.id AND t.tag = ?)"_s;
        w.values << f.tag;
    }
    if (f.incidentsOnly)
        terms << u"e.is_incident = 1"_s;
    if (!f.search.isEmpty()) {
        if (isAscii(f.search)) {
            terms << u"e.note LIKE ? ESCAPE '\\'"_s;
            w.values << likeContains(f.search);
        } else {
            w.localSearch = f.search;
        }
    }
    if (!terms.isEmpty())
        w.clause = u" WHERE "_s + terms.join(u" AND "_s);
    return w;
}

bool moodInRange(std::optional<int> mood)
{
    return !mood || (*mood >= kMoodMin && *mood <= kMoodMax);
}

void normalise(JournalEntry &e)
{
    e.tags = normalisedTags(e.tags);
    if (!e.incident)
        e.severity.reset();
}

QVariantList columnValues(const JournalEntry &e)
{
    return {e.relationshipId, sql::toDb(e.occurredAt), enumKey(kChannelKeys, e.channel), sql::toDbOrNull(e.moodBefore),
        sql::toDbOrNull(e.moodDuring), sql::toDbOrNull(e.moodAfter), e.note, e.incident ? 1 : 0,
        e.incident ? sql::toDbOrNull(e.severity) : QVariant(), e.present, e.evidence};
}

} // namespace

Status JournalRepository::validate(const JournalEntry &e)
{
    if (!e.occurredAt.isValid())
        return makeError(ErrorCode::Invalid, tr("Please give the date and time this happened."));
    if (!moodInRange(e.moodBefore) || !moodInRange(e.moodDuring) || !moodInRange(e.moodAfter))
        return makeError(ErrorCode::Invalid, tr("Moods go from %1 to +%2.").arg(kMoodMin).arg(kMoodMax));
    if (e.incident) {
        if (!e.severity)
            return makeError(ErrorCode::Invalid,
                tr("Please choose how serious this incident was, from %1 to %2.").arg(kSeverityMin).arg(kSeverityMax));
        if (*e.severity < kSeverityMin || *e.severity > kSeverityMax)
            return makeError(
                ErrorCode::Invalid, tr("Severity goes from %1 to %2.").arg(kSeverityMin).arg(kSeverityMax));
    }
    if (e.note.size() > kMaxNoteLength)
        return makeError(ErrorCode::Invalid,
            tr("This note is longer than %1 characters. Please split it over two entries.").arg(kMaxNoteLength));
    if (e.present.size() > kMaxRecordLength || e.evidence.size() > kMaxRecordLength)
        return makeError(ErrorCode::Invalid,
            tr("Please keep \"who was present\" and \"evidence kept\" under %1 characters each.")
                .arg(kMaxRecordLength));
    return {};
}

Status JournalRepository::validateStored(const JournalEntry &e) const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::requireExists(
            q, u"relationship"_s, e.relationshipId, tr("The relationship for this entry no longer exists."));
        !s.ok())
        return s;
    for (const QString &tag : e.tags) {
        if (TagCatalog::isBuiltIn(tag))
            continue;
        if (Status s = sql::exec(q, u"SELECT 1 FROM user_tag WHERE id = ?"_s, {tag}); !s.ok())
            return s;
        if (!q.next())
            return makeError(
                ErrorCode::Invalid, tr("The tag \"%1\" no longer exists. Please choose another.").arg(tag));
    }
    return {};
}

Result<qint64> JournalRepository::add(JournalEntry &entry)
{
    JournalEntry e = entry;
    normalise(e);
    if (Status s = validate(e); !s.ok())
        return s.error();
    const QDateTime now = m_db.clock().now();
    qint64 id = 0;
    const Status s = m_db.write([&]() -> Status {
        if (Status v = validateStored(e); !v.ok())
            return v;
        QSqlQuery q(m_db.connection());
        QVariantList values = columnValues(e);
        values << sql::toDb(now) << sql::toDb(now);
        if (Status x = sql::exec(q,
                u"INSERT INTO journal_entry (relationship_id, occurred_at, channel, mood_before, mood_during, "
                "mood_after, note, is_incident, severity, present, evidence, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                values);
            !x.ok())
            return x;
        id = q.lastInsertId().toLongLong();
        if (Status t = writeTags(id, e.tags); !t.ok())
            return t;
        return e.incident ? IncidentChain(m_db).entryWritten(id) : Status();
    });
    if (!s.ok())
        return s.error();
    e.id = id;
    e.createdAt = now;
    e.updatedAt = now;
    entry = e;
    return id;
}

Status JournalRepository::update(JournalEntry &entry)
{
    JournalEntry e = entry;
    normalise(e);
    if (Status s = validate(e); !s.ok())
        return s;
    const QDateTime now = m_db.clock().now();
    const Status s = m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status x = sql::requireExists(q, u"journal_entry"_s, e.id, tr("This journal entry no longer exists."));
            !x.ok())
            return x;
        if (Status v = validateStored(e); !v.ok())
            return v;
        QVariantList values = columnValues(e);
        values << sql::toDb(now) << e.id;
        if (Status x = sql::exec(q,
                u"UPDATE journal_entry SET relationship_id = ?, occurred_at = ?, channel = ?, mood_before = ?, "
                "mood_during = ?, mood_after = ?, note = ?, is_incident = ?, severity = ?, present = ?, "
                "evidence = ?, updated_at = ? WHERE id = ?"_s,
                values);
            !x.ok())
            return x;
        if (Status t = writeTags(e.id, e.tags); !t.ok())
            return t;
        // Also when it was an incident and is no longer one.
        return IncidentChain(m_db).entryWritten(e.id);
    });
    if (!s.ok())
        return s;
    e.updatedAt = now;
    entry = e;
    return {};
}

Status JournalRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        if (Status c = IncidentChain(m_db).entryRemoving(id); !c.ok())
            return c;
        QSqlQuery q(m_db.connection());
        return sql::execOne(
            q, u"DELETE FROM journal_entry WHERE id = ?"_s, {id}, tr("This journal entry no longer exists."));
    });
}

Result<JournalEntry> JournalRepository::get(qint64 id) const
{
    auto found = select(u" WHERE e.id = ?"_s, {id}, {}, {});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("This journal entry no longer exists."));
    return found->first();
}

Result<QList<JournalEntry>> JournalRepository::list(const JournalFilter &filter) const
{
    const Where w = whereFor(filter);
    return select(w.clause, w.values, u" ORDER BY e.occurred_at DESC, e.id DESC"_s, w.localSearch);
}

Result<int> JournalRepository::count(const JournalFilter &filter) const
{
    const Where w = whereFor(filter);
    if (!w.localSearch.isEmpty()) {
        auto entries = select(w.clause, w.values, {}, w.localSearch);
        if (!entries.ok())
            return entries.error();
        return int(entries->size());
    }
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, u"SELECT count(*) FROM journal_entry e"_s + w.clause, w.values); !s.ok())
        return s.error();
    if (!q.next())
        return sql::queryError(q, tr("count the journal entries"));
    return q.value(0).toInt();
}

Result<QList<JournalEntry>> JournalRepository::entriesBetween(
    qint64 relationshipId, const QDateTime &from, const QDateTime &to) const
{
    QString where = u" WHERE e.relationship_id = ?"_s;
    QVariantList values {relationshipId};
    if (from.isValid()) {
        where += u" AND e.occurred_at >= ?"_s;
        values << sql::toDb(from);
    }
    if (to.isValid()) {
        where += u" AND e.occurred_at < ?"_s;
        values << sql::toDb(to);
    }
    return select(where, values, u" ORDER BY e.occurred_at, e.id"_s, {});
}

Result<QList<TagInfo>> JournalRepository::userTags() const
{
    QSqlQuery q(m_db.connection());
    if (Status s = sql::exec(q, u"SELECT id, label, valence FROM user_tag ORDER BY label COLLATE NOCASE, id"_s);
        !s.ok())
        return s.error();
    QList<TagInfo> tags;
    while (q.next()) {
        TagInfo t;
        t.id = q.value(0).toString();
        t.group = TagGroup::User;
        t.label = q.value(1).toString();
        t.valence = enumFromKey(kValenceKeys, q.value(2).toString()).value_or(Valence::Neutral);
        tags.append(t);
    }
    return tags;
}

Status JournalRepository::addUserTag(const QString &id, const QString &label, Valence valence)
{
    if (TagCatalog::isBuiltIn(id))
        return makeError(ErrorCode::Conflict, tr("There is already a built-in tag called \"%1\".").arg(id));
    if (!TagCatalog::isValidUserTagId(id))
        return makeError(
            ErrorCode::Invalid, tr("A tag name may use lowercase letters, digits and dashes, up to 40 characters."));
    const QString trimmed = label.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Please give the tag a label."));
    if (trimmed.size() > kMaxTagLabelLength)
        return makeError(ErrorCode::Invalid, tr("Please keep the label under %1 characters.").arg(kMaxTagLabelLength));
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(q, u"SELECT 1 FROM user_tag WHERE id = ?"_s, {id}); !e.ok())
            return e;
        if (q.next())
            return makeError(ErrorCode::Conflict, tr("You already have a tag called \"%1\".").arg(id));
        return sql::exec(q, u"INSERT INTO user_tag (id, label, valence) VALUES (?, ?, ?)"_s,
            {id, trimmed, enumKey(kValenceKeys, valence)});
    });
}

Status JournalRepository::removeUserTag(const QString &id)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (Status e = sql::exec(q, u"DELETE FROM user_tag WHERE id = ?"_s, {id}); !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("This tag no longer exists."));
        return sql::exec(q, u"DELETE FROM journal_tag WHERE tag = ?"_s, {id});
    });
}

Status JournalRepository::writeTags(qint64 id, const QStringList &tags)
{
    QSqlQuery q(m_db.connection());
    if (Status e = sql::exec(q, u"DELETE FROM journal_tag WHERE entry_id = ?"_s, {id}); !e.ok())
        return e;
    for (const QString &tag : tags) {
        if (Status e = sql::exec(q, u"INSERT INTO journal_tag (entry_id, tag) VALUES (?, ?)"_s, {id, tag}); !e.ok())
            return e;
    }
    return {};
}

Result<QList<JournalEntry>> JournalRepository::select(
    const QString &where, const QVariantList &values, const QString &order, const QString &localSearch) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (Status s = sql::exec(q, kSelect + where + order, values); !s.ok())
        return s.error();
    QList<JournalEntry> entries;
    while (q.next()) {
        JournalEntry e = fromRow(q);
        if (!localSearch.isEmpty() && !e.note.contains(localSearch, Qt::CaseInsensitive))
            continue;
        entries.append(std::move(e));
    }
    return entries;
}

} // namespace bearings
