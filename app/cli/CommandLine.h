#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace bearings::app {

// What the command line asks for. Worked out before any QCoreApplication
// exists, so that `--help`, `--version`, usage errors and headless commands
// never need a display.
struct Invocation final {
    enum class Mode { Gui, Help, Version, UsageError, Command };
    Mode mode = Mode::Gui;
    QString command;         // for Mode::Command
    QStringList commandArgs; // positional arguments after the command
    QString vaultPath;       // --vault, empty for the default location
    QString error;           // for Mode::UsageError
};

class CommandLine final {
    Q_DECLARE_TR_FUNCTIONS(bearings::app::CommandLine)

public:
    // Sets the application name and version used by help, settings and paths.
    static void setApplicationIdentity();
    // Declares every option; used for classifying and for printing help.
    static void configure(QCommandLineParser &parser);
    // `arguments` includes the program name first, as argv does.
    static Invocation classify(const QStringList &arguments);
    // Runs a non-GUI invocation inside an existing QCoreApplication.
    static int runConsole(const Invocation &invocation);
};

} // namespace bearings::app
