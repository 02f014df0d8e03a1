#pragma once

#include <QStringList>

#include <vector>

namespace bearings::schema {

// One step of the schema's history. Steps are applied in order, each in one
// transaction, and PRAGMA user_version records the last one applied.
// Released steps are never edited: a change is a new step.
struct Migration {
    int version;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int latestVersion();

} // namespace bearings::schema
