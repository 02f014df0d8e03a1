#include "AppController.h"

#include "MainWindow.h"
#include "Pages.h"
#include "SessionContext.h"
#include "common/NoticeBar.h"
#include "desktop/HelpDialog.h"
#include "desktop/SettingsDialog.h"
#include "desktop/TrayReminder.h"
#include "privacy/ClipboardGuard.h"
#include "privacy/InactivityTimer.h"
#include "privacy/QuickExitGesture.h"
#include "settings/Settings.h"
#include "vault/Vault.h"
#include "vault/VaultGate.h"
#include "vault/VaultSession.h"

#include <QApplication>
#include <QKeySequence>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

AppController::AppController(Settings &settings, const QString &vaultPath, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_window(std::make_unique<MainWindow>(settings))
    , m_session(std::make_unique<VaultSession>(vaultPath))
    , m_idle(std::make_unique<InactivityTimer>())
    , m_gesture(std::make_unique<QuickExitGesture>())
    , m_clipboard(std::make_unique<ClipboardGuard>())
    , m_reminder(std::make_unique<TrayReminder>())
{
    VaultGate *gate = m_window->gate();
    connect(gate, &VaultGate::createRequested, this, [this, gate](const QString &passphrase) {
        gate->setBusy(true, tr("Creating your vault. This takes a moment."));
        m_session->create(passphrase);
    });
    connect(gate, &VaultGate::unlockRequested, this, [this, gate](const QString &passphrase) {
        gate->setBusy(true, tr("Opening your vault…"));
        m_session->unlock(passphrase);
    });
    connect(gate, &VaultGate::openBackupRequested, this, [this, gate](const QString &passphrase) {
        gate->setBusy(true, tr("Opening the backup…"));
        m_session->unlock(passphrase, true);
    });
    connect(m_session.get(), &VaultSession::unlocked, this, &AppController::onUnlocked);
    connect(m_session.get(), &VaultSession::openFailed, this, &AppController::onOpenFailed);
    connect(m_session.get(), &VaultSession::saveFailed, this, &AppController::onSaveFailed);
    connect(m_session.get(), &VaultSession::saved, this, [this] {
        if (m_saveProblem) {
            m_saveProblem = false;
            m_window->notice()->showMessage(tr("Saved. Everything is safely stored again."));
        }
    });
    connect(m_window->notice(), &NoticeBar::actionTriggered, this, [this] {
        // After a change on disk by another program, the person chose to keep
        // what is open here; the other version becomes the backup if it is a
        // copy of this vault.
        if (m_conflictOnDisk && m_session->vault())
            m_session->vault()->overwriteChangesOnDisk();
        if (Status s = m_session->saveNow(); !s.ok())
            onSaveFailed(s.error());
    });

    connect(m_window.get(), &MainWindow::lockRequested, this, [this] { lock(); });
    connect(m_window.get(), &MainWindow::quickExitRequested, this, &AppController::quickExit);
    connect(m_window.get(), &MainWindow::settingsRequested, this, &AppController::openSettings);
    connect(m_window.get(), &MainWindow::helpRequested, this, &AppController::openHelp);
    connect(m_window.get(), &MainWindow::welcomeFinished, this, [this] {
        m_settings.setWelcomeSeen(true);
        m_settings.sync();
        showGateOrWelcome();
    });
    connect(m_reminder.get(), &TrayReminder::activated, this, [this] {
        m_reminder->dismiss();
        reveal();
    });
    connect(m_window.get(), &MainWindow::minimized, this, [this] {
        if (m_settings.lockOnMinimize() && m_session->state() == VaultSession::State::Unlocked)
            lock();
    });
    connect(m_gesture.get(), &QuickExitGesture::triggered, this, &AppController::quickExit);
    connect(m_idle.get(), &InactivityTimer::inactive, this, [this] {
        if (m_session->state() == VaultSession::State::Unlocked)
            lock();
    });
    applySettings();
}

AppController::~AppController()
{
    shutdown();
}

void AppController::applySettings()
{
    m_window->setDiscreet(m_settings.discreetMode());
    m_idle->setInterval(m_settings.autoLockMinutes() * 60 * 1000);
    // A changed auto-lock time applies now, not only after the next unlock
    // (and 0, never, must stop a running countdown).
    m_idle->setActive(m_session->state() == VaultSession::State::Unlocked && m_settings.autoLockMinutes() > 0);
    m_clipboard->setClearAfterSeconds(m_settings.clipboardClearSeconds());
    const QString shortcut = m_settings.quickExitShortcut();
    if (shortcut.isEmpty() || !m_gesture->setShortcut(QKeySequence::fromString(shortcut, QKeySequence::PortableText)))
        m_gesture->setShortcut(QuickExitGesture::defaultShortcut());
    m_reminder->setDiscreet(m_settings.discreetMode());
    m_reminder->setSchedule(m_settings.reminderEnabled(), m_settings.reminderWeekday(), m_settings.reminderTime());
    m_window->setWelcomeShortcuts(m_gesture->shortcut(), m_settings.autoLockMinutes());
    if (m_help)
        m_help->setOptions({m_gesture->shortcut(), m_settings.autoLockMinutes(), m_settings.region()});
    if (m_context)
        m_context->setDefaultRegion(m_settings.region());
}

void AppController::openSettings()
{
    if (m_session->state() != VaultSession::State::Unlocked)
        return;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_settings, m_session->path(), m_session->vault(), {}, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &AppController::applySettings);
    m_settingsDialog = dialog;
    dialog->open();
}

