#include "BenchData.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace bearings::bench {

QStringList BenchData::names()
{
    return {QString::fromUtf16(kWeeks12), QString::fromUtf16(kYears10), QString::fromUtf16(kStress)};
}

QString BenchData::directory()
{
    const QString dir = qEnvironmentVariable("BEARINGS_BENCH_DATA");
    if (dir.isEmpty() || !QDir(dir).exists()) {
        std::fprintf(stderr, "Set BEARINGS_BENCH_DATA to a folder made by bench_data (scripts/bench.sh does).\n");
        std::exit(2);
    }
    return dir;
}

QString BenchData::vaultPath(const QString &name)
{
    return QDir(directory()).filePath(name + u".vault"_s);
}

QString BenchData::passphrase()
{
    return u"benchmark passphrase"_s;
}

QDate BenchData::endDate()
{
    static const QDate date = [] {
        QFile file(QDir(directory()).filePath(u"end-date"_s));
        QDate parsed;
        if (file.open(QIODevice::ReadOnly))
            parsed = QDate::fromString(QString::fromLatin1(file.readAll().trimmed()), Qt::ISODate);
        if (!parsed.isValid()) {
            std::fprintf(stderr, "The benchmark data folder has no valid end-date file; run bench_data again.\n");
            std::exit(2);
        }
        return parsed;
    }();
    return date;
}

const Clock &BenchData::clock()
{
    static const ManualClock clock(QDateTime(endDate(), QTime(20, 0)));
    return clock;
}

void BenchData::die(const char *program, const QString &what, const Error &error)
{
    std::fprintf(
        stderr, "%s: %s: %s %s\n", program, qPrintable(what), qPrintable(error.message), qPrintable(error.detail));
    std::exit(1);
}

} // namespace bearings::bench
