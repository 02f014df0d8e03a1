#pragma once

#include <QPointer>
#include <QWidget>

class QLineEdit;
class QPushButton;

namespace bearings {
class Vault;
}

namespace bearings::ui {

class WrapLabel;

// The "Passphrase" tab of the settings dialog: the current passphrase, the new
// one twice, and a button that re-encrypts the open vault and its backup.
// The change happens at once; it does not wait for the dialog's OK.
class PassphrasePage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PassphrasePage)

public:
    // `vault` is the open vault, or null while locked (the form is disabled).
    explicit PassphrasePage(Vault *vault, QWidget *parent = nullptr);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void passphraseChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void submit();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool problem);

    // A QPointer: if the vault is locked (and destroyed) while the dialog is
    // open, the page notices instead of touching freed memory.
    QPointer<Vault> m_vault;
    bool m_busy = false;
    QLineEdit *m_current;
    QLineEdit *m_next;
    QLineEdit *m_repeat;
    WrapLabel *m_message;
    QPushButton *m_change;
};

} // namespace bearings::ui
