#include "VaultGate.h"

#include "common/Card.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {
constexpr int kCardWidth = 520;
}

VaultGate::VaultGate(QWidget *parent)
    : QWidget(parent)
    , m_title(new WrapLabel)
    , m_intro(new WrapLabel)
    , m_caution(new WrapLabel)
    , m_passphrase(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_repeatLabel(new QLabel)
    , m_hint(new WrapLabel)
    , m_error(new WrapLabel)
    , m_progress(new QProgressBar)
    , m_submit(new QPushButton)
    , m_openBackup(new QPushButton)
    , m_quickExit(new QPushButton)
    , m_help(new QPushButton)
{
    setObjectName(u"vaultGate"_s);

    m_title->setObjectName(u"gateTitle"_s);
    m_title->setFont(Theme::font(Theme::TextStyle::PageTitle));
    m_caution->setObjectName(u"gateCaution"_s);
    m_caution->setProperty("bearingsRole", u"caption"_s);
    m_hint->setObjectName(u"gateHint"_s);
    m_hint->setProperty("bearingsRole", u"caption"_s);
    m_error->setObjectName(u"gateError"_s);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    m_error->setPalette(errorPalette);

    for (QLineEdit *field : {m_passphrase, m_repeat}) {
        field->setEchoMode(QLineEdit::Password);
        field->setClearButtonEnabled(false);
        // Keep the passphrase out of input-method prediction and history.
        field->setInputMethodHints(
            Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        field->setContextMenuPolicy(Qt::NoContextMenu);
    }
    m_passphrase->setObjectName(u"passphrase"_s);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_repeat->setObjectName(u"passphraseRepeat"_s);
    m_repeat->setAccessibleName(tr("Passphrase again"));

    m_progress->setObjectName(u"gateProgress"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setVisible(false);

    m_submit->setObjectName(u"gateSubmit"_s);
    m_submit->setDefault(true);
    m_submit->setAutoDefault(true);
    m_openBackup->setObjectName(u"openBackup"_s);
    m_openBackup->setText(tr("Open the backup"));
    m_openBackup->setAccessibleName(tr("Open the backup"));
    m_openBackup->setVisible(false);
    m_quickExit->setObjectName(u"gateQuickExit"_s);
    m_quickExit->setText(tr("Quick exit"));
    m_quickExit->setAccessibleName(tr("Quick exit"));
    m_quickExit->setIcon(Icons::icon(u"quickexit"_s));
    m_quickExit->setToolTip(tr("Hide Bearings at once and close it"));
    m_help->setObjectName(u"gateHelp"_s);
    m_help->setText(tr("Help"));
    m_help->setAccessibleName(tr("Help"));
    m_help->setIcon(Icons::icon(u"help"_s));
    m_help->setToolTip(tr("How Bearings works, and helplines (F1)"));

    auto *card = new Card;
    card->setFixedWidth(kCardWidth);
    auto *body = card->body();
    body->setSpacing(Spacing::Medium);
    body->addWidget(m_title);
    body->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setSpacing(Spacing::Small);
    auto *passLabel = new QLabel(tr("&Passphrase"));
    passLabel->setBuddy(m_passphrase);
    m_repeatLabel->setText(tr("&Once more"));
    m_repeatLabel->setBuddy(m_repeat);
    form->addRow(passLabel, m_passphrase);
    form->addRow(m_repeatLabel, m_repeat);
    body->addLayout(form);
    body->addWidget(m_hint);
    body->addWidget(m_error);
    body->addWidget(m_progress);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openBackup);
    buttons->addStretch(1);
    buttons->addWidget(m_submit);
    body->addLayout(buttons);
    body->addWidget(m_caution);

    auto *exitRow = new QHBoxLayout;
    exitRow->addStretch(1);
    exitRow->addWidget(m_help);
    exitRow->addWidget(m_quickExit);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XXLarge, Spacing::XLarge, Spacing::XXLarge, Spacing::XLarge);
    layout->addLayout(exitRow);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_submit, &QPushButton::clicked, this, &VaultGate::submit);
    connect(m_passphrase, &QLineEdit::returnPressed, this, [this] {
        if (m_mode == Mode::Create && m_repeat->text().isEmpty())
            m_repeat->setFocus();
        else
            submit();
    });
    connect(m_repeat, &QLineEdit::returnPressed, this, &VaultGate::submit);
    connect(m_passphrase, &QLineEdit::textChanged, this, &VaultGate::updateCreateHint);
    connect(m_repeat, &QLineEdit::textChanged, this, &VaultGate::updateCreateHint);
    connect(m_openBackup, &QPushButton::clicked, this, [this] { Q_EMIT openBackupRequested(m_passphrase->text()); });
    connect(m_quickExit, &QPushButton::clicked, this, &VaultGate::quickExitRequested);
    connect(m_help, &QPushButton::clicked, this, &VaultGate::helpRequested);

    setMode(Mode::Unlock);
}

