#include "CommandLine.h"

#include "Commands.h"
#include "ExitCodes.h"
#include "bearings/Version.h"

#include <QCommandLineParser>
#include <QSet>
#include <QTextStream>

#include <algorithm>
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

// Options each command accepts beyond --vault and --passphrase-stdin.
QSet<QString> commandOptions(Invocation::Command command)
{
    switch (command) {
    case Invocation::Command::Demo: return {u"weeks"_s, u"years"_s, u"seed"_s};
    case Invocation::Command::Export:
        return {u"output"_s, u"format"_s, u"card"_s, u"paper"_s, u"relationship"_s, u"from"_s, u"to"_s};
    case Invocation::Command::Import: return {u"replace"_s};
    case Invocation::Command::Check: return {u"head"_s};
    case Invocation::Command::None: return {};
    }
    return {};
}

Invocation usageError(const QString &message)
{
    Invocation result;
    result.mode = Invocation::Mode::UsageError;
    result.error = message;
    return result;
}

// Every option that belongs to a command.
const QStringList &commandOnlyOptions()
{
    static const QStringList options {u"output"_s, u"replace"_s, u"weeks"_s, u"years"_s, u"seed"_s, u"format"_s,
        u"card"_s, u"paper"_s, u"relationship"_s, u"from"_s, u"to"_s, u"head"_s};
    return options;
}

// `export safety-plan` and `export incident-report`: checks the options
// that belong to each kind and fills them in.
std::optional<QString> parseDocumentExport(const QCommandLineParser &parser, Invocation &result)
{
    const QString kind = result.arguments.first();
    const bool plan = kind == u"safety-plan"_s;
    const QStringList foreign
        = plan ? QStringList {u"relationship"_s, u"from"_s, u"to"_s} : QStringList {u"card"_s, u"paper"_s};
    for (const QString &option : foreign) {
        if (parser.isSet(option))
            return CommandLine::tr("'export %1' does not take --%2.").arg(kind, option);
    }
    result.format = parser.value(u"format"_s);
    if (plan) {
        const QStringList formats {u"pdf"_s, u"html"_s, u"txt"_s, u"md"_s};
        if (!formats.contains(result.format))
            return CommandLine::tr("Say which format to write: --format pdf, html, txt or md.");
        result.card = parser.isSet(u"card"_s);
        if (result.card && result.format != u"pdf"_s && result.format != u"html"_s)
            return CommandLine::tr("The wallet card can be written as PDF or HTML: use --format pdf or --format html "
                                   "with --card.");
        result.paper = parser.value(u"paper"_s);
        if (parser.isSet(u"paper"_s) && result.paper != u"a4"_s && result.paper != u"letter"_s)
            return CommandLine::tr("--paper needs a4 or letter.");
    } else {
        if (result.format != u"pdf"_s && result.format != u"html"_s)
            return CommandLine::tr("Say which format to write: --format pdf or html.");
        result.relationship = parser.value(u"relationship"_s).trimmed();
        if (result.relationship.isEmpty())
            return CommandLine::tr("Say whose incidents to report: --relationship ID or NAME.");
        result.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
        result.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
        if (!result.from.isValid() || !result.to.isValid())
            return CommandLine::tr("--from and --to need dates written as YYYY-MM-DD.");
        if (result.from > result.to)
            return CommandLine::tr("--from needs to be on or before --to.");
    }
    result.needsPainting = result.format == u"pdf"_s;
    return std::nullopt;
}

