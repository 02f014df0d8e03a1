#pragma once

#include "relationships/Relationship.h"

#include <QDialog>

class QButtonGroup;
class QPlainTextEdit;
class QPushButton;

namespace bearings::ui {

// Choosing a path for a relationship: one radio button per strategy with a
// sentence on what it involves, and an optional reason ("Why now?"). The
// owner reads strategy() and reason() when it is accepted; this dialog does
// not write anything itself.
class StrategyChangeDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyChangeDialog)

public:
    // `name` is the relationship's name, shown in the heading.
    StrategyChangeDialog(Strategy current, const QString &name, QWidget *parent = nullptr);

    Strategy strategy() const;
    void setStrategy(Strategy strategy);
    QString reason() const;
    void setReason(const QString &reason);

    QPushButton *saveButton() const { return m_save; }

private:
    QButtonGroup *m_group;
    QPlainTextEdit *m_reason;
    QPushButton *m_save;
};

} // namespace bearings::ui
