#include "UiTestSupport.h"
#include "analytics/WeeklyAggregator.h"
#include "assessment/AssessmentRepository.h"
#include "assessment/Questionnaire.h"
#include "boundaries/BoundaryRepository.h"
#include "boundaries/BoundaryStats.h"
#include "checkins/TrialPlanRepository.h"
#include "common/Clock.h"
#include "common/FileDialogs.h"
#include "common/NoticeBar.h"
#include "common/SafetyBanner.h"
#include "common/Theme.h"
#include "dashboard/ChartPanel.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/StatTile.h"
#include "demo/DemoGenerator.h"
#include "journal/JournalRepository.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>
#include <memory>

using namespace bearings;
using namespace bearings::ui;
using bearings::test::child;
using bearings::test::unnamedFocusable;
using namespace Qt::Literals::StringLiterals;

namespace {

// The demo's story ends on Sunday 22 November 2026; "today" is that day.
const QDate kDemoEnd(2026, 11, 22);

template<typename T> T *seriesNamed(QChart *chart, const QString &name)
{
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        if (s->objectName() == name)
            return qobject_cast<T *>(s);
    }
    return nullptr;
}

QBarSet *barSetNamed(QChart *chart, const QString &name)
{
    auto *bars = seriesNamed<QStackedBarSeries>(chart, u"interactions"_s);
    if (!bars)
        return nullptr;
    const QList<QBarSet *> sets = bars->barSets();
    for (QBarSet *set : sets) {
        if (set->objectName() == name)
            return set;
    }
    return nullptr;
}

} // namespace

