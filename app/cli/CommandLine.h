#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace bearings::app {

// What the command line asks for. Worked out before any QCoreApplication
// exists, so that `--help`, `--version`, usage errors and the headless
// commands never need a display.
struct Invocation final {
    enum class Mode { Gui, Help, Version, UsageError, Command };
    enum class Command { None, Demo, Export, Import, Check };

    Mode mode = Mode::Gui;
    Command command = Command::None;
    QStringList arguments; // positional arguments after the command
    QString vaultPath;     // --vault, empty for the default location
    bool passphraseStdin = false;
    bool replace = false; // import --replace
    QString output;       // export -o
    QString format;       // export safety-plan / incident-report --format
    bool card = false;    // export safety-plan --card: the wallet card only
    QString paper;        // export safety-plan --paper a4|letter; empty: by the plan's region
    QString relationship; // export incident-report --relationship ID|NAME
    QDate from;           // export incident-report --from
    QDate to;             // export incident-report --to
    QString chainHead;    // check --head: a chain head to find, lowercase hex
    // The command paints (a PDF): main() creates a QGuiApplication on the
    // offscreen platform instead of a QCoreApplication, so no display is needed.
    bool needsPainting = false;
    std::optional<int> weeks; // demo --weeks
    std::optional<int> years; // demo --years
    quint64 seed = 1;         // demo --seed
    QString error;            // for Mode::UsageError
    // Hidden, for start-up benchmarks (docs/BENCHMARKS.md): quit with 0 once the
    // window has painted for the first time. GUI mode only.
    bool exitAfterFirstPaint = false;
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
