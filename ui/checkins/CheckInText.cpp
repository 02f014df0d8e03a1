#include "CheckInText.h"
#include "CheckInsPage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui::checkintext {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'g', 6);
}

} // namespace

QString dayDate(const QDate &date)
{
    return QLocale().toString(date, u"dddd d MMMM"_s);
}

QString status(const TrialPlan &plan, const TrialProgressReport &report)
{
    QString line;
    switch (report.phase) {
    case TrialPhase::NotStarted: line = CheckInsPage::tr("Your trial starts on %1").arg(dayDate(plan.startDate)); break;
    case TrialPhase::Running:
        line = CheckInsPage::tr("Week %1 of %2").arg(report.currentWeek).arg(plan.lengthWeeks);
        break;
    case TrialPhase::Finished:
        line = CheckInsPage::tr("All %1 weeks of the trial are done").arg(plan.lengthWeeks);
        break;
    }
    if (report.nextDueDate)
        line = CheckInsPage::tr("%1 · next check-in %2").arg(line, dayDate(*report.nextDueDate));
    return line;
}

QString openWeeks(const QList<int> &weeks)
{
    if (weeks.isEmpty())
        return {};
    if (weeks.size() == 1)
        return CheckInsPage::tr("Week %1's check-in is still open — you can fill it in now.").arg(weeks.first());
    QStringList numbers;
    for (int w : weeks)
        numbers.append(QLocale().toString(w));
    return CheckInsPage::tr("The check-ins for weeks %1 are still open — you can fill them in now, one at a time.")
        .arg(QLocale().createSeparatedList(numbers));
}

QString target(const Benchmark &benchmark)
{
    return benchmark.direction == TargetDirection::AtLeast
        ? CheckInsPage::tr("target: at least %1").arg(number(benchmark.target))
        : CheckInsPage::tr("target: at most %1").arg(number(benchmark.target));
}

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

int defaultWeek(
    const TrialPlan &plan, const QList<CheckIn> &checkIns, const TrialProgressReport &report, const QDate &today)
{
    for (int week = 1; week <= plan.lengthWeeks; ++week) {
        const QDate due = TrialProgress::checkInDueDate(plan, week);
        if (!due.isValid() || due > today)
            break;
        const bool filed
            = std::any_of(checkIns.cbegin(), checkIns.cend(), [week](const CheckIn &c) { return c.week == week; });
        if (!filed)
            return week;
    }
    switch (report.phase) {
    case TrialPhase::NotStarted: return 1;
    case TrialPhase::Running: return std::max(1, report.currentWeek);
    case TrialPhase::Finished: return plan.lengthWeeks;
    }
    return 1;
}

int lastOpenWeek(const TrialPlan &plan, const QList<CheckIn> &checkIns, const TrialProgressReport &report)
{
    int last = 1;
    switch (report.phase) {
    case TrialPhase::NotStarted: last = 1; break;
    case TrialPhase::Running: last = std::max(1, report.currentWeek); break;
    case TrialPhase::Finished: last = plan.lengthWeeks; break;
    }
    for (const CheckIn &c : checkIns)
        last = std::max(last, c.week);
    return std::min(std::max(last, 1), plan.lengthWeeks);
}

} // namespace bearings::ui::checkintext
