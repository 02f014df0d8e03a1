#pragma once

#include "logistics/LogisticsItem.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace bearings::ui {

class WrapLabel;

// One step of the practical checklist: a tick box with its text (wrapped, so
// long steps are never cut off), Edit to change the text in place, Remove.
class LogisticsItemRow final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogisticsItemRow)

public:
    explicit LogisticsItemRow(const LogisticsItem &item, QWidget *parent = nullptr);

    qint64 itemId() const { return m_item.id; }
    const LogisticsItem &item() const { return m_item; }
    void setDone(bool done);
    void setText(const QString &text);
    bool isEditing() const;
    // Shows a calm problem under the row (an empty text, a failed save).
    void showMessage(const QString &text);

    QCheckBox *checkBox() const { return m_check; }
    QLineEdit *editor() const { return m_editor; }
    QPushButton *editButton() const { return m_editButton; }
    QPushButton *removeButton() const { return m_remove; }

public Q_SLOTS:
    void startEditing();
    void cancelEditing();

Q_SIGNALS:
    void doneToggled(qint64 id, bool done);
    void textSubmitted(qint64 id, const QString &text);
    void removeRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void updateNames();

    LogisticsItem m_item;
    QCheckBox *m_check;
    WrapLabel *m_text;
    QLineEdit *m_editor;
    QPushButton *m_editButton;
    QPushButton *m_remove;
    WrapLabel *m_message;
};

} // namespace bearings::ui
