#pragma once

#include "checkins/TrialPlan.h"

#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace bearings::ui {

class Card;
class EmptyState;
class NoticeBar;
class SessionContext;
class WrapLabel;

// The weekly check-ins and monthly reviews of the current relationship's
// running trial plan (DOMAIN.md section 5): where the trial stands, the
// check-in form (one per week; a week already filed opens for editing), the
// monthly review every four weeks, and the check-ins filed so far. Without a
// running plan it points to the assessment, where a plan is started.
class CheckInsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckInsPage)

public:
    explicit CheckInsPage(SessionContext &context, QWidget *parent = nullptr);

    const std::optional<TrialPlan> &plan() const { return m_plan; }
    const QList<CheckIn> &checkIns() const { return m_checkIns; }
    int selectedWeek() const;
    int selectedMonth() const;
    // True when the form shows a week that already has a check-in.
    bool isEditingCheckIn() const { return m_editing.has_value(); }

public Q_SLOTS:
    // Re-reads the plan, its check-ins and reviews from the database.
    void refresh();
    void selectWeek(int week);
    void selectMonth(int month);
    // Files the chosen week's check-in, or saves the changes to it.
    void saveCheckIn();
    void saveReview();

private:
    void rebuildBenchmarks();
    void fillWeeks(int week);
    void fillMonths(int month);
    void fillList();
    void loadWeek();
    void loadMonth();
    void listSelectionChanged();

    SessionContext &m_context;
    std::optional<TrialPlan> m_plan;
    QList<CheckIn> m_checkIns;
    QList<MonthlyReview> m_reviews;
    std::optional<CheckIn> m_editing;
    std::optional<MonthlyReview> m_editingReview;
    QList<QSpinBox *> m_ratings;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    NoticeBar *m_notice;
    WrapLabel *m_status;
    WrapLabel *m_open;
    QComboBox *m_week;
    QPlainTextEdit *m_helped;
    QPlainTextEdit *m_hindered;
    QWidget *m_benchmarkBox;
    QFormLayout *m_benchmarkLayout;
    QSpinBox *m_overall;
    WrapLabel *m_formMessage;
    QPushButton *m_save;
    Card *m_reviewCard;
    WrapLabel *m_reviewStatus;
    QWidget *m_reviewForm;
    QComboBox *m_month;
    QPlainTextEdit *m_patterns;
    QPlainTextEdit *m_progress;
    QPlainTextEdit *m_planChanges;
    WrapLabel *m_reviewMessage;
    QPushButton *m_saveReview;
    QTableWidget *m_table;
};

} // namespace bearings::ui
