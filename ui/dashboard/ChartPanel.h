#pragma once

#include "common/Result.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPrinter;
class QStackedWidget;
class QToolButton;

namespace bearings::ui {

class Card;
class WrapLabel;

// One dashboard chart in a card: a title, a line saying how to read it, the
// chart (or a short message while there is nothing to draw), and a menu to
// save it as PNG or SVG or to print it. Clicking a legend entry hides or
// shows that series.
class ChartPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartPanel)

public:
    // `fileStem` names saved files ("bearings-mood" -> bearings-mood.png).
    ChartPanel(const QString &title, const QString &caption, const QString &fileStem, QWidget *parent = nullptr);

    // Shows `chart` (the panel takes it), wires its legend toggles, and
    // replaces the previous chart. `summary` is what a screen reader hears.
    void setChart(QChart *chart, const QString &summary);
    // Shows `message` instead of a chart; saving and printing are off.
    void showMessage(const QString &message);

    QChart *chart() const;
    QChartView *view() const { return m_view; }
    bool showsChart() const;
    QString message() const;
    QString title() const;

    Status savePng(const QString &path) const;
    Status saveSvg(const QString &path) const;
    // Draws the title and the chart, scaled to the printable page.
    void printTo(QPrinter &printer) const;

    // Hides or shows the series behind legend entry `index`, as a click does.
    void toggleLegendEntry(int index);

Q_SIGNALS:
    // An error or a confirmation for the page's notice bar.
    void noticeRequested(const QString &message, bool isError);

private:
    void saveAs(bool svg);
    void print();
    void wireLegend();
    QImage render(qreal scale) const;

    QString m_fileStem;
    Card *m_card;
    QStackedWidget *m_stack;
    QChartView *m_view;
    WrapLabel *m_message;
    QToolButton *m_menuButton;
};

} // namespace bearings::ui
