#pragma once

#include "dashboard/DashboardSnapshot.h"

#include <QWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

namespace bearings::ui {

class Card;
class ChartPanel;
class EmptyState;
class NoticeBar;
class PageHeader;
class SessionContext;
class StatTile;
class WrapLabel;

// The week-by-week picture of one relationship: "safety first" above
// everything when the latest assessment says so, six numbers, how the trial
// is going, and four charts. All numbers come from core's DashboardBuilder;
// the page only lays them out.
class DashboardPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)

public:
    explicit DashboardPage(SessionContext &context, QWidget *parent = nullptr);

    // Reads the database again now. Changes while the page is hidden are
    // only noted and read when it is shown.
    void refresh();

    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    DashboardWindow window() const;
    void setWindow(DashboardWindow window);

    ChartPanel *moodChart() const { return m_mood; }
    ChartPanel *interactionsChart() const { return m_interactions; }
    ChartPanel *ratingsChart() const { return m_ratings; }
    ChartPanel *ratioChart() const { return m_ratio; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void scheduleRefresh();
    void showSafety();
    void showTiles();
    void showEvaluation();
    void showCharts();

    SessionContext &m_context;
    DashboardSnapshot m_snapshot;
    bool m_dirty = true;
    bool m_refreshQueued = false;

    PageHeader *m_header;
    NoticeBar *m_notice;
    QStackedWidget *m_stack;
    EmptyState *m_noRelationship;
    QVBoxLayout *m_safetySlot;
    StatTile *m_pathTile;
    StatTile *m_checkInTile;
    StatTile *m_breachTile;
    StatTile *m_followTile;
    StatTile *m_ratioTile;
    StatTile *m_incidentTile;
    Card *m_evaluation;
    QLabel *m_verdict;
    WrapLabel *m_verdictSummary;
    QVBoxLayout *m_reasons;
    Card *m_gettingStarted;
    QWidget *m_chartsArea;
    QComboBox *m_windowPicker;
    ChartPanel *m_mood;
    ChartPanel *m_interactions;
    ChartPanel *m_ratings;
    ChartPanel *m_ratio;
};

} // namespace bearings::ui
