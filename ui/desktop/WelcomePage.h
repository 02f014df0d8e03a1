#pragma once

#include <QKeySequence>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace bearings::ui {

class WrapLabel;

// The first-run welcome, shown in the window before the first vault is
// created: what Bearings keeps, that it never uses the network, how to lock
// and leave quickly, and a caution about a computer that may be watched. It
// only shows words; the owner decides what "Continue" does.
class WelcomePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomePage)

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The keys and minutes the text names (the person's own settings).
    void setShortcuts(const QKeySequence &quickExit, int autoLockMinutes);
    // Every word on the page, for tests.
    QString text() const;

Q_SIGNALS:
    void continueRequested();
    void helpRequested();
    void quickExitRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void colourCautions();

    QKeySequence m_quickExit;
    int m_autoLockMinutes = 0;
    WrapLabel *m_title;
    WrapLabel *m_intro;
    QVBoxLayout *m_sections;
    QPushButton *m_continue;
    QPushButton *m_help;
    QPushButton *m_quickExitButton;
};

} // namespace bearings::ui