std::optional<qint64> wholeNumber(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

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
           "Run without a command to open the app.\n\n"
           "Commands (they never need a display):\n"
           "  demo --vault PATH [--weeks N | --years N] [--seed S]\n"
           "                          Create a new vault filled with an example story.\n"
           "  export json|csv -o FILE  Write the vault's content as JSON, or the journal as CSV.\n"
           "  export safety-plan --format pdf|html|txt|md [--card] [--paper a4|letter] -o FILE\n"
           "                          Write the safety plan to print or keep; with --card (pdf or html),\n"
           "                          only the wallet card with the essentials.\n"
           "  export incident-report --relationship ID|NAME --from YYYY-MM-DD --to YYYY-MM-DD\n"
           "                         --format pdf|html -o FILE\n"
           "                          Write a dated, factual record of one relationship's incidents, with\n"
           "                          the head of the incident record chain and how to verify it.\n"
           "  import json FILE [--replace]\n"
           "                          Read a JSON export into the vault. The whole file is checked first;\n"
           "                          a vault that already holds records needs --replace.\n"
           "  check [--head HEX]      Check the vault's integrity, count its records and verify the\n"
           "                          incident record chain; --head confirms a head printed in a report.\n\n"
           "Exit codes: 0 done, 1 failed, 2 usage error, 3 wrong passphrase, 4 damaged or invalid file,\n"
           "5 the file could not be read or written."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("Optional: demo, export, import or check."), tr("[command]"));
    parser.addOptions({
        {u"vault"_s, tr("Use the vault file at <path> instead of the default location."), tr("path")},
        {u"passphrase-stdin"_s, tr("Read the vault's passphrase from the first line of standard input.")},
        {{u"o"_s, u"output"_s}, tr("export: write to <file>."), tr("file")},
        {u"replace"_s, tr("import: replace everything in the vault with the file's content.")},
        {u"weeks"_s, tr("demo: how many weeks the story covers (4 to 520, default 12)."), tr("N")},
        {u"years"_s, tr("demo: a large history of <N> years, for trying Bearings at scale (1 to 20)."), tr("N")},
        {u"seed"_s, tr("demo: the seed of the story; the same seed gives the same story."), tr("S")},
        {u"format"_s, tr("export safety-plan: pdf, html, txt or md."), tr("format")},
        {u"card"_s, tr("export safety-plan: only the wallet card (with --format pdf or html).")},
        {u"paper"_s, tr("export safety-plan: a4 or letter (default: what the plan's region uses)."), tr("size")},
    });
    parser.addOptions({
        {u"relationship"_s, tr("export incident-report: whose incidents, by id or name."), tr("id|name")},
        {u"from"_s, tr("export incident-report: the first day of the report."), tr("date")},
        {u"to"_s, tr("export incident-report: the last day of the report."), tr("date")},
        {u"head"_s, tr("check: confirm that <hex>, a chain head printed in a report, is part of the chain."),
            tr("hex")},
    });
    for (const QtOption &qt : kQtOptions) {
        QCommandLineOption option(QString::fromUtf16(qt.name));
        if (qt.takesValue)
            option.setValueName(u"value"_s);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    // For the start-up benchmark only (docs/BENCHMARKS.md); not in --help.
    QCommandLineOption firstPaint(u"exit-after-first-paint"_s);
    firstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(firstPaint);
}

