#pragma once

#include "checkins/TrialPlan.h"

#include <QWidget>

#include <optional>

class QPushButton;

namespace bearings::ui {

class Card;
class SessionContext;
class WrapLabel;

// The running trial plan of the current relationship at a glance: the path,
// "Week 3 of 12", the two small changes, the benchmarks with their targets
// and the next check-in, with Edit… and End plan… (which asks first, inline).
// Without a plan it explains why a fair trial helps and offers to start one.
class TrialPlanPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialPlanPanel)

public:
    explicit TrialPlanPanel(SessionContext &context, QWidget *parent = nullptr);

    // The running plan shown, if any.
    const std::optional<TrialPlan> &plan() const { return m_plan; }

public Q_SLOTS:
    // Opens the form for a new plan (window-modal, not blocking).
    void startNewPlan();
    // Opens the form for the running plan.
    void editPlan();
    // Re-reads the plan from the database.
    void refresh();

Q_SIGNALS:
    // A plan was started, edited or ended here.
    void planChanged();

private:
    void openForm(const std::optional<TrialPlan> &plan);
    void askToEnd();
    void endPlan();
    void cancelEnd();
    void showError(const QString &text);

    SessionContext &m_context;
    std::optional<TrialPlan> m_plan;

    Card *m_card;
    WrapLabel *m_explanation;
    WrapLabel *m_week;
    WrapLabel *m_dates;
    WrapLabel *m_behaviours;
    WrapLabel *m_benchmarksTitle;
    WrapLabel *m_benchmarks;
    WrapLabel *m_nextCheckIn;
    WrapLabel *m_error;
    QPushButton *m_start;
    QPushButton *m_edit;
    QPushButton *m_end;
    QWidget *m_confirm;
    QPushButton *m_confirmEnd;
    QPushButton *m_keepRunning;
};

} // namespace bearings::ui
