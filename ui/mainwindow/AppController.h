#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace bearings {
class Database;
class Settings;
struct Error;
} // namespace bearings

namespace bearings::ui {

class ClipboardGuard;
class HelpDialog;
class InactivityTimer;
class MainWindow;
class QuickExitGesture;
class SessionContext;
class SettingsDialog;
class TrayReminder;
class VaultSession;

// Ties the window to the vault: the first-run welcome and the gate in front
// of it, locking (by hand, when idle, on minimize), quick exit, the
// clipboard, save problems, settings, help and the weekly reminder.
class AppController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppController)

public:
    AppController(Settings &settings, const QString &vaultPath, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the window: the welcome the first time (until the person
    // continues past it once), then the gate: create a vault, or unlock it.
    void start();
    // Locks: saves, drops the data and the key, clears our clipboard, shows
    // the gate. Returns false if the last save failed (the data is locked
    // all the same; everything up to the previous save is on disk).
    bool lock();
    // Hides every window at once, then clears the clipboard, locks, and quits
    // or stays hidden and locked, as the person chose in settings.
    void quickExit();
    // Shows the (locked) window again after a quick exit that stayed running.
    void reveal();
    // Saves and locks before the app quits.
    void shutdown();
    // Opens the settings dialog (window-modal; only while unlocked, since its
    // passphrase tab works on the open vault) and applies its settings on OK.
    void openSettings();
    // Opens the help (not modal; at any time, it holds nothing personal).
    void openHelp();
    // Applies the settings: discreet mode, auto-lock, clipboard, the
    // quick-exit shortcut, the reminder, and the words of welcome and help.
    void applySettings();
    SettingsDialog *settingsDialog() const; // while open
    HelpDialog *helpDialog() const;         // while open
    TrayReminder &reminder() const { return *m_reminder; }

    MainWindow &window() const { return *m_window; }
    VaultSession &session() const { return *m_session; }
    ClipboardGuard &clipboard() const { return *m_clipboard; }
    InactivityTimer &idleTimer() const { return *m_idle; }
    // While unlocked: what the feature pages work with; nullptr when locked.
    SessionContext *context() const { return m_context; }
    QuickExitGesture &quickExitGesture() const { return *m_gesture; }

Q_SIGNALS:
    // The vault is open; feature pages build themselves on this database.
    void unlocked(bearings::Database &database);
    void lockedDown();

private:
    void onUnlocked();
    void onOpenFailed(const Error &error, bool offerBackup);
    void onSaveFailed(const Error &error);
    void showGateOrWelcome();

    Settings &m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<InactivityTimer> m_idle;
    std::unique_ptr<QuickExitGesture> m_gesture;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<TrayReminder> m_reminder;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<HelpDialog> m_help;
    bool m_saveProblem = false;
    bool m_conflictOnDisk = false;
    SessionContext *m_context = nullptr; // owned; deleted after the pages
};

} // namespace bearings::ui
