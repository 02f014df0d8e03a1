#pragma once

#include <QDialog>

class QTabWidget;

namespace bearings {
class Settings;
class Vault;
} // namespace bearings

namespace bearings::ui {

class LockingPage;
class PassphrasePage;
class TracesPage;

// Privacy settings and facts, in three tabs: Locking (saved to Settings on
// OK, untouched on Cancel), Passphrase (changes the open vault's passphrase
// at once), and Traces on this computer (what Bearings leaves on disk and
// what it cannot hide).
class PrivacyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacyDialog)

public:
    enum class Tab { Locking, Passphrase, Traces };

    // `vault` is the open vault, or null (the passphrase tab is then
    // disabled). `lockDirectory` holds the single-instance lock; empty means
    // SingleInstance::defaultDirectory().
    PrivacyDialog(Settings &settings, const QString &vaultPath, Vault *vault, const QString &lockDirectory = {},
        QWidget *parent = nullptr);
    ~PrivacyDialog() override;

    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    // Saves the Locking tab, unless a value there needs fixing first.
    void accept() override;

private:
    Settings &m_settings;
    QTabWidget *m_tabs;
    LockingPage *m_locking;
    PassphrasePage *m_passphrase;
    TracesPage *m_traces;
};

} // namespace bearings::ui
