#include "CommandLine.h"

#include "ExitCodes.h"
#include "bearings/Version.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace bearings::app {

namespace {

// Qt's own GUI options (QGuiApplication strips them later). Accepted here so
// that `bearings -platform offscreen` is not a usage error; hidden from help.
struct QtOption {
    const char16_t *name;
    bool takesValue;
};
constexpr QtOption kQtOptions[] = {
    {u"platform", true},
    {u"platformpluginpath", true},
    {u"platformtheme", true},
    {u"plugin", true},
    {u"qwindowgeometry", true},
    {u"qwindowicon", true},
    {u"qwindowtitle", true},
    {u"reverse", false},
    {u"session", true},
    {u"style", true},
    {u"stylesheet", true},
    {u"widgetcount", false},
    {u"display", true},
    {u"geometry", true},
    {u"name", true},
    {u"title", true},
    {u"sync", false},
    {u"nograb", false},
    {u"dograb", false},
};

} // namespace

void CommandLine::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"Bearings"_s);
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    // No organisation: paths become .../Bearings rather than .../Org/Bearings.
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QString());
}

void CommandLine::configure(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        tr("Bearings is a private, offline place to take stock of a relationship that hurts you.\n"
           "Run without a command to open the app."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        u"vault"_s, tr("Use the vault file at <path> instead of the default location."), tr("path")));
    for (const QtOption &qt : kQtOptions) {
        QCommandLineOption option(QString::fromUtf16(qt.name));
        if (qt.takesValue)
            option.setValueName(u"value"_s);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

Invocation CommandLine::classify(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    Invocation result;
    if (!parser.parse(arguments)) {
        result.mode = Invocation::Mode::UsageError;
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        result.mode = Invocation::Mode::Help;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        result.mode = Invocation::Mode::Version;
        return result;
    }
    result.vaultPath = parser.value(u"vault"_s);
    if (parser.isSet(u"vault"_s) && result.vaultPath.isEmpty()) {
        result.mode = Invocation::Mode::UsageError;
        result.error = tr("The --vault option needs a file path.");
        return result;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        result.mode = Invocation::Mode::UsageError;
        result.error = tr("Unknown command: %1").arg(positional.first());
        return result;
    }
    result.mode = Invocation::Mode::Gui;
    return result;
}

int CommandLine::runConsole(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    configure(parser);
    switch (invocation.mode) {
    case Invocation::Mode::Help: out << parser.helpText(); return ExitOk;
    case Invocation::Mode::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    case Invocation::Mode::UsageError:
        err << QCoreApplication::applicationName().toLower() << ": " << invocation.error << '\n'
            << tr("Run '%1 --help' to see the commands and options.").arg(QCoreApplication::applicationName().toLower())
            << '\n';
        return ExitUsage;
    case Invocation::Mode::Command:
    case Invocation::Mode::Gui: break;
    }
    err << "bearings: internal error: no console handler for this invocation\n";
    return ExitFailure;
}

} // namespace bearings::app
