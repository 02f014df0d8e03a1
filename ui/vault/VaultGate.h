#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace bearings::ui {

class WrapLabel;

// The screen in front of the vault: create one (passphrase twice, with an
// honest word on what a passphrase can and cannot protect) or unlock one.
// It only collects input and shows state; the owner does the work.
class VaultGate final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VaultGate)

public:
    enum class Mode { Create, Unlock };
    static constexpr int kMinPassphraseLength = 8;

    explicit VaultGate(QWidget *parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // While busy the fields are disabled and a progress bar runs.
    void setBusy(bool busy, const QString &message = {});
    bool isBusy() const { return m_busy; }
    // Shows what went wrong. For a damaged vault, offers to open the backup.
    void showError(const Error &error, bool offerBackup = false);
    void clearError();
    // Forgets anything typed (on lock, on success).
    void clearFields();

Q_SIGNALS:
    void createRequested(const QString &passphrase);
    void unlockRequested(const QString &passphrase);
    void openBackupRequested(const QString &passphrase);
    void quickExitRequested();
    void helpRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void submit();
    void updateCreateHint();

    Mode m_mode = Mode::Unlock;
    bool m_busy = false;
    WrapLabel *m_title;
    WrapLabel *m_intro;
    WrapLabel *m_caution;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat;
    QLabel *m_repeatLabel;
    WrapLabel *m_hint;
    WrapLabel *m_error;
    QProgressBar *m_progress;
    QPushButton *m_submit;
    QPushButton *m_openBackup;
    QPushButton *m_quickExit;
    QPushButton *m_help;
};

} // namespace bearings::ui
