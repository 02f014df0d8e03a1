#pragma once

#include "checkins/TrialPlan.h"

#include <QDialog>
#include <QList>

#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace bearings::ui {

class SessionContext;
class TrialPlanBenchmarkRow;
class WrapLabel;

// Starts a trial plan for the current relationship, or edits a running one
// (DOMAIN.md section 5). Problems are shown inline next to each field; OK
// stays enabled and, while something needs another look, shows every
// problem and moves the focus to the first one. Nothing is written until the
// whole plan is valid, and then in one call (create or update).
//
// When another plan is already running, the form says so and offers to end
// that plan and start this one; both happen in one transaction, so either
// the old plan is ended and the new one runs, or nothing changes.
class TrialPlanForm final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialPlanForm)

public:
    // A new plan for context.currentRelationshipId().
    explicit TrialPlanForm(SessionContext &context, QWidget *parent = nullptr);
    // Edits `plan` (a stored plan). Its strategy and start date stay as they
    // were when the trial began.
    TrialPlanForm(SessionContext &context, const TrialPlan &plan, QWidget *parent = nullptr);

    bool isEditing() const { return m_editing.has_value(); }
    // The plan as stored after a successful OK; invalid before.
    const TrialPlan &savedPlan() const { return m_saved; }
    // How many inline problems are showing right now.
    int visibleProblemCount() const;

public Q_SLOTS:
    // Validates, then creates or updates; closes on success.
    void accept() override;
    // After a Conflict: ends the running plan and starts this one, atomically.
    void endCurrentAndStart();
    void addBenchmark();

Q_SIGNALS:
    void planSaved(qint64 planId);

private:
    void build();
    void load(const TrialPlan &plan);
    TrialPlan collect() const;
    // Shows the problems of the fields touched so far (all when `showAll`);
    // returns the first field that needs attention, or nullptr.
    QWidget *validate(bool showAll);
    void removeBenchmark(TrialPlanBenchmarkRow *row);
    void renumberBenchmarks();
    void updateTabOrder();
    void showFormMessage(const QString &text);
    void showConflict(bool show);
    void finish(const TrialPlan &plan);

    SessionContext &m_context;
    std::optional<TrialPlan> m_editing;
    TrialPlan m_saved;
    bool m_lengthTouched = false;
    bool m_strategyTouched = false;

    QScrollArea *m_scroll;
    QComboBox *m_strategy;
    WrapLabel *m_strategyMessage;
    QDateEdit *m_startDate;
    WrapLabel *m_startNote;
    QSpinBox *m_length;
    WrapLabel *m_lengthMessage;
    QComboBox *m_weekday;
    QLineEdit *m_myBehaviour;
    QLineEdit *m_theirBehaviour;
    QVBoxLayout *m_benchmarkList;
    QList<TrialPlanBenchmarkRow *> m_benchmarks;
    QPushButton *m_addBenchmark;
    WrapLabel *m_benchmarkNote;
    WrapLabel *m_formMessage;
    QPushButton *m_endAndStart;
    QDialogButtonBox *m_buttons;
};

} // namespace bearings::ui