class TestDashboard : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<SessionContext> m_context;
    qint64 m_partner = 0;

    std::unique_ptr<DashboardPage> shownPage()
    {
        auto page = std::make_unique<DashboardPage>(*m_context);
        page->resize(1200, 1400);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning() << "dashboard not exposed";
        return page;
    }

    QList<JournalEntry> allEntries() const
    {
        auto entries = JournalRepository(*m_db).entriesBetween(m_partner, {}, {});
        return entries.ok() ? *entries : QList<JournalEntry>();
    }

    QList<Breach> allBreaches() const
    {
        auto breaches = BoundaryRepository(*m_db).breachesForRelationship(m_partner);
        return breaches.ok() ? *breaches : QList<Breach>();
    }

    // The weekly stats straight from core, for the page's range.
    QList<WeeklyStats> expectedWeeks(const WeekRange &range) const
    {
        return WeeklyAggregator::aggregate(allEntries(), allBreaches(), {}, range);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void init()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime(kDemoEnd, QTime(20, 0)));
        Result<std::unique_ptr<Database>> db = Database::openNew(*m_clock);
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        DemoOptions options;
        options.endDate = kDemoEnd;
        const Result<DemoSummary> demo = DemoGenerator::generate(*m_db, options);
        QVERIFY2(demo.ok(), qPrintable(demo.ok() ? QString() : demo.error().message));
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_context = std::make_unique<SessionContext>(*m_db, *m_clipboard);
        const Result<QList<Relationship>> relationships = RelationshipRepository(*m_db).list();
        QVERIFY(relationships.ok() && !relationships->isEmpty());
        for (const Relationship &r : *relationships) {
            if (r.kind == RelationshipKind::Partner)
                m_partner = r.id;
        }
        QVERIFY(m_partner != 0);
        m_context->setCurrentRelationship(m_partner);
    }

    void cleanup()
    {
        m_context.reset();
        m_clipboard.reset();
        m_db.reset();
        m_clock.reset();
    }

    void withoutARelationshipTheEmptyStateShows()
    {
        m_context->setCurrentRelationship(0);
        auto page = shownPage();
        QVERIFY(child<QWidget>(page.get(), u"noRelationship"_s)->isVisible());
        QCOMPARE(page->snapshot().relationshipId, 0);
    }

    void tilesMatchCoreAnalyticsOnTheDemo()
    {
        auto page = shownPage();
        const DashboardSnapshot &s = page->snapshot();
        QCOMPARE(s.relationshipId, m_partner);
        QCOMPARE(s.today, kDemoEnd);

        // Days since the last crossing and the follow-through, from the breaches themselves.
        const QList<Breach> breaches = allBreaches();
        const std::optional<int> days = BoundaryStats::daysSinceLastBreach(breaches, kDemoEnd);
        QVERIFY(days.has_value());
        auto *breachTile = child<StatTile>(page.get(), u"breachTile"_s);
        QCOMPARE(breachTile->value(), *days == 1 ? u"1 day"_s : u"%1 days"_s.arg(*days));
        QList<Breach> recent;
        for (const Breach &b : breaches) {
            if (localDate(b.occurredAt) > kDemoEnd.addDays(-84))
                recent.append(b);
        }
        const std::optional<double> rate = BoundaryStats::followThroughRate(recent);
        QVERIFY(rate.has_value());
        auto *followTile = child<StatTile>(page.get(), u"followTile"_s);
        QCOMPARE(followTile->value(), u"%1%"_s.arg(std::lround(*rate * 100)));

        // This week's ratio, from the aggregator over the week of today.
        const WeeklyStats week = expectedWeeks(WeekRange {weekStart(kDemoEnd), 1}).first();
        auto *ratioTile = child<StatTile>(page.get(), u"ratioTile"_s);
        if (week.ratio)
            QCOMPARE(ratioTile->value(), u"%1 : 1"_s.arg(QLocale().toString(*week.ratio, 'f', 1)));
        else if (week.positiveCount > 0)
            QCOMPARE(ratioTile->value(), u"No hurtful moments"_s);
        else
            QCOMPARE(ratioTile->value(), u"Nothing yet"_s);

        // Incidents this month, counted with the journal's own filter.
        JournalFilter month;
        month.relationshipId = m_partner;
        month.incidentsOnly = true;
        month.from = QDate(kDemoEnd.year(), kDemoEnd.month(), 1);
        month.to = kDemoEnd;
        const Result<int> incidents = JournalRepository(*m_db).count(month);
        QVERIFY(incidents.ok());
        QCOMPARE(child<StatTile>(page.get(), u"incidentTile"_s)->value(), QString::number(*incidents));

        // The demo's partner story runs a trial: its week is on the path tile.
        QVERIFY(s.plan.has_value());
        QCOMPARE(s.progress.phase, TrialPhase::Running);
        QVERIFY(child<StatTile>(page.get(), u"pathTile"_s)
                    ->detail()
                    .contains(u"week %1 of %2"_s.arg(s.progress.currentWeek).arg(s.plan->lengthWeeks)));
        QVERIFY(child<QWidget>(page.get(), u"evaluationCard"_s)->isVisible());
        QCOMPARE(child<QLabel>(page.get(), u"verdict"_s)->text(), TrialEvaluation::verdictLabel(s.evaluation->verdict));
    }

    void chartSeriesHoldTheWeeklyNumbers()
    {
        auto page = shownPage();
        page->setWindow(DashboardWindow::Weeks12);
        const DashboardSnapshot &s = page->snapshot();
        QCOMPARE(s.weeks.size(), 12);
        const QList<WeeklyStats> expected = expectedWeeks(s.range);
        QCOMPARE(s.weeks, expected);

        // Mood: one point per week that has an after-contact mood, at x = week.
        QVERIFY(page->moodChart()->showsChart());
        auto *after = seriesNamed<QLineSeries>(page->moodChart()->chart(), u"moodAfter"_s);
        QVERIFY(after);
        QList<QPointF> points;
        for (int i = 0; i < expected.size(); ++i) {
            if (expected[i].moodAfter)
                points.append(QPointF(i, *expected[i].moodAfter));
        }
        QVERIFY(!points.isEmpty());
        QCOMPARE(after->points(), points);

        // Interactions: every week's count per kind.
        QBarSet *positive = barSetNamed(page->interactionsChart()->chart(), u"positive"_s);
        QBarSet *incidents = barSetNamed(page->interactionsChart()->chart(), u"incidents"_s);
        QVERIFY(positive && incidents);
        QCOMPARE(positive->count(), 12);
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(positive->at(i), qreal(expected[i].tagCount(TagGroup::Positive)));
            QCOMPARE(incidents->at(i), qreal(expected[i].incidentCount));
        }

        // Ratio: weeks with hurtful moments as a line (capped), the 5:1 guide flat.
        auto *ratio = seriesNamed<QLineSeries>(page->ratioChart()->chart(), u"ratio"_s);
        auto *guide = seriesNamed<QLineSeries>(page->ratioChart()->chart(), u"guide"_s);
        QVERIFY(ratio && guide);
        QList<QPointF> ratios;
        for (int i = 0; i < expected.size(); ++i) {
            if (expected[i].ratio)
                ratios.append(QPointF(i, std::min(*expected[i].ratio, DashboardCharts::kRatioCap)));
        }
        QCOMPARE(ratio->points(), ratios);
        QCOMPARE(guide->points().first().y(), 5.0);
        QCOMPARE(guide->points().last().y(), 5.0);

        // Ratings: one point per check-in that rated the benchmark, targets for self-rated ones.
        const Result<QList<CheckIn>> checkIns = TrialPlanRepository(*m_db).checkIns(s.plan->id);
        QVERIFY(checkIns.ok() && !checkIns->isEmpty());
        QChart *ratings = page->ratingsChart()->chart();
        QVERIFY(seriesNamed<QAbstractSeries>(ratings, u"trialWindow"_s));
        for (const Benchmark &b : s.plan->benchmarks) {
            auto *series = seriesNamed<QLineSeries>(ratings, u"rating_%1"_s.arg(b.id));
            QList<qreal> values;
            for (const CheckIn &c : *checkIns) {
                if (c.ratings.contains(b.id))
                    values.append(c.ratings.value(b.id));
            }
            if (values.isEmpty() && b.kind != BenchmarkKind::SelfRated) {
                QVERIFY2(!series, "a measured benchmark never rated has no legend entry");
                continue;
            }
            QVERIFY(series);
            QList<qreal> shown;
            for (const QPointF &p : series->points())
                shown.append(p.y());
            QCOMPARE(shown, values);
            auto *target = seriesNamed<QLineSeries>(ratings, u"target_%1"_s.arg(b.id));
            QCOMPARE(target != nullptr, b.kind == BenchmarkKind::SelfRated);
            if (target)
                QCOMPARE(target->points().first().y(), b.target);
        }
    }

    void legendEntriesHideAndShowTheirSeries()
    {
        auto page = shownPage();
        ChartPanel *mood = page->moodChart();
        auto *before = seriesNamed<QLineSeries>(mood->chart(), u"moodBefore"_s);
        QVERIFY(before && before->isVisible());
        mood->toggleLegendEntry(0);
        QVERIFY(!before->isVisible());
        QVERIFY2(mood->chart()->legend()->markers().first()->isVisible(), "the entry stays to be clicked again");
        QVERIFY(mood->chart()->legend()->markers().first()->font().strikeOut());
        mood->toggleLegendEntry(0);
        QVERIFY(before->isVisible());

        ChartPanel *moments = page->interactionsChart();
        QBarSet *positive = barSetNamed(moments->chart(), u"positive"_s);
        QVERIFY(positive);
        qreal total = 0;
        for (int i = 0; i < positive->count(); ++i)
            total += positive->at(i);
        QVERIFY(total > 0);
        moments->toggleLegendEntry(0);
        for (int i = 0; i < positive->count(); ++i)
            QCOMPARE(positive->at(i), 0.0);
        moments->toggleLegendEntry(0);
        qreal restored = 0;
        for (int i = 0; i < positive->count(); ++i)
            restored += positive->at(i);
        QCOMPARE(restored, total);
    }

    void chartsSaveAsPngAndSvgAndPrint()
    {
        auto page = shownPage();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ChartPanel *mood = page->moodChart();

        const QString png = dir.filePath(u"mood.png"_s);
        QVERIFY(mood->savePng(png).ok());
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 640);

        const QString svg = dir.filePath(u"mood.svg"_s);
        QVERIFY(mood->saveSvg(svg).ok());
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgBytes = svgFile.readAll();
        QVERIFY(svgBytes.contains("<svg"));
        QVERIFY(svgBytes.contains("Mood around contact"));

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = dir.filePath(u"mood.pdf"_s);
        printer.setOutputFileName(pdf);
        mood->printTo(printer);
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.readAll().startsWith("%PDF"));

        // Through the menu, with the save dialog answered by the test seam.
        const QString viaMenu = dir.filePath(u"moments"_s);
        FileDialogs::setNextSaveFileName(viaMenu);
        auto *menuButton = child<QToolButton>(page->interactionsChart(), u"chartMenu"_s);
        QVERIFY(menuButton && menuButton->isEnabled());
        QAction *savePng = child<QAction>(menuButton->menu(), u"savePng"_s);
        QVERIFY(savePng);
        savePng->trigger();
        QVERIFY2(QFile::exists(viaMenu + u".png"_s), "the suffix is added when the name has none");
        QVERIFY(child<NoticeBar>(page.get(), u"dashboardNotice"_s)->message().contains(u"moments.png"_s));
    }

    void anEmptyChartOffersNoSaving()
    {
        auto page = shownPage();
        page->setWindow(DashboardWindow::Year);
        // Far in the future nothing is recorded: every chart shows its message.
        m_clock->set(QDateTime(kDemoEnd.addYears(3), QTime(9, 0)));
        page->setWindow(DashboardWindow::Weeks12);
        QVERIFY(!page->moodChart()->showsChart());
        QVERIFY(!page->moodChart()->message().isEmpty());
        QVERIFY(!child<QToolButton>(page->moodChart(), u"chartMenu"_s)->isEnabled());
        QVERIFY(!page->moodChart()->savePng(QDir::temp().filePath(u"never.png"_s)).ok());
    }

    void newEntriesUpdateTheNumbers()
    {
        auto page = shownPage();
        const QString before = child<StatTile>(page.get(), u"incidentTile"_s)->value();
        JournalEntry e;
        e.relationshipId = m_partner;
        e.occurredAt = m_clock->now().addSecs(-3600);
        e.incident = true;
        e.severity = 2;
        e.note = u"Shouted at the door"_s;
        QVERIFY(JournalRepository(*m_db).add(e).ok());
        QTRY_COMPARE(child<StatTile>(page.get(), u"incidentTile"_s)->value(), QString::number(before.toInt() + 1));
    }

    void theWindowPickerChangesTheWeeksShown()
    {
        auto page = shownPage();
        auto *picker = child<QComboBox>(page.get(), u"windowPicker"_s);
        picker->setCurrentIndex(picker->findData(int(DashboardWindow::Everything)));
        const DashboardSnapshot &s = page->snapshot();
        QCOMPARE(s.window, DashboardWindow::Everything);
        const QList<JournalEntry> entries = allEntries();
        QVERIFY(!entries.isEmpty());
        QCOMPARE(s.range.firstWeekStart,
            weekStart(std::min(localDate(entries.first().occurredAt), localDate(allBreaches().first().occurredAt))));
        picker->setCurrentIndex(picker->findData(int(DashboardWindow::Months6)));
        QCOMPARE(page->snapshot().weeks.size(), 26);
    }

    void safetyFirstShowsAboveEverything()
    {
        auto questionnaire = Questionnaire::load();
        QVERIFY(questionnaire.ok());
        Assessment a;
        a.relationshipId = m_partner;
        a.questionnaireVersion = questionnaire->version();
        a.answers = {{u"red-retaliation"_s, 1}};
        QVERIFY(AssessmentRepository(*m_db).finish(a, *questionnaire).ok());

        auto page = shownPage();
        auto *banner = page->findChild<SafetyBanner *>();
        QVERIFY(banner && banner->isVisible());
        auto *pathTile = child<StatTile>(page.get(), u"pathTile"_s);
        QVERIFY(banner->mapTo(page.get(), QPoint()).y() < pathTile->mapTo(page.get(), QPoint()).y());
        QCOMPARE(
            child<QLabel>(page.get(), u"verdict"_s)->text(), TrialEvaluation::verdictLabel(TrialVerdict::SafetyFirst));

        QSignalSpy navigate(m_context.get(), &SessionContext::navigateRequested);
        QTest::mouseClick(child<QPushButton>(banner, u"openSafetyPlan"_s), Qt::LeftButton);
        QCOMPARE(navigate.count(), 1);
        QCOMPARE(navigate.first().first().value<Area>(), Area::SafetyPlan);
    }

    void chartsFollowTheDarkPalette()
    {
        auto page = shownPage();
        Theme::apply(*qApp, Theme::Mode::Dark);
        QCoreApplication::processEvents();
        const QColor darkText = QApplication::palette().color(QPalette::WindowText);
        QCOMPARE(page->moodChart()->chart()->legend()->labelColor(), darkText);
        QCOMPARE(page->moodChart()->chart()->axes().first()->labelsBrush().color(), darkText);
        Theme::apply(*qApp, Theme::Mode::Light);
        QCoreApplication::processEvents();
        QCOMPARE(
            page->moodChart()->chart()->legend()->labelColor(), QApplication::palette().color(QPalette::WindowText));
    }

    void everyControlHasAnAccessibleName()
    {
        auto page = shownPage();
        const QStringList unnamed = unnamedFocusable(page.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
