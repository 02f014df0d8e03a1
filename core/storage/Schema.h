#pragma once

#include "common/Result.h"

#include <QStringList>

#include <functional>
#include <vector>

namespace bearings {
class Database;
}

namespace bearings::schema {

// One step of the schema's history. Steps are applied in order, each in one
// transaction, and PRAGMA user_version records the last one applied.
// Released steps are never edited: a change is a new step.
struct Migration {
    int version;
    QStringList statements;
    // Optional: runs after the statements, in the same transaction, for what
    // SQL alone cannot do (step 2 hashes the existing incidents).
    std::function<Status(Database &)> data = {};
};

const std::vector<Migration> &migrations();
int latestVersion();

} // namespace bearings::schema
