#pragma once

#include <QObject>
#include <QTimer>

namespace bearings::ui {

// Emits inactive() once after a stretch with no user input anywhere in the
// application, so the app can lock itself while the person is away.
//
// While active, an application-wide event filter restarts the countdown on
// spontaneous input events only: mouse presses, releases and moves, the wheel,
// key presses and releases, touch, tablet, and a window gaining focus. Timers,
// paints, and events the app sends to itself do not count, so an animation or
// a background save can never keep a sensitive page open. (Model: KeePassXC
// src/core/InactivityTimer.cpp.)
//
// After inactive() the countdown stays stopped until the next input, so one
// stretch of silence gives exactly one signal.
class InactivityTimer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InactivityTimer)

public:
    static constexpr int kDefaultIntervalMsec = 5 * 60 * 1000;

    explicit InactivityTimer(QObject *parent = nullptr);
    ~InactivityTimer() override;

    // Milliseconds of silence before inactive(); values below 1 are raised to 1.
    void setInterval(int msec);
    int interval() const;

    // Off by default. Turning it on starts the countdown; turning it off stops
    // the countdown and removes the event filter.
    void setActive(bool active);
    bool isActive() const;

    // Starts the countdown again, as if the person had just done something
    // (e.g. after unlocking). Does nothing while inactive.
    void reset();

    // Milliseconds until inactive(), or -1 when no countdown is running. A test seam.
    int remainingTime() const;

Q_SIGNALS:
    void inactive();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static bool isUserInput(const QObject *watched, const QEvent *event);
    void onTimeout();

    QTimer m_timer;
    bool m_active = false;
    bool m_emitting = false;
};

} // namespace bearings::ui
