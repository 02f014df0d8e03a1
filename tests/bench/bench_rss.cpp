// Peak memory after unlocking (docs/BENCHMARKS.md): one process opens a copy
// of a benchmark vault through the real AppController, waits for the
// painted dashboard and prints VmHWM (peak resident set) from
// /proc/self/status as one JSON line. scripts/bench.sh runs it several
// times per data set and takes the median.
//
//   bench_rss NAME      (weeks12, years10 or stress; needs BEARINGS_BENCH_DATA)

#include "BenchData.h"
#include "UnlockDriver.h"
#include "common/Theme.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

// A "VmHWM:   123456 kB" line of /proc/self/status, in KiB; -1 if absent.
qint64 statusKb(const QByteArray &key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(key).append(':')))
            return line.mid(key.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2 || !bench::BenchData::names().contains(args.at(1))) {
        std::fprintf(stderr, "usage: bench_rss weeks12|years10|stress\n");
        return 2;
    }
    ui::Theme::apply(app, ui::Theme::Mode::Light);
    bench::UnlockDriver driver(bench::BenchData::vaultPath(args.at(1)));
    driver.start();
    const qint64 gateHwm = statusKb("VmHWM");
    const qint64 ns = driver.unlockToPaintedDashboard();
    std::printf("{\"dataset\": \"%s\", \"gate_hwm_kb\": %lld, \"hwm_kb\": %lld, \"rss_kb\": %lld, "
                "\"unlock_ms\": %.2f}\n",
        qPrintable(args.at(1)), static_cast<long long>(gateHwm), static_cast<long long>(statusKb("VmHWM")),
        static_cast<long long>(statusKb("VmRSS")), double(ns) / 1e6);
    std::fflush(stdout);
    driver.lock();
    return 0;
}
