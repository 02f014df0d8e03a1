#include "DemoGenerator.h"

#include "assessment/Questionnaire.h"
#include "common/Clock.h"
#include "demo/DemoBuilder.h"
#include "demo/DemoCopy.h"
#include "exchange/JsonExchange.h"
#include "storage/Database.h"

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

constexpr int kStressEntries = 100'000;
constexpr int kStressRelationships = 3;
constexpr int kStressYears = 10;

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(Database &db, const DemoOptions &options)
{
    if (!options.endDate.isValid())
        return invalid(tr("Please choose the last day of the demo."));
    if (options.years < 0 || options.years > kMaxYears)
        return invalid(tr("A demo history can span up to %1 years.").arg(kMaxYears));
    if (options.years == 0 && (options.weeks < 1 || options.weeks > kMaxWeeks))
        return invalid(tr("A demo story can span 1 to %1 weeks.").arg(kMaxWeeks));
    if (options.relationships < 0 || options.relationships > kDemoRoleCount)
        return invalid(tr("A demo can have up to %1 relationships.").arg(kDemoRoleCount));
    if (options.entriesPerWeek < 0 || options.entriesPerWeek > kMaxEntriesPerWeek)
        return invalid(tr("A demo can have up to %1 journal entries a week.").arg(kMaxEntriesPerWeek));
    if (options.scripts < 0 || options.scripts > kMaxScripts)
        return invalid(tr("A demo can have up to %1 message drafts.").arg(kMaxScripts));
    if (options.breaches < 0 || options.breaches > kMaxBreaches)
        return invalid(tr("A demo can have up to %1 boundary breaches.").arg(kMaxBreaches));

    auto existing = exchange::JsonExchange::countRecords(db);
    if (!existing.ok())
        return existing.error();
    for (const auto &[key, count] : existing.value()) {
        if (count > 0)
            return makeError(ErrorCode::Conflict,
                tr("The demo can only be added to an empty vault. Nothing was changed."),
                u"the vault holds %1 %2"_s.arg(count).arg(key));
    }

    auto questionnaire = Questionnaire::load();
    if (!questionnaire.ok())
        return questionnaire.error();

    // The demo is written into a scratch database with a clock of its own, so
    // every timestamp (createdAt, filedAt, takenAt, doneAt) follows the story
    // instead of the vault's clock; then it is copied into the vault in one
    // transaction, keeping ids and times.
    ManualClock clock(QDateTime(DemoBuilder::firstDay(options), QTime(8, 0)));
    auto scratch = Database::openNew(clock);
    if (!scratch.ok())
        return scratch.error();
    DemoBuilder builder(*scratch.value(), clock, questionnaire.value(), options);
    if (Status s = builder.run(); !s.ok())
        return s.error();
    if (Status s = DemoCopy::copy(*scratch.value(), db); !s.ok())
        return s.error();
    return builder.summary();
}

DemoOptions DemoGenerator::tenYearsHeavy(const QDate &endDate)
{
    DemoOptions options;
    options.years = 10;
    options.relationships = 3;
    options.entriesPerWeek = 7;
    options.breaches = 1000;
    options.scripts = 200;
    options.endDate = endDate;
    return options;
}

DemoOptions DemoGenerator::stress(const QDate &endDate)
{
    DemoOptions options;
    options.years = kStressYears;
    options.relationships = kStressRelationships;
    options.endDate = endDate;
    // Enough entries a week for about 100,000 over the whole span.
    const qint64 days = endDate.isValid() ? endDate.addYears(-kStressYears).daysTo(endDate) : 3652;
    const qint64 perWeek
        = (qint64(kStressEntries) * 7 + kStressRelationships * days - 1) / (kStressRelationships * days);
    options.entriesPerWeek = int(std::min<qint64>(perWeek, kMaxEntriesPerWeek));
    options.scripts = 10;
    options.breaches = 50;
    return options;
}

} // namespace bearings
