#pragma once

#include <QKeySequence>
#include <QWidget>

class QCheckBox;
class QKeySequenceEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace bearings {
class Settings;
}

namespace bearings::ui {

class WrapLabel;

// The "Locking" tab of the settings dialog: when Bearings locks itself, what
// a quick exit does and which keys start it, discreet mode, and how long
// copied text stays on the clipboard. It only edits; the dialog decides when
// the values are saved.
class LockingPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LockingPage)

public:
    explicit LockingPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void save(Settings &settings) const;

    // Shows what is wrong inline and returns false if the values cannot be
    // saved as they are (a quick-exit shortcut that is not one combination).
    bool validate();
    // Puts the focus on the control validate() complained about.
    void focusProblem();

    // Why `shortcut` cannot be the quick-exit shortcut, or an empty string.
    // It must be one key combination (a quick exit is one movement), and not
    // a key used for typing, which would hide the app in the middle of a
    // sentence. An empty sequence is fine: it means the default.
    static QString shortcutProblem(const QKeySequence &shortcut);

private:
    void updateShortcutMessage();

    QSpinBox *m_autoLock;
    QCheckBox *m_lockOnMinimize;
    QRadioButton *m_exitQuits;
    QRadioButton *m_exitStays;
    QKeySequenceEdit *m_shortcut;
    QPushButton *m_resetShortcut;
    WrapLabel *m_shortcutMessage;
    QCheckBox *m_discreet;
    QSpinBox *m_clipboard;
};

} // namespace bearings::ui