void VaultGate::setMode(Mode mode)
{
    m_mode = mode;
    const bool create = mode == Mode::Create;
    if (create) {
        m_title->setText(tr("Create your private vault"));
        m_intro->setText(tr("Everything you write in Bearings is kept in one file on this computer, locked with a "
                            "passphrase only you know. A few unrelated words are easy to remember and hard to "
                            "guess. If the passphrase is forgotten, nobody can open the vault, not even us."));
        m_caution->setText(tr("A passphrase protects your notes when the app is locked or the file is copied. It "
                              "cannot protect you from someone watching you type, or from monitoring software on "
                              "this computer. If you think this computer is watched, a device the other person "
                              "cannot reach is safer."));
        m_submit->setText(tr("Create vault"));
    } else {
        m_title->setText(tr("Welcome back"));
        m_intro->setText(tr("Enter your passphrase to open your vault."));
        m_caution->setText(tr("Bearings locks itself when you step away. Quick exit, or pressing Shift three times, "
                              "hides it at once."));
        m_submit->setText(tr("Unlock"));
    }
    m_submit->setAccessibleName(m_submit->text());
    m_repeat->setVisible(create);
    m_repeatLabel->setVisible(create);
    m_hint->setVisible(create);
    m_openBackup->setVisible(false);
    clearError();
    updateCreateHint();
}

void VaultGate::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *> {m_passphrase, m_repeat, m_submit, m_openBackup})
        w->setEnabled(!busy);
    if (busy) {
        clearError();
        m_hint->setVisible(true);
        m_hint->setText(message);
    } else {
        updateCreateHint();
    }
}

void VaultGate::showError(const Error &error, bool offerBackup)
{
    m_error->setText(error.message);
    m_error->setVisible(true);
    m_openBackup->setVisible(offerBackup);
    m_passphrase->selectAll();
    m_passphrase->setFocus();
}

void VaultGate::clearError()
{
    m_error->clear();
    m_error->setVisible(false);
}

void VaultGate::clearFields()
{
    m_passphrase->clear();
    m_repeat->clear();
    m_openBackup->setVisible(false);
}

void VaultGate::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_passphrase->setFocus();
}

void VaultGate::updateCreateHint()
{
    if (m_mode != Mode::Create || m_busy) {
        if (!m_busy)
            m_hint->setVisible(false);
        return;
    }
    m_hint->setVisible(true);
    const qsizetype length = m_passphrase->text().size();
    if (length == 0)
        m_hint->setText(tr("At least %1 characters. Longer is stronger.").arg(kMinPassphraseLength));
    else if (length < kMinPassphraseLength)
        m_hint->setText(tr("Keep going: at least %1 characters.").arg(kMinPassphraseLength));
    else if (!m_repeat->text().isEmpty() && m_repeat->text() != m_passphrase->text())
        m_hint->setText(tr("The two passphrases are not the same yet."));
    else
        m_hint->setText(length < 16 ? tr("Good. A few more words would make it stronger.") : tr("That looks strong."));
}

void VaultGate::submit()
{
    if (m_busy)
        return;
    const QString passphrase = m_passphrase->text();
    if (m_mode == Mode::Unlock) {
        if (passphrase.isEmpty()) {
            showError(makeError(ErrorCode::Invalid, tr("Please enter your passphrase.")));
            return;
        }
        Q_EMIT unlockRequested(passphrase);
        return;
    }
    if (passphrase.size() < kMinPassphraseLength) {
        showError(makeError(ErrorCode::Invalid,
            tr("Please use at least %1 characters for your passphrase.").arg(kMinPassphraseLength)));
        return;
    }
    if (m_repeat->text() != passphrase) {
        showError(makeError(ErrorCode::Invalid, tr("The two passphrases are different. Please type them again.")));
        m_repeat->clear();
        return;
    }
    Q_EMIT createRequested(passphrase);
}

} // namespace bearings::ui
