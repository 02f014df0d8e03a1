#pragma once

#include "boundaries/Boundary.h"

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace bearings::ui {

class SessionContext;
class WrapLabel;

// Adds a boundary to the current relationship, or edits one: the behaviour,
// the person's limit and what they will do. The repository's validation
// message is shown inline and nothing is written until it passes.
class BoundaryForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundaryForm)

public:
    explicit BoundaryForm(SessionContext &context, QWidget *parent = nullptr);

    // 0 while adding a new boundary.
    qint64 editingId() const { return m_editing.id; }
    QString problem() const;

public Q_SLOTS:
    void edit(const bearings::Boundary &boundary);
    // Back to an empty "add" form.
    void reset();
    void save();

Q_SIGNALS:
    void saved(qint64 id);

private:
    void showProblem(const QString &message);

    SessionContext &m_context;
    Boundary m_editing;
    WrapLabel *m_heading;
    QLineEdit *m_behaviour;
    QLineEdit *m_limit;
    QLineEdit *m_consequence;
    WrapLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace bearings::ui
