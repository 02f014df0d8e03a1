#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <functional>
#include <memory>

class QSystemTrayIcon;

namespace bearings::ui {

// The weekly check-in reminder, through the system tray. Off by default.
//
// Its words are always the same neutral sentence (messageText()): never a
// name, never anything from the vault, which it cannot see. The icon
// appears only when a reminder is due and goes away once the person opens
// the window, so at other times Bearings leaves nothing in the tray. In
// discreet mode the icon and title are the plain "Notes" ones.
//
// A single-shot timer waits for the next occurrence (ReminderSchedule), but
// never longer than kMaxWaitMsec at a time: a monotonic timer does not count
// time the computer sleeps, and the clock may change, so it checks the wall
// clock again now and then rather than every second.
//
// Where there is no system tray (QSystemTrayIcon::isSystemTrayAvailable()),
// due() is still emitted and nothing is shown.
class TrayReminder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayReminder)

public:
    using WallClock = std::function<QDateTime()>;
    static constexpr int kMaxWaitMsec = 15 * 60 * 1000;

    explicit TrayReminder(QObject *parent = nullptr);
    ~TrayReminder() override;

    static QString messageText(); // "Time for your weekly note"
    static QString title(bool discreet);

    void setSchedule(bool enabled, int weekday, QTime time);
    bool isEnabled() const { return m_enabled; }
    void setDiscreet(bool discreet);
    // A null clock restores the system clock. Reschedules.
    void setClock(WallClock clock);

    // When the next reminder is due; invalid while off.
    QDateTime nextDue() const { return m_nextDue; }
    // Milliseconds until the timer looks again; -1 while off. A test seam.
    int remainingTime() const;
    // Whether the tray icon is showing (a reminder is waiting to be seen).
    bool isShowing() const;
    // What the last reminder said, for tests: the title and the text shown
    // (or that would have been shown without a tray).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

public Q_SLOTS:
    // Hides the icon: the person has seen the reminder (the window opened).
    void dismiss();
    // Shows the reminder now (checkNow() calls it when due; also a test seam).
    void remind();
    // Looks at the wall clock: reminds once if the reminder is due or overdue
    // (the computer slept through it), then waits for the next one. The timer
    // calls it; so can anyone who knows the clock jumped.
    void checkNow();

Q_SIGNALS:
    void due();
    // The person clicked the icon or the message: show the window.
    void activated();

private:
    void reschedule();
    void updateIcon();

    WallClock m_clock;
    QTimer m_timer;
    bool m_enabled = false;
    int m_weekday = 7;
    QTime m_time;
    bool m_discreet = false;
    QDateTime m_nextDue;
    QString m_lastTitle;
    QString m_lastMessage;
    std::unique_ptr<QSystemTrayIcon> m_tray; // only while a reminder shows
};

} // namespace bearings::ui
