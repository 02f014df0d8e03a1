#pragma once

#include "checkins/TrialPlan.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPushButton;

namespace bearings::ui {

class WrapLabel;

// One editable benchmark in the trial-plan form: what is measured, a short
// name, the direction and the target, with an inline message under the name
// and under the target when they need another look.
class TrialPlanBenchmarkRow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrialPlanBenchmarkRow)

public:
    explicit TrialPlanBenchmarkRow(QWidget *parent = nullptr);

    // Fills the row from a stored benchmark (keeps its id for updates).
    void setBenchmark(const Benchmark &benchmark);
    Benchmark benchmark() const;

    // 1-based position, used in the accessible names.
    void setNumber(int number);

    // The name and target problems, shown inline when `show` is true.
    // Returns the first widget that needs attention, or nullptr.
    QWidget *validate(bool show);
    // Whether the person has left the name or target field at least once.
    bool touched() const { return m_touched; }

    QLineEdit *labelEdit() const { return m_label; }
    QDoubleSpinBox *targetEdit() const { return m_target; }
    QPushButton *removeButton() const { return m_remove; }
    // The row's focusable widgets in tab order.
    QList<QWidget *> focusChain() const;

    // Text defaults for a kind (its name in the list and a starting label).
    static QString kindName(BenchmarkKind kind);
    static QString defaultLabel(BenchmarkKind kind);
    static Benchmark defaults(BenchmarkKind kind);

Q_SIGNALS:
    void edited();
    void removeRequested(bearings::ui::TrialPlanBenchmarkRow *row);

private:
    void applyKindDefaults(BenchmarkKind previous);
    BenchmarkKind kind() const;

    qint64 m_id = 0;
    bool m_touched = false;
    BenchmarkKind m_lastKind = BenchmarkKind::PositiveNegativeRatio;
    QComboBox *m_kind;
    QLineEdit *m_label;
    QComboBox *m_direction;
    QDoubleSpinBox *m_target;
    QPushButton *m_remove;
    WrapLabel *m_labelMessage;
    WrapLabel *m_targetMessage;
};

} // namespace bearings::ui
