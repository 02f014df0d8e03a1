#include "Commands.h"

#include "ExitCodes.h"
#include "PassphraseReader.h"
#include "demo/DemoGenerator.h"
#include "exchange/CsvExport.h"
#include "exchange/ExchangeSchema.h"
#include "exchange/FileIo.h"
#include "exchange/JsonExchange.h"
#include "journal/IncidentChain.h"
#include "journal/IncidentReport.h"
#include "print/HtmlDocumentExport.h"
#include "relationships/RelationshipRepository.h"
#include "safetyplan/SafetyPlanExport.h"
#include "safetyplan/SafetyPlanRepository.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace bearings::app {

namespace {

constexpr int kMinNewPassphraseLength = 8;

int fail(const Error &error)
{
    QTextStream(stderr) << "bearings: " << error.message << '\n';
    return Commands::exitCodeFor(error.code);
}

// Not being able to get a passphrase is a usage problem, not a file problem.
int failUsage(const Error &error)
{
    QTextStream(stderr) << "bearings: " << error.message << '\n';
    return ExitUsage;
}

// Reads the passphrase, or says why not; nullopt means "already reported".
std::optional<QString> passphraseFor(const Invocation &invocation, const QString &prompt, int *exitCode)
{
    auto passphrase = PassphraseReader::read(invocation.passphraseStdin, prompt);
    if (!passphrase.ok()) {
        *exitCode = failUsage(passphrase.error());
        return std::nullopt;
    }
    return passphrase.value();
}

QString vaultPathOf(const Invocation &invocation)
{
    return invocation.vaultPath.isEmpty() ? Commands::defaultVaultPath() : invocation.vaultPath;
}

// Opens the vault; on failure reports it and sets *exitCode.
std::unique_ptr<Vault> openVault(const Invocation &invocation, int *exitCode)
{
    const QString path = vaultPathOf(invocation);
    if (!QFileInfo::exists(path)) {
        *exitCode = fail(
            makeError(ErrorCode::Io, Commands::tr("There is no vault at %1.").arg(QDir::toNativeSeparators(path))));
        return nullptr;
    }
    const auto passphrase = passphraseFor(invocation, Commands::tr("Passphrase:"), exitCode);
    if (!passphrase)
        return nullptr;
    Vault::cleanupStaleTempFiles(path);
    auto vault = Vault::open(path, *passphrase);
    if (!vault.ok()) {
        *exitCode = fail(vault.error());
        return nullptr;
    }
    return std::move(vault).value();
}

void printCounts(const exchange::RecordCounts &counts)
{
    QTextStream out(stdout);
    for (const auto &[key, count] : counts)
        out << "  " << key.leftJustified(24) << ' ' << count << '\n';
}

} // namespace

QString Commands::defaultVaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"data.vault"_s);
}

int Commands::exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase: return ExitWrongPassphrase;
    case ErrorCode::Damaged:
    case ErrorCode::Invalid:
    case ErrorCode::Unsupported: return ExitDamaged;
    case ErrorCode::Io:
    case ErrorCode::NotFound: return ExitIo;
    case ErrorCode::Conflict:
    case ErrorCode::Internal: return ExitFailure;
    }
    return ExitFailure;
}

int Commands::run(const Invocation &invocation)
{
    switch (invocation.command) {
    case Invocation::Command::Demo: return demo(invocation);
    case Invocation::Command::Export: return exportData(invocation);
    case Invocation::Command::Import: return importData(invocation);
    case Invocation::Command::Check: return check(invocation);
    case Invocation::Command::None: break;
    }
    return ExitUsage;
}

int Commands::demo(const Invocation &invocation)
{
    const QString path = invocation.vaultPath;
    if (QFileInfo::exists(path))
        return fail(makeError(ErrorCode::Conflict,
            tr("Something already exists at %1. Bearings will not overwrite it; choose a new "
               "file name.")
                .arg(QDir::toNativeSeparators(path))));
    int exitCode = ExitFailure;
    const auto passphrase = passphraseFor(invocation, tr("Passphrase for the new vault:"), &exitCode);
    if (!passphrase)
        return exitCode;
    if (passphrase->size() < kMinNewPassphraseLength)
        return failUsage(makeError(
            ErrorCode::Invalid, tr("Please use a passphrase of at least %1 characters.").arg(kMinNewPassphraseLength)));
    auto vault = Vault::create(path, *passphrase);
    if (!vault.ok())
        return fail(vault.error());

    DemoOptions options;
    options.seed = invocation.seed;
    options.endDate = Clock::system().today();
    if (invocation.years)
        options.years = *invocation.years;
    else if (invocation.weeks)
        options.weeks = *invocation.weeks;
    auto summary = DemoGenerator::generate(vault.value()->database(), options);
    if (!summary.ok())
        return fail(summary.error());
    if (Status s = vault.value()->save(); !s.ok())
        return fail(s.error());

    const DemoSummary &d = summary.value();
    QTextStream(stdout) << tr("Created a demo vault at %1 with %2 relationships, %3 journal entries (%4 incidents), "
                              "%5 boundaries, %6 breaches, %7 check-ins and %8 message drafts.")
                               .arg(QDir::toNativeSeparators(path))
                               .arg(d.relationships)
                               .arg(d.journalEntries)
                               .arg(d.incidents)
                               .arg(d.boundaries)
                               .arg(d.breaches)
                               .arg(d.checkIns)
                               .arg(d.scripts)
                        << '\n';
    return ExitOk;
}