SettingsDialog *AppController::settingsDialog() const
{
    return m_settingsDialog;
}

void AppController::openHelp()
{
    if (!m_help) {
        m_help = new HelpDialog(
            {m_gesture->shortcut(), m_settings.autoLockMinutes(), m_settings.region()}, m_window.get());
        m_help->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

HelpDialog *AppController::helpDialog() const
{
    return m_help;
}

void AppController::start()
{
    showGateOrWelcome();
    m_window->show();
}

void AppController::showGateOrWelcome()
{
    // The welcome comes before the first vault, until the person has read
    // past it once.
    if (!m_session->vaultExists() && !m_settings.welcomeSeen())
        m_window->showWelcome();
    else
        m_window->showGate(m_session->vaultExists() ? VaultGate::Mode::Unlock : VaultGate::Mode::Create);
}

void AppController::onUnlocked()
{
    m_window->gate()->setBusy(false);
    m_window->showWorkspace();
    m_idle->setActive(m_settings.autoLockMinutes() > 0);
    m_reminder->dismiss();
    m_context = new SessionContext(*m_session->database(), *m_clipboard, this);
    m_context->setDefaultRegion(m_settings.region());
    connect(m_context, &SessionContext::navigateRequested, m_window.get(), &MainWindow::setCurrentArea);
    Pages::populate(*m_window, *m_context);
    Q_EMIT unlocked(*m_session->database());
}

void AppController::onOpenFailed(const Error &error, bool offerBackup)
{
    m_window->gate()->setBusy(false);
    if (!m_session->vaultExists())
        m_window->gate()->setMode(VaultGate::Mode::Create);
    m_window->gate()->showError(error, offerBackup);
}

void AppController::onSaveFailed(const Error &error)
{
    m_saveProblem = true;
    // The vault's messages already say that nothing typed is lost.
    m_conflictOnDisk = error.code == ErrorCode::Conflict;
    m_window->notice()->showMessage(
        error.message, NoticeBar::Kind::Attention, m_conflictOnDisk ? tr("Keep my version") : tr("Try again"));
}

bool AppController::lock()
{
    // Choices not confirmed with OK are dropped; the passphrase tab needs
    // the vault that is about to close.
    if (m_settingsDialog)
        m_settingsDialog->reject();
    m_idle->setActive(false);
    m_clipboard->clearNow();
    // Pages first (they may still flush an edit), then the data and the key.
    // Pages and the context are deleted on the next turn of the event loop,
    // pages before the context; isOpen() is already false for them.
    if (m_context)
        m_context->close();
    m_window->resetPages();
    m_window->setRelationshipSwitcher(nullptr);
    if (m_context) {
        m_context->deleteLater();
        m_context = nullptr;
    }
    const Status saved = m_session->lock();
    m_window->showGate(m_session->vaultExists() ? VaultGate::Mode::Unlock : VaultGate::Mode::Create);
    if (!saved.ok()) {
        m_window->gate()->showError(makeError(saved.error().code,
            tr("Bearings locked, but your most recent changes could not be saved: "
               "%1 Everything up to the last save is safe.")
                .arg(saved.error().message)));
    }
    m_saveProblem = false;
    Q_EMIT lockedDown();
    return saved.ok();
}

void AppController::quickExit()
{
    // Out of sight first: nothing else may delay hiding.
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *w : windows)
        w->hide();
    lock();
    if (m_settings.quickExitQuits())
        QCoreApplication::quit();
}

void AppController::reveal()
{
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
}

void AppController::shutdown()
{
    if (m_session && m_session->state() != VaultSession::State::Locked)
        lock();
    if (m_clipboard)
        m_clipboard->clearNow();
}

} // namespace bearings::ui
