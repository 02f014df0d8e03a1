#include "DashboardCharts.h"

#include "common/Theme.h"
#include "dashboard/DashboardSnapshot.h"
#include "journal/JournalEntry.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPalette>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kMaxAxisLabels = 8;
constexpr qreal kLineWidth = 2.5;
constexpr qreal kMarkerSize = 7.0;
constexpr int kWindowAlpha = 38;

QColor accent(Theme::Accent a)
{
    return Theme::accent(a);
}

QString number(double value)
{
    return QLocale().toString(value, 'f', std::abs(value - std::round(value)) < 0.05 ? 0 : 1);
}

QChart *newChart()
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QCategoryAxis *weekAxis(const WeekRange &range)
{
    auto *axis = new QCategoryAxis;
    axis->setObjectName(u"weekAxis"_s);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, range.weekCount - 0.5);
    const int step = std::max(1, int(std::ceil(double(range.weekCount) / kMaxAxisLabels)));
    // Over a year, months tell the weeks apart; within a year, days do. The
    // step keeps every label unique, as QCategoryAxis needs.
    const bool long_ = range.weekCount > 52;
    for (int i = 0; i < range.weekCount; i += step) {
        const QDate day = range.startOfWeek(i);
        axis->append(QLocale().toString(day, long_ ? u"MMM yyyy"_s : u"d MMM"_s), i);
    }
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *valueAxis(double min, double max, int ticks, const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setObjectName(u"valueAxis"_s);
    axis->setRange(min, max);
    axis->setTickCount(ticks);
    axis->setLabelFormat(u"%.0f"_s);
    axis->setTitleText(title);
    return axis;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries *line(const QString &name, const QString &objectName, const QColor &colour)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setObjectName(objectName);
    QPen pen(colour);
    pen.setWidthF(kLineWidth);
    series->setPen(pen);
    series->setPointsVisible(true);
    series->setMarkerSize(kMarkerSize);
    return series;
}

QLineSeries *flatLine(
    const QString &name, const QString &objectName, const QColor &colour, const WeekRange &range, double y)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setObjectName(objectName);
    QPen pen(colour);
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    series->setPen(pen);
    series->append(-0.5, y);
    series->append(range.weekCount - 0.5, y);
    return series;
}

// Shows `text(point)` as a tooltip while the pointer is on a point.
template<typename Text> void tooltips(QXYSeries *series, Text text)
{
    QObject::connect(series, &QXYSeries::hovered, series, [text](const QPointF &point, bool state) {
        if (state)
            QToolTip::showText(QCursor::pos(), text(point));
        else
            QToolTip::hideText();
    });
}

std::optional<double> moodOf(const WeeklyStats &w, int which)
{
    return which == 0 ? w.moodBefore : which == 1 ? w.moodDuring : w.moodAfter;
}

int moodCountOf(const WeeklyStats &w, int which)
{
    return which == 0 ? w.moodBeforeCount : which == 1 ? w.moodDuringCount : w.moodAfterCount;
}

QString directionText(const Benchmark &b)
{
    return b.direction == TargetDirection::AtLeast ? DashboardCharts::tr("at least %1").arg(number(b.target))
                                                   : DashboardCharts::tr("at most %1").arg(number(b.target));
}

const Benchmark *firstBenchmark(const DashboardSnapshot &s, BenchmarkKind kind)
{
    if (!s.plan)
        return nullptr;
    for (const Benchmark &b : s.plan->benchmarks) {
        if (b.kind == kind)
            return &b;
    }
    return nullptr;
}

} // namespace

double DashboardCharts::xOf(const WeekRange &range, const QDate &date)
{
    return double(range.firstWeekStart.daysTo(date)) / 7.0 - 0.5;
}

QString DashboardCharts::weekLabel(const WeekRange &range, int index)
{
    return tr("Week of %1").arg(QLocale().toString(range.startOfWeek(index), QLocale::ShortFormat));
}

void DashboardCharts::applyPalette(QChart *chart)
{
    const QPalette palette = QApplication::palette();
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(40);
    QColor axisLine = palette.color(QPalette::WindowText);
    axisLine.setAlpha(110);
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setFont(Theme::font(Theme::TextStyle::Caption));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(Theme::font(Theme::TextStyle::Caption));
        axis->setTitleBrush(text);
        axis->setTitleFont(Theme::font(Theme::TextStyle::Caption));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(axisLine);
        axis->setShadesVisible(false);
    }
}

