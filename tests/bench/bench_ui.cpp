// In-process benchmarks of the Widgets app (docs/BENCHMARKS.md): unlock to a
// painted dashboard through the real AppController, the dashboard's refresh
// (aggregation and chart update), and filtering the journal page. Runs on
// the offscreen platform unless QT_QPA_PLATFORM says otherwise.
// Needs BEARINGS_BENCH_DATA (scripts/bench.sh sets it).

#include "BenchData.h"
#include "UnlockDriver.h"
#include "common/Theme.h"
#include "dashboard/DashboardPage.h"
#include "journal/JournalPage.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPixmap>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace bearings;
using bearings::bench::BenchData;
using namespace Qt::Literals::StringLiterals;

namespace {

[[noreturn]] void die(const QString &what, const Error &error)
{
    BenchData::die("bench_ui", what, error);
}

// A data set opened as the app opens it, with a session context on it.
struct OpenSession {
    explicit OpenSession(const QString &name)
    {
        auto opened = Vault::open(BenchData::vaultPath(name), BenchData::passphrase(), BenchData::clock());
        if (!opened.ok())
            die(name, opened.error());
        vault = std::move(opened).value();
        context = std::make_unique<ui::SessionContext>(vault->database(), clipboard);
        auto all = RelationshipRepository(vault->database()).list();
        if (!all.ok() || all->isEmpty())
            die(name, makeError(ErrorCode::NotFound, u"no relationship"_s));
        context->setCurrentRelationship(all->first().id);
    }
    ~OpenSession() { context->close(); }
    OpenSession(const OpenSession &) = delete;
    OpenSession &operator=(const OpenSession &) = delete;

    ui::ClipboardGuard clipboard;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<ui::SessionContext> context;
};

// Unlock (cheap key derivation) to the first paint of the dashboard, as in
// the app: VaultSession reads and checks the file and derives the key on its
// worker thread, decrypts and loads the database (integrity check included),
// AppController builds every page, and the window paints the Overview.
// Locking between runs is not timed.
void BM_UnlockToDashboard(benchmark::State &state, const QString &name)
{
    bench::UnlockDriver driver(BenchData::vaultPath(name));
    driver.start();
    for (auto _ : state) {
        const qint64 ns = driver.unlockToPaintedDashboard();
        state.SetIterationTime(double(ns) / 1e9);
        driver.lock();
    }
}

// The page shown (offscreen) at a desktop size, over `window`.
void showAt(ui::DashboardPage &page, DashboardWindow window)
{
    page.resize(1200, 900);
    page.show();
    page.setWindow(window);
    QCoreApplication::processEvents();
}

// DashboardPage::refresh(): DashboardBuilder reads and aggregates, then the
// six numbers, the evaluation and the four charts are rebuilt. The page is
// shown (offscreen) at a desktop size; painting is not included.
void BM_DashboardRefresh(benchmark::State &state, const QString &name, DashboardWindow window)
{
    OpenSession session(name);
    ui::DashboardPage page(*session.context);
    showAt(page, window);
    for (auto _ : state) {
        page.refresh();
        benchmark::DoNotOptimize(page.snapshot());
    }
    state.counters["weeks"] = double(page.snapshot().weeks.size());
}

// The same, followed by the layout and a full paint of the page (grab()).
void BM_DashboardRefreshPainted(benchmark::State &state, const QString &name, DashboardWindow window)
{
    OpenSession session(name);
    ui::DashboardPage page(*session.context);
    showAt(page, window);
    for (auto _ : state) {
        page.refresh();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QPixmap shot = page.grab();
        benchmark::DoNotOptimize(shot);
    }
}

// The journal page with a tag chosen, as the person types words to find:
// each change of the search field re-reads and refills the list.
void BM_JournalPageFilter(benchmark::State &state, const QString &name)
{
    OpenSession session(name);
    ui::JournalPage page(*session.context);
    page.resize(1200, 900);
    page.show();
    auto *tag = page.findChild<QComboBox *>(u"filterTag"_s);
    auto *search = page.findChild<QLineEdit *>(u"filterSearch"_s);
    if (!tag || !search || tag->findData(u"repair-attempt"_s) < 0)
        die(name, makeError(ErrorCode::NotFound, u"journal filters"_s));
    tag->setCurrentIndex(tag->findData(u"repair-attempt"_s));
    QCoreApplication::processEvents();
    int i = 0;
    for (auto _ : state) {
        // The same filter each time (the field is trimmed), one refill each.
        search->setText((i++ % 2) ? u"calm"_s : u"calm "_s);
    }
    state.counters["rows"] = double(page.entries().size());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ui::Theme::apply(app, ui::Theme::Mode::Light);
    const QString weeks12 = QString::fromUtf16(BenchData::kWeeks12);
    const QString years10 = QString::fromUtf16(BenchData::kYears10);
    const QString stress = QString::fromUtf16(BenchData::kStress);
    const auto ms = benchmark::kMillisecond;

    for (const QString &name : {weeks12, years10}) {
        const std::string n = name.toStdString();
        benchmark::RegisterBenchmark(("UnlockToDashboard/" + n).c_str(), BM_UnlockToDashboard, name)
            ->Unit(ms)
            ->UseManualTime()
            ->Iterations(10);
        benchmark::RegisterBenchmark(
            ("DashboardRefresh/" + n + "/trial").c_str(), BM_DashboardRefresh, name, DashboardWindow::Trial)
            ->Unit(ms);
        benchmark::RegisterBenchmark(("DashboardRefreshPainted/" + n + "/trial").c_str(), BM_DashboardRefreshPainted,
            name, DashboardWindow::Trial)
            ->Unit(ms);
    }
    benchmark::RegisterBenchmark(("DashboardRefresh/" + years10.toStdString() + "/everything").c_str(),
        BM_DashboardRefresh, years10, DashboardWindow::Everything)
        ->Unit(ms);
    benchmark::RegisterBenchmark(
        ("JournalPageFilter/" + stress.toStdString() + "/tag+search").c_str(), BM_JournalPageFilter, stress)
        ->Unit(ms);

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
