#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace bearings::app {

// Gets a passphrase for a headless command: the first line of standard input
// with --passphrase-stdin, otherwise a prompt on the terminal with echo off.
// Never from an argument or the environment, where other users and shell
// history could see it.
class PassphraseReader final {
    Q_DECLARE_TR_FUNCTIONS(bearings::app::PassphraseReader)

public:
    static Result<QString> read(bool fromStdin, const QString &prompt);
};

} // namespace bearings::app
