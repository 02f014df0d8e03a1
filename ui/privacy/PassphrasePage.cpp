#include "PassphrasePage.h"

#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "vault/Vault.h"
#include "vault/VaultGate.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

WrapLabel *caption(const QString &text)
{
    auto *label = new WrapLabel(text);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

} // namespace

PassphrasePage::PassphrasePage(Vault *vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_current(new QLineEdit)
    , m_next(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_message(new WrapLabel)
    , m_change(new QPushButton)
{
    setObjectName(u"passphrasePage"_s);
    setAccessibleName(tr("Passphrase"));

    for (QLineEdit *field : {m_current, m_next, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setClearButtonEnabled(false);
        // As on the vault gate: keep passphrases out of input-method
        // prediction and history.
        field->setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        field->setContextMenuPolicy(Qt::NoContextMenu);
        // Enter moves on or changes the passphrase; it must not reach the
        // dialog, whose default button would close it.
        field->installEventFilter(this);
    }
    m_current->setObjectName(u"currentPassphrase"_s);
    m_current->setAccessibleName(tr("Current passphrase"));
    m_next->setObjectName(u"newPassphrase"_s);
    m_next->setAccessibleName(tr("New passphrase"));
    m_repeat->setObjectName(u"newPassphraseRepeat"_s);
    m_repeat->setAccessibleName(tr("New passphrase again"));

    m_message->setObjectName(u"passphraseMessage"_s);
    m_message->setVisible(false);
    m_change->setObjectName(u"changePassphrase"_s);
    m_change->setText(tr("C&hange passphrase"));
    m_change->setAccessibleName(tr("Change passphrase"));
    m_change->setAutoDefault(false);

    auto *card = new Card(tr("Change your passphrase"));
    card->body()->addWidget(new WrapLabel(
        tr("Changing it re-encrypts your vault and its backup on this computer right away. Use at least %1 "
           "characters. There is no way to recover a forgotten passphrase, so choose one you will remember.")
            .arg(VaultGate::kMinPassphraseLength)));
    auto *form = new QFormLayout;
    form->setSpacing(Spacing::Small);
    const auto addRow = [form](const QString &text, QLineEdit *field) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("C&urrent passphrase"), m_current);
    addRow(tr("&New passphrase"), m_next);
    addRow(tr("New passphrase &again"), m_repeat);
    card->body()->addLayout(form);
    card->body()->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_change);
    card->body()->addLayout(buttons);
    card->body()->addWidget(caption(tr("Copies of the vault made before the change, for example by a backup program, "
                                       "still open with the old passphrase.")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_change, &QPushButton::clicked, this, &PassphrasePage::submit);

    if (!m_vault) {
        setBusy(false);
        showMessage(tr("Unlock your vault to change its passphrase."), false);
    }
}

bool PassphrasePage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_current && !m_current->text().isEmpty())
                m_next->setFocus();
            else if (watched == m_next && !m_next->text().isEmpty() && m_repeat->text().isEmpty())
                m_repeat->setFocus();
            else
                submit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PassphrasePage::showMessage(const QString &text, bool problem)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
        problem ? Theme::accent(Theme::Accent::Safety) : QApplication::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setProperty("problem", problem);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PassphrasePage::setBusy(bool busy)
{
    m_busy = busy;
    const bool enabled = !busy && m_vault;
    for (QWidget *w : std::initializer_list<QWidget *> {m_current, m_next, m_repeat, m_change})
        w->setEnabled(enabled);
}

void PassphrasePage::submit()
{
    if (m_busy)
        return;
    if (!m_vault) {
        setBusy(false);
        showMessage(tr("Your vault is locked, so the passphrase was not changed."), true);
        return;
    }
    const QString current = m_current->text();
    const QString next = m_next->text();
    if (current.isEmpty()) {
        showMessage(tr("Please enter your current passphrase."), true);
        m_current->setFocus();
        return;
    }
    if (next.size() < VaultGate::kMinPassphraseLength) {
        showMessage(
            tr("Please use at least %1 characters for the new passphrase.").arg(VaultGate::kMinPassphraseLength), true);
        m_next->setFocus();
        return;
    }
    if (m_repeat->text() != next) {
        showMessage(tr("The two new passphrases are different. Please type them again."), true);
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    if (next == current) {
        showMessage(tr("The new passphrase is the same as the current one."), true);
        m_next->setFocus();
        return;
    }

    // The key derivation runs twice (the current passphrase is checked, the
    // new one derived), about a second in all, and it runs here on the GUI
    // thread: changePassphrase() also seals the database, and Qt's SQL
    // connection may only be used from the thread that opened it. So the
    // form is disabled and the message painted before the work starts, and
    // the cursor shows that the app is busy, not stuck.
    setBusy(true);
    showMessage(tr("Changing your passphrase. This takes a moment…"), false);
    if (QWidget *top = window())
        top->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status status = m_vault->changePassphrase(current, next);
    QApplication::restoreOverrideCursor();
    setBusy(false);

    if (!status.ok()) {
        showMessage(status.error().message, true);
        if (status.error().code == ErrorCode::WrongPassphrase) {
            m_current->selectAll();
            m_current->setFocus();
        }
        return;
    }
    m_current->clear();
    m_next->clear();
    m_repeat->clear();
    showMessage(tr("Your passphrase is changed. From now on, use the new one to unlock Bearings."), false);
    m_current->setFocus();
    Q_EMIT passphraseChanged();
}

} // namespace bearings::ui