int Commands::exportData(const Invocation &invocation)
{
    const QString kind = invocation.arguments.first();
    if (kind == u"safety-plan"_s)
        return exportSafetyPlan(invocation);
    if (kind == u"incident-report"_s)
        return exportIncidentReport(invocation);
    int exitCode = ExitFailure;
    const auto vault = openVault(invocation, &exitCode);
    if (!vault)
        return exitCode;
    const Database &db = vault->database();
    const bool json = invocation.arguments.first() == u"json"_s;
    auto data = json ? exchange::JsonExchange::exportJson(db, db.clock().now()) : exchange::CsvExport::journal(db);
    if (!data.ok())
        return fail(data.error());
    if (Status s = FileIo::writeAtomically(invocation.output, data.value()); !s.ok())
        return fail(s.error());
    QTextStream(stderr) << tr("Wrote %1. This file is not encrypted: keep it somewhere safe and delete it when you "
                              "no longer need it.")
                               .arg(QDir::toNativeSeparators(invocation.output))
                        << '\n';
    return ExitOk;
}

int Commands::exportSafetyPlan(const Invocation &invocation)
{
    int exitCode = ExitFailure;
    const auto vault = openVault(invocation, &exitCode);
    if (!vault)
        return exitCode;
    Database &db = vault->database();
    // A vault whose plan was never saved gives the starting plan, as the app shows it.
    const Result<SafetyPlan> plan = SafetyPlanRepository(db).load();
    if (!plan.ok())
        return fail(plan.error());
    const std::optional<ui::SafetyPlanExport::Format> format = ui::SafetyPlanExport::formatFromKey(invocation.format);
    if (!format)
        return ExitUsage; // classify() accepts only known formats
    ui::SafetyPlanExport::Request request;
    request.format = *format;
    request.card = invocation.card;
    if (invocation.paper == u"letter"_s)
        request.paper = ui::HtmlDocumentExport::Paper::Letter;
    else if (invocation.paper == u"a4"_s)
        request.paper = ui::HtmlDocumentExport::Paper::A4;
    else
        request.paper = ui::SafetyPlanExport::paperFor(plan->region, QLocale());
    request.printedAt = db.clock().now();
    request.locale = QLocale();
    if (Status s = ui::SafetyPlanExport::write(plan.value(), invocation.output, request); !s.ok())
        return fail(s.error());
    QTextStream(stderr) << tr("Wrote %1. This file is not encrypted: keep it somewhere safe and delete it when you "
                              "no longer need it.")
                               .arg(QDir::toNativeSeparators(invocation.output))
                        << '\n';
    return ExitOk;
}

int Commands::importData(const Invocation &invocation)
{
    auto bytes = FileIo::readAll(invocation.arguments.at(1), exchange::kMaxImportBytes);
    if (!bytes.ok())
        return fail(bytes.error());
    // Check the file before asking for the passphrase: a bad file never
    // touches the vault.
    if (auto valid = exchange::JsonExchange::validate(bytes.value()); !valid.ok())
        return fail(valid.error());
    // Importing into a path with no vault yet creates one (moving to a new
    // computer); otherwise the existing vault is opened.
    const QString path = vaultPathOf(invocation);
    int exitCode = ExitFailure;
    std::unique_ptr<Vault> vault;
    if (QFileInfo::exists(path)) {
        vault = openVault(invocation, &exitCode);
    } else {
        const auto passphrase = passphraseFor(invocation, tr("Passphrase for the new vault:"), &exitCode);
        if (!passphrase)
            return exitCode;
        if (passphrase->size() < kMinNewPassphraseLength)
            return failUsage(makeError(ErrorCode::Invalid,
                tr("Please use a passphrase of at least %1 characters.").arg(kMinNewPassphraseLength)));
        auto created = Vault::create(path, *passphrase);
        if (!created.ok())
            return fail(created.error());
        vault = std::move(created).value();
    }
    if (!vault)
        return exitCode;
    auto counts = exchange::JsonExchange::importJson(vault->database(), bytes.value(),
        invocation.replace ? exchange::ImportMode::Replace : exchange::ImportMode::IntoEmpty);
    if (!counts.ok())
        return fail(counts.error());
    if (Status s = vault->save(); !s.ok())
        return fail(s.error());
    QTextStream(stdout) << tr("Imported into %1:").arg(QDir::toNativeSeparators(vaultPathOf(invocation))) << '\n';
    printCounts(counts.value());
    return ExitOk;
}

