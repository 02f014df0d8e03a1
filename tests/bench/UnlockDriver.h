#pragma once

#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QEventLoop;
class QWidget;

namespace bearings {
class Settings;
}

namespace bearings::ui {
class AppController;
}

namespace bearings::bench {

// Drives the real app in-process, as main() does but without typing: an
// AppController on a copy of a benchmark vault, with settings in a
// temporary folder (the welcome already seen, the Overview as the last
// area). unlock() goes through VaultSession (key derivation on its worker
// thread, then the database on this thread), AppController::onUnlocked and
// Pages::populate, and returns once the dashboard has been painted.
class UnlockDriver final : public QObject {
public:
    // Copies the vault at `vaultPath` into a temporary folder beside it.
    explicit UnlockDriver(const QString &vaultPath);
    ~UnlockDriver() override;
    UnlockDriver(const UnlockDriver &) = delete;
    UnlockDriver &operator=(const UnlockDriver &) = delete;

    // Shows the window with the vault gate and waits for its first paint.
    void start();
    // Unlocks and waits until the dashboard page (or a widget in it) has been
    // painted and that paint pass has finished. Returns the nanoseconds from
    // the unlock request to then; exits the process if unlocking fails.
    qint64 unlockToPaintedDashboard();
    // Locks again (saving nothing unless a page wrote something) and lets the
    // pages be deleted.
    void lock();

    ui::AppController &controller() const { return *m_controller; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Runs an event loop until a watched widget (set before or while it
    // runs) has painted, or `failed` is set; false on failure or timeout.
    bool runUntilPainted(const bool &failed);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::AppController> m_controller;
    QWidget *m_watched = nullptr;
    bool m_painted = false;
    QEventLoop *m_loop = nullptr;
};

} // namespace bearings::bench
