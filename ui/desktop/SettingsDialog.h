#pragma once

#include "common/Theme.h"

#include <QDialog>

class QTabWidget;

namespace bearings {
class Settings;
class Vault;
} // namespace bearings

namespace bearings::ui {

class GeneralPage;
class LockingPage;
class PassphrasePage;
class RemindersPage;
class TracesPage;

// Settings and privacy facts, in five tabs: General (language, light or
// dark, region), Locking, Passphrase (changes the open vault's passphrase at
// once), Reminders, and Traces on this computer. General, Locking and
// Reminders are saved to Settings on OK and left untouched on Cancel; a look
// chosen on General shows at once and Cancel puts the previous one back.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    enum class Tab { General, Locking, Passphrase, Reminders, Traces };

    // `vault` is the open vault, or null (the passphrase tab is then
    // disabled). `lockDirectory` holds the single-instance lock; empty means
    // SingleInstance::defaultDirectory().
    SettingsDialog(Settings &settings, const QString &vaultPath, Vault *vault, const QString &lockDirectory = {},
        QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    // Saves General, Locking and Reminders, unless a value needs fixing first.
    void accept() override;
    // Puts back the look the dialog started with.
    void reject() override;

private:
    static void applyTheme(Theme::Mode mode);

    Settings &m_settings;
    Theme::Mode m_initialTheme;
    QTabWidget *m_tabs;
    GeneralPage *m_general;
    LockingPage *m_locking;
    PassphrasePage *m_passphrase;
    RemindersPage *m_reminders;
    TracesPage *m_traces;
};

} // namespace bearings::ui