int Commands::check(const Invocation &invocation)
{
    int exitCode = ExitFailure;
    const auto vault = openVault(invocation, &exitCode);
    if (!vault)
        return exitCode;
    // Opening already verified the file's checksum, decryption, SQLite
    // integrity and foreign keys.
    auto counts = exchange::JsonExchange::countRecords(vault->database());
    if (!counts.ok())
        return fail(counts.error());
    QTextStream(stdout) << tr("The vault at %1 is intact (schema version %2).")
                               .arg(QDir::toNativeSeparators(vaultPathOf(invocation)))
                               .arg(vault->database().schemaVersion())
                        << '\n';
    printCounts(counts.value());

    auto chain = IncidentChain::verify(vault->database());
    if (!chain.ok())
        return fail(chain.error());
    QTextStream(stdout) << IncidentChain::summary(chain.value()) << '\n';
    if (!invocation.chainHead.isEmpty()) {
        auto found = IncidentChain::findLink(vault->database(), QByteArray::fromHex(invocation.chainHead.toLatin1()));
        if (!found.ok())
            return fail(found.error());
        if (!found.value()) {
            QTextStream(stdout) << tr("The head %1 is not part of this chain.").arg(invocation.chainHead) << '\n';
            return ExitDamaged;
        }
        QTextStream(stdout) << tr("The head %1 is link %2 of %3 in this chain.")
                                   .arg(invocation.chainHead)
                                   .arg(*found.value())
                                   .arg(chain->links)
                            << '\n';
    }
    return chain->intact() ? ExitOk : ExitDamaged;
}

int Commands::exportIncidentReport(const Invocation &invocation)
{
    int exitCode = ExitFailure;
    const auto vault = openVault(invocation, &exitCode);
    if (!vault)
        return exitCode;
    Database &db = vault->database();

    // --relationship takes an id or a name (any case).
    auto relationships = RelationshipRepository(db).list(true);
    if (!relationships.ok())
        return fail(relationships.error());
    bool isId = false;
    const qint64 id = invocation.relationship.toLongLong(&isId);
    QList<Relationship> matches;
    for (const Relationship &r : relationships.value()) {
        if (isId ? r.id == id : r.name.compare(invocation.relationship, Qt::CaseInsensitive) == 0)
            matches.append(r);
    }
    if (matches.size() != 1) {
        QStringList known;
        for (const Relationship &r : relationships.value())
            known << u"%1 (%2)"_s.arg(r.id).arg(r.name);
        const QString message = matches.isEmpty()
            ? tr("There is no relationship \"%1\" in this vault.").arg(invocation.relationship)
            : tr("More than one relationship is called \"%1\"; please give its id.").arg(invocation.relationship);
        return failUsage(makeError(ErrorCode::NotFound,
            message + u' '
                + (known.isEmpty() ? tr("The vault has no relationships.")
                                   : tr("The vault has: %1.").arg(known.join(u", "_s)))));
    }

    IncidentReportRequest request;
    request.relationshipId = matches.first().id;
    request.from = invocation.from;
    request.to = invocation.to;
    request.vaultPath = QDir::toNativeSeparators(QFileInfo(vaultPathOf(invocation)).absoluteFilePath());
    request.preparedAt = db.clock().now();
    request.locale = QLocale();
    auto html = IncidentReport::html(db, request);
    if (!html.ok())
        return fail(html.error());
    if (invocation.format == u"pdf"_s) {
        // Laid out by the exporter the safety plan and the app use (ui/print),
        // on the paper of the person's locale.
        const auto layout = ui::HtmlDocumentExport::documentLayout(
            ui::HtmlDocumentExport::defaultPaper(QLocale()), IncidentReport::tr("Incident report"));
        if (auto pages = ui::HtmlDocumentExport::writePdf(html.value(), invocation.output, layout); !pages.ok())
            return fail(pages.error());
    } else if (Status s = FileIo::writeAtomically(invocation.output, html->toUtf8()); !s.ok()) {
        return fail(s.error());
    }
    QTextStream(stderr) << tr("Wrote %1. This file is not encrypted: keep it somewhere safe and delete it when you "
                              "no longer need it.")
                               .arg(QDir::toNativeSeparators(invocation.output))
                        << '\n';
    return ExitOk;
}

} // namespace bearings::app
