#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>

#include <functional>

class QKeyEvent;

namespace bearings::ui {

// Watches every window of the application for the quick-exit keys and emits
// triggered(). Two ways in, both work in any window, dialogs included:
//
// - Shift pressed three times within 2 s. Only presses of Shift itself count;
//   auto-repeat (holding Shift down) is ignored. Any other key pressed in
//   between starts the count over, so typing Capitalised Words never hides the
//   app by accident. After the gesture fires, the count starts over.
// - A shortcut, Shift+Esc by default (defaultShortcut()): one movement of the
//   left hand, not a Qt standard key, and not bound by GNOME, KDE, Xfce or
//   Windows (F12 is taken by drop-down terminals such as Yakuake and Guake;
//   Ctrl+Shift+Q quits some browsers). The matching key press is consumed, and
//   it wins over a QAction bound to the same keys.
//
// Key presses are read where the window system delivers them, on the QWindow,
// so each physical press is seen once however the widgets pass it on. Tests
// must therefore send keys to a QWindow (QTest::keyClick(window->windowHandle(), ...)).
class QuickExitGesture final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuickExitGesture)

public:
    // Milliseconds from a monotonic source; injectable so tests need not sleep.
    using MsecClock = std::function<qint64()>;

    static constexpr int kShiftPresses = 3;
    static constexpr qint64 kShiftWindowMsec = 2000;

    explicit QuickExitGesture(QObject *parent = nullptr);
    ~QuickExitGesture() override;

    static QKeySequence defaultShortcut();

    // One key combination, or an empty sequence to turn the shortcut off.
    // Returns false, and keeps the old shortcut, for a multi-step sequence:
    // a quick exit has to be a single movement.
    bool setShortcut(const QKeySequence &shortcut);
    QKeySequence shortcut() const;

    // A null clock restores the steady system clock.
    void setClock(MsecClock clock);

Q_SIGNALS:
    void triggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool matchesShortcut(const QKeyEvent *event) const;
    bool countShiftPress(const QKeyEvent *event);

    MsecClock m_clock;
    QKeySequence m_shortcut;
    QList<qint64> m_shiftPresses; // times of recent Shift presses, oldest first
};

} // namespace bearings::ui
