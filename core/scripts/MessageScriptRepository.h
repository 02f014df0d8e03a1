#pragma once

#include "common/Result.h"
#include "scripts/MessageScript.h"

#include <QCoreApplication>
#include <QList>

namespace bearings {

class Database;

// Stores message drafts (DOMAIN.md section 6), tied to a relationship or not.
class MessageScriptRepository final {
    Q_DECLARE_TR_FUNCTIONS(bearings::MessageScriptRepository)

public:
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxBodyLength = 20000;

    explicit MessageScriptRepository(Database &db)
        : m_db(db)
    { }

    // Adds a draft; sets id, createdAt and updatedAt.
    Result<qint64> add(MessageScript &script);
    // Saves title, kind, body and relationship; sets updatedAt.
    Status update(MessageScript &script);
    Status rename(qint64 id, const QString &title);
    // Copies a draft under a new title ("... (copy)") with fresh timestamps.
    Result<MessageScript> duplicate(qint64 id);
    Status remove(qint64 id);
    Result<MessageScript> get(qint64 id) const;
    // The drafts of one relationship, or all drafts when relationshipId is 0;
    // the most recently changed first.
    Result<QList<MessageScript>> list(qint64 relationshipId = 0) const;

    static Status validate(const MessageScript &script);

private:
    Status requireRelationship(qint64 relationshipId) const;

    Database &m_db;
};

} // namespace bearings
