#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace bearings::ui {

class WrapLabel;

// One number on the dashboard: a heading, the value in large type, a line
// that puts it in words, and at most one button that leads on.
class StatTile final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatTile)

public:
    explicit StatTile(const QString &heading, QWidget *parent = nullptr);

    void setValue(const QString &value, const QColor &colour = {});
    void setDetail(const QString &detail);
    // Shows the button with `text` (hidden when empty); returns it.
    QPushButton *setAction(const QString &text, const QString &accessibleName = {});

    QString heading() const;
    QString value() const;
    QString detail() const;
    QPushButton *action() const { return m_action; }

private:
    void describe();

    QLabel *m_heading;
    QLabel *m_value;
    WrapLabel *m_detail;
    QPushButton *m_action;
};

} // namespace bearings::ui