Invocation CommandLine::classify(const QStringList &arguments)
{
    QCommandLineParser parser;
    configure(parser);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    Invocation result;
    if (parser.isSet(u"help"_s) || parser.isSet(u"help-all"_s)) {
        result.mode = Invocation::Mode::Help;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        result.mode = Invocation::Mode::Version;
        return result;
    }
    result.vaultPath = parser.value(u"vault"_s);
    result.passphraseStdin = parser.isSet(u"passphrase-stdin"_s);

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        for (const QString &name : commandOnlyOptions()) {
            if (parser.isSet(name))
                return usageError(tr("The --%1 option belongs to a command.").arg(name));
        }
        result.mode = Invocation::Mode::Gui;
        result.exitAfterFirstPaint = parser.isSet(u"exit-after-first-paint"_s);
        return result;
    }

    const QString name = positional.takeFirst();
    if (name == u"demo"_s)
        result.command = Invocation::Command::Demo;
    else if (name == u"export"_s)
        result.command = Invocation::Command::Export;
    else if (name == u"import"_s)
        result.command = Invocation::Command::Import;
    else if (name == u"check"_s)
        result.command = Invocation::Command::Check;
    else
        return usageError(tr("Unknown command: %1").arg(name));
    result.mode = Invocation::Mode::Command;
    result.arguments = positional;

    const QSet<QString> allowed = commandOptions(result.command);
    for (const QString &option : commandOnlyOptions()) {
        if (parser.isSet(option) && !allowed.contains(option))
            return usageError(tr("The %1 command does not take --%2.").arg(name, option));
    }

    switch (result.command) {
    case Invocation::Command::Demo: {
        if (!positional.isEmpty())
            return usageError(tr("The demo command takes no arguments."));
        if (result.vaultPath.isEmpty())
            return usageError(tr("The demo command needs --vault PATH for the new vault."));
        if (parser.isSet(u"weeks"_s) && parser.isSet(u"years"_s))
            return usageError(tr("Use either --weeks or --years, not both."));
        if (parser.isSet(u"weeks"_s)) {
            const auto weeks = wholeNumber(parser.value(u"weeks"_s), 4, 520);
            if (!weeks)
                return usageError(tr("--weeks needs a whole number from 4 to 520."));
            result.weeks = int(*weeks);
        }
        if (parser.isSet(u"years"_s)) {
            const auto years = wholeNumber(parser.value(u"years"_s), 1, 20);
            if (!years)
                return usageError(tr("--years needs a whole number from 1 to 20."));
            result.years = int(*years);
        }
        if (parser.isSet(u"seed"_s)) {
            bool ok = false;
            result.seed = parser.value(u"seed"_s).toULongLong(&ok);
            if (!ok)
                return usageError(tr("--seed needs a whole number of 0 or more."));
        }
        break;
    }
    case Invocation::Command::Export: {
        const QStringList kinds {u"json"_s, u"csv"_s, u"safety-plan"_s, u"incident-report"_s};
        if (positional.size() != 1 || !kinds.contains(positional.first()))
            return usageError(tr("Say what to export: 'export json -o FILE', 'export csv -o FILE' or "
                                 "'export safety-plan --format pdf -o FILE'."));
        const bool document = positional.first() == u"safety-plan"_s || positional.first() == u"incident-report"_s;
        if (document) {
            if (const std::optional<QString> problem = parseDocumentExport(parser, result))
                return usageError(*problem);
        } else {
            for (const QString &option : {u"format"_s, u"card"_s, u"paper"_s, u"relationship"_s, u"from"_s, u"to"_s}) {
                if (parser.isSet(option))
                    return usageError(tr("'export %1' does not take --%2.").arg(positional.first(), option));
            }
        }
        result.output = parser.value(u"output"_s);
        if (result.output.isEmpty())
            return usageError(tr("The export command needs -o FILE."));
        break;
    }
    case Invocation::Command::Import:
        if (positional.size() != 2 || positional.first() != u"json"_s)
            return usageError(tr("Say what to import: 'import json FILE'."));
        result.replace = parser.isSet(u"replace"_s);
        break;
    case Invocation::Command::Check:
        if (!positional.isEmpty())
            return usageError(tr("The check command takes no arguments."));
        if (parser.isSet(u"head"_s)) {
            result.chainHead = parser.value(u"head"_s).trimmed().toLower();
            const bool hex = std::all_of(result.chainHead.cbegin(), result.chainHead.cend(),
                [](QChar c) { return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'); });
            if (result.chainHead.size() != 64 || !hex)
                return usageError(tr("--head needs the 64 hexadecimal characters of a chain head."));
        }
        break;
    case Invocation::Command::None: break;
    }
    return result;
}

int CommandLine::runConsole(const Invocation &invocation)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (invocation.mode) {
    case Invocation::Mode::Help: {
        QCommandLineParser parser;
        configure(parser);
        out << parser.helpText();
        return ExitOk;
    }
    case Invocation::Mode::Version:
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    case Invocation::Mode::UsageError:
        err << "bearings: " << invocation.error << '\n'
            << tr("Run 'bearings --help' to see the commands and options.") << '\n';
        return ExitUsage;
    case Invocation::Mode::Command: return Commands::run(invocation);
    case Invocation::Mode::Gui: break;
    }
    err << "bearings: internal error: no console handler for this invocation\n";
    return ExitFailure;
}

} // namespace bearings::app