DashboardCharts::Built DashboardCharts::mood(const DashboardSnapshot &s)
{
    const QStringList names {tr("Before contact"), tr("During contact"), tr("After contact")};
    const QStringList ids {u"moodBefore"_s, u"moodDuring"_s, u"moodAfter"_s};
    // After contact is what the trial looks at, so it gets the strongest colour.
    const QList<QColor> colours {
        accent(Theme::Accent::Muted), accent(Theme::Accent::Attention), accent(Theme::Accent::Primary)};

    int weeksWithMood = 0;
    double afterSum = 0;
    int afterCount = 0;
    for (const WeeklyStats &w : s.weeks) {
        if (w.moodBefore || w.moodDuring || w.moodAfter)
            ++weeksWithMood;
        if (w.moodAfter) {
            afterSum += *w.moodAfter * w.moodAfterCount;
            afterCount += w.moodAfterCount;
        }
    }
    Built built;
    if (weeksWithMood == 0) {
        built.emptyMessage = tr("No moods recorded in these weeks. When you note how you felt before, during or "
                                "after contact, the weekly averages appear here.");
        return built;
    }

    QChart *chart = newChart();
    QCategoryAxis *x = weekAxis(s.range);
    QValueAxis *y = valueAxis(kMoodMin, kMoodMax, 11, tr("Mood"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const WeekRange range = s.range;
    for (int which = 0; which < 3; ++which) {
        QLineSeries *series = line(names[which], ids[which], colours[which]);
        for (int i = 0; i < s.weeks.size(); ++i) {
            if (const std::optional<double> m = moodOf(s.weeks[i], which))
                series->append(i, *m);
        }
        const QList<WeeklyStats> weeks = s.weeks;
        const QString name = names[which];
        tooltips(series, [range, weeks, which, name](const QPointF &p) {
            const int i = std::clamp(int(std::lround(p.x())), 0, int(weeks.size()) - 1);
            return tr("%1\n%2: average %3 from %4 entries")
                .arg(weekLabel(range, i), name, number(p.y()), QString::number(moodCountOf(weeks[i], which)));
        });
        attach(chart, series, x, y);
    }
    if (const Benchmark *b = firstBenchmark(s, BenchmarkKind::AfterMood)) {
        QLineSeries *target = flatLine(tr("Your target after contact (%1)").arg(directionText(*b)), u"moodTarget"_s,
            colours[2], s.range, std::clamp(b->target, double(kMoodMin), double(kMoodMax)));
        attach(chart, target, x, y);
    }
    applyPalette(chart);
    built.chart = chart;
    built.summary = afterCount > 0
        ? tr("Weekly average moods for %1 weeks with a mood recorded. After contact, the average over these weeks "
             "is %2.")
              .arg(QString::number(weeksWithMood), number(afterSum / afterCount))
        : tr("Weekly average moods for %1 weeks with a mood recorded.").arg(QString::number(weeksWithMood));
    return built;
}

DashboardCharts::Built DashboardCharts::interactions(const DashboardSnapshot &s)
{
    struct Kind {
        QString name;
        QString id;
        QColor colour;
        int (*count)(const WeeklyStats &);
    };
    const QColor safety = accent(Theme::Accent::Safety);
    const QList<Kind> kinds {
        {tr("Positive moments"), u"positive"_s, accent(Theme::Accent::Positive),
            [](const WeeklyStats &w) { return w.tagCount(TagGroup::Positive); }},
        {tr("Four horsemen"), u"horsemen"_s, accent(Theme::Accent::Attention),
            [](const WeeklyStats &w) { return w.tagCount(TagGroup::Horsemen); }},
        {tr("Controlling patterns"), u"control"_s, Theme::isDark() ? safety.darker(140) : safety.lighter(150),
            [](const WeeklyStats &w) { return w.tagCount(TagGroup::Control); }},
        {tr("Other hurtful patterns"), u"otherHarmful"_s, accent(Theme::Accent::Muted),
            [](const WeeklyStats &w) { return w.tagCount(TagGroup::OtherHarmful); }},
        {tr("Incidents"), u"incidents"_s, safety, [](const WeeklyStats &w) { return w.incidentCount; }},
    };

    QList<int> totals(kinds.size(), 0);
    int tallest = 0;
    for (const WeeklyStats &w : s.weeks) {
        int week = 0;
        for (int k = 0; k < kinds.size(); ++k) {
            const int n = kinds[k].count(w);
            totals[k] += n;
            week += n;
        }
        tallest = std::max(tallest, week);
    }
    Built built;
    if (tallest == 0) {
        built.emptyMessage = tr("Nothing tagged in these weeks. When you tag what happened in a journal entry, the "
                                "moments appear here, week by week.");
        return built;
    }

    QChart *chart = newChart();
    QCategoryAxis *x = weekAxis(s.range);
    QValueAxis *y = valueAxis(0, std::max(4, tallest + 1), 5, tr("Moments"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    auto *series = new QStackedBarSeries;
    series->setObjectName(u"interactions"_s);
    series->setBarWidth(0.8);
    const WeekRange range = s.range;
    for (const Kind &kind : kinds) {
        auto *set = new QBarSet(kind.name);
        set->setObjectName(kind.id);
        set->setColor(kind.colour);
        set->setBorderColor(kind.colour);
        for (const WeeklyStats &w : s.weeks)
            set->append(kind.count(w));
        const QString name = kind.name;
        QObject::connect(set, &QBarSet::hovered, set, [set, range, name](bool status, int index) {
            if (status)
                QToolTip::showText(
                    QCursor::pos(), tr("%1\n%2: %3").arg(weekLabel(range, index), name, number(set->at(index))));
            else
                QToolTip::hideText();
        });
        series->append(set);
    }
    attach(chart, series, x, y);
    applyPalette(chart);
    built.chart = chart;
    built.summary = tr("In these weeks: %1 positive moments, %2 of the four horsemen, %3 controlling patterns, %4 "
                       "other hurtful patterns and %5 incidents.")
                        .arg(QString::number(totals[0]), QString::number(totals[1]), QString::number(totals[2]),
                            QString::number(totals[3]), QString::number(totals[4]));
    return built;
}

DashboardCharts::Built DashboardCharts::ratings(const DashboardSnapshot &s)
{
    Built built;
    if (!s.plan) {
        built.emptyMessage = tr("There is no trial yet. When you plan a trial and check in each week, your ratings "
                                "appear here against the targets you set.");
        return built;
    }
    if (s.checkIns.isEmpty()) {
        built.emptyMessage = tr("No check-ins yet. Your weekly ratings will appear here after your first check-in.");
        return built;
    }
    const TrialPlan plan = *s.plan;
    const WeekRange range = s.range;
    // The middle of plan week k, which need not start on a Monday.
    const auto xOfWeek = [&](int week) { return xOf(range, plan.startDate.addDays(qint64(week - 1) * 7)) + 0.5; };

    QChart *chart = newChart();
    QCategoryAxis *x = weekAxis(range);
    QValueAxis *y = valueAxis(kRatingMin, kRatingMax, 6, tr("Rating"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // The trial's weeks, shaded behind everything.
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    const double from = xOf(range, plan.startDate);
    const QDate last = plan.endedAt.isValid() ? std::min(localDate(plan.endedAt), plan.endDate()) : plan.endDate();
    const double to = xOf(range, last.addDays(1));
    upper->append(from, kRatingMax);
    upper->append(to, kRatingMax);
    lower->append(from, kRatingMin);
    lower->append(to, kRatingMin);
    auto *window = new QAreaSeries(upper, lower);
    upper->setParent(window);
    lower->setParent(window);
    window->setName(tr("Trial weeks"));
    window->setObjectName(u"trialWindow"_s);
    QColor shade = accent(Theme::Accent::Primary);
    shade.setAlpha(kWindowAlpha);
    window->setBrush(shade);
    window->setPen(Qt::NoPen);
    attach(chart, window, x, y);

    const QList<QColor> cycle {accent(Theme::Accent::Primary), accent(Theme::Accent::Positive),
        accent(Theme::Accent::Attention), accent(Theme::Accent::Calm), accent(Theme::Accent::Safety),
        accent(Theme::Accent::Muted)};
    int colourIndex = 0;
    int ratingsShown = 0;
    for (const Benchmark &b : plan.benchmarks) {
        const QColor colour = cycle[colourIndex++ % cycle.size()];
        QLineSeries *series = line(b.label, u"rating_%1"_s.arg(b.id), colour);
        for (const CheckIn &c : s.checkIns) {
            if (c.ratings.contains(b.id)) {
                series->append(xOfWeek(c.week), c.ratings.value(b.id));
                ++ratingsShown;
            }
        }
        if (series->count() == 0 && b.kind != BenchmarkKind::SelfRated) {
            delete series; // never rated: no empty entry in the legend
            continue;
        }
        const QString label = b.label;
        tooltips(series, [label, plan, xOfWeek](const QPointF &p) {
            int week = 1;
            while (week < plan.lengthWeeks && xOfWeek(week) + 0.5 <= p.x())
                ++week;
            return tr("Trial week %1\n%2: %3 out of 10").arg(QString::number(week), label, number(p.y()));
        });
        attach(chart, series, x, y);
        if (b.kind == BenchmarkKind::SelfRated) {
            QLineSeries *target = flatLine(tr("Target: %1 (%2)").arg(b.label, directionText(b)),
                u"target_%1"_s.arg(b.id), colour, range, std::clamp(b.target, double(kRatingMin), double(kRatingMax)));
            attach(chart, target, x, y);
        }
    }
    QLineSeries *overall = line(tr("Overall"), u"overall"_s, QApplication::palette().color(QPalette::WindowText));
    for (const CheckIn &c : s.checkIns) {
        if (c.overall)
            overall->append(xOfWeek(c.week), *c.overall);
    }
    tooltips(overall, [plan, xOfWeek](const QPointF &p) {
        int week = 1;
        while (week < plan.lengthWeeks && xOfWeek(week) + 0.5 <= p.x())
            ++week;
        return tr("Trial week %1\nOverall: %2 out of 10").arg(QString::number(week), number(p.y()));
    });
    attach(chart, overall, x, y);

    applyPalette(chart);
    built.chart = chart;
    built.summary = s.checkIns.size() == 1
        ? tr("One check-in in this trial, with %1 benchmark ratings.").arg(QString::number(ratingsShown))
        : tr("%1 check-ins in this trial, with %2 benchmark ratings.")
              .arg(QString::number(s.checkIns.size()), QString::number(ratingsShown));
    return built;
}

DashboardCharts::Built DashboardCharts::ratio(const DashboardSnapshot &s)
{
    int weeksWithNegatives = 0;
    int weeksAtGuide = 0;
    int weeksOnlyPositive = 0;
    for (const WeeklyStats &w : s.weeks) {
        if (w.ratio) {
            ++weeksWithNegatives;
            if (*w.ratio >= kRatioGuide)
                ++weeksAtGuide;
        } else if (w.positiveCount > 0) {
            ++weeksOnlyPositive;
        }
    }
    Built built;
    if (weeksWithNegatives == 0 && weeksOnlyPositive == 0) {
        built.emptyMessage = tr("No positive or hurtful moments tagged in these weeks, so there is no ratio to show "
                                "yet.");
        return built;
    }

    QChart *chart = newChart();
    QCategoryAxis *x = weekAxis(s.range);
    // Head room above the cap, where weeks without hurtful moments are marked.
    QValueAxis *y = valueAxis(0, kRatioCap + 1, 6, tr("Positive for each hurtful"));
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(2);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const WeekRange range = s.range;
    const QList<WeeklyStats> weeks = s.weeks;

    QLineSeries *series = line(tr("Positive to hurtful, each week"), u"ratio"_s, accent(Theme::Accent::Primary));
    auto *onlyPositive = new QScatterSeries;
    onlyPositive->setName(tr("Only positive moments recorded"));
    onlyPositive->setObjectName(u"onlyPositive"_s);
    onlyPositive->setColor(accent(Theme::Accent::Positive));
    onlyPositive->setBorderColor(accent(Theme::Accent::Positive));
    onlyPositive->setMarkerSize(kMarkerSize + 3);
    for (int i = 0; i < s.weeks.size(); ++i) {
        const WeeklyStats &w = s.weeks[i];
        if (w.ratio)
            series->append(i, std::min(*w.ratio, kRatioCap));
        else if (w.positiveCount > 0)
            onlyPositive->append(i, kRatioCap + 0.5);
    }
    const auto weekText = [range, weeks](const QPointF &p) {
        const int i = std::clamp(int(std::lround(p.x())), 0, int(weeks.size()) - 1);
        const WeeklyStats &w = weeks[i];
        if (!w.ratio)
            return tr("%1\n%2 positive moments and no hurtful ones recorded")
                .arg(weekLabel(range, i), QString::number(w.positiveCount));
        return tr("%1\n%2 positive and %3 hurtful: %4 to 1")
            .arg(weekLabel(range, i), QString::number(w.positiveCount), QString::number(w.negativeCount),
                number(*w.ratio));
    };
    tooltips(series, weekText);
    tooltips(onlyPositive, weekText);
    attach(chart, series, x, y);
    attach(chart, onlyPositive, x, y);

    QLineSeries *guide
        = flatLine(tr("The 5 to 1 guide"), u"guide"_s, accent(Theme::Accent::Positive), range, kRatioGuide);
    attach(chart, guide, x, y);
    if (const Benchmark *b = firstBenchmark(s, BenchmarkKind::PositiveNegativeRatio);
        b && std::abs(b->target - kRatioGuide) > 1e-9) {
        QLineSeries *target = flatLine(tr("Your target (%1)").arg(directionText(*b)), u"ratioTarget"_s,
            accent(Theme::Accent::Primary), range, std::clamp(b->target, 0.0, kRatioCap));
        attach(chart, target, x, y);
    }
    applyPalette(chart);
    built.chart = chart;
    built.summary = weeksWithNegatives == 0
        ? tr("No hurtful moments were recorded in these weeks, only positive ones.")
        : tr("Of %1 weeks with hurtful moments recorded, %2 reached about five positive moments for each hurtful one.")
              .arg(QString::number(weeksWithNegatives), QString::number(weeksAtGuide));
    return built;
}

} // namespace bearings::ui
