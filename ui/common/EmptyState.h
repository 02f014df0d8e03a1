#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace bearings::ui {

class WrapLabel;

// What a page shows before there is anything on it: an icon, a short title, a
// helpful prompt, and optionally one button that starts the first step.
class EmptyState final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    EmptyState(const QString &iconName, const QString &title, const QString &prompt, QWidget *parent = nullptr);

    // Shows the action button with this text; returns it so the owner connects it.
    QPushButton *setAction(const QString &text);
    QPushButton *actionButton() const { return m_action; }
    QString title() const;
    QString prompt() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QString m_iconName;
    QLabel *m_icon;
    WrapLabel *m_title;
    WrapLabel *m_prompt;
    QPushButton *m_action;
};

} // namespace bearings::ui
