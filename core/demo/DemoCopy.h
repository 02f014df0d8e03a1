#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace bearings {

class Database;

// Copies every record of one database into another of the same schema, table
// by table in the exchange format's order (core/exchange/ExchangeSchema.h),
// keeping ids and timestamps. Much faster than a JSON export and import for
// the 100,000-entry stress demo; the source is trusted, so nothing is
// re-validated. Runs in one transaction of `to`.
class DemoCopy final {
    Q_DECLARE_TR_FUNCTIONS(bearings::DemoCopy)

public:
    DemoCopy() = delete;

    static Status copy(const Database &from, Database &to);
};

} // namespace bearings
