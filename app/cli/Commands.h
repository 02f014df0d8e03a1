#pragma once

#include "CommandLine.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace bearings::app {

// The headless commands: demo, export, import, check.
class Commands final {
    Q_DECLARE_TR_FUNCTIONS(bearings::app::Commands)

public:
    static int run(const Invocation &invocation);
    static int exitCodeFor(ErrorCode code);
    // Where the vault lives when --vault is not given.
    static QString defaultVaultPath();

private:
    static int demo(const Invocation &invocation);
    static int exportData(const Invocation &invocation);
    static int exportSafetyPlan(const Invocation &invocation);
    static int exportIncidentReport(const Invocation &invocation);
    static int importData(const Invocation &invocation);
    static int check(const Invocation &invocation);
};

} // namespace bearings::app
