#include "LockingPage.h"

#include "DiscreetMode.h"
#include "QuickExitGesture.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "settings/Settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kMaxAutoLockMinutes = 240;
constexpr int kMinClipboardSeconds = 5;
constexpr int kMaxClipboardSeconds = 600;

WrapLabel *caption(const QString &text)
{
    auto *label = new WrapLabel(text);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

// Keys that type or move the cursor: as a quick exit without Ctrl, Alt or
// Meta they would hide the app while the person is writing.
bool isTypingKey(Qt::Key key)
{
    switch (key) {
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
    case Qt::Key_Backspace:
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Delete:
    case Qt::Key_Insert:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: return true;
    default: break;
    }
    // Printable characters have key codes below Qt's special-key range.
    return key >= Qt::Key_Space && key < Qt::Key_Escape;
}

// Spin boxes and the shortcut editor type into a line edit of their own,
// which can take the focus: it gets the same accessible name.
void nameInnerEditor(QWidget *control)
{
    if (auto *inner = control->findChild<QLineEdit *>())
        inner->setAccessibleName(control->accessibleName());
}

} // namespace

LockingPage::LockingPage(QWidget *parent)
    : QWidget(parent)
    , m_autoLock(new QSpinBox)
    , m_lockOnMinimize(new QCheckBox)
    , m_exitQuits(new QRadioButton)
    , m_exitStays(new QRadioButton)
    , m_shortcut(new QKeySequenceEdit)
    , m_resetShortcut(new QPushButton)
    , m_shortcutMessage(new WrapLabel)
    , m_discreet(new QCheckBox)
    , m_clipboard(new QSpinBox)
{
    setObjectName(u"lockingPage"_s);
    setAccessibleName(tr("Locking"));

    // Locking by itself.
    m_autoLock->setObjectName(u"autoLockMinutes"_s);
    m_autoLock->setRange(0, kMaxAutoLockMinutes);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setAccessibleName(tr("Lock after minutes without use"));
    m_autoLock->setAccessibleDescription(tr("0 means Bearings never locks by itself."));
    nameInnerEditor(m_autoLock);
    m_lockOnMinimize->setObjectName(u"lockOnMinimize"_s);
    m_lockOnMinimize->setText(tr("Lock when the window is &minimized"));
    m_lockOnMinimize->setAccessibleName(tr("Lock when the window is minimized"));

    auto *lockCard = new Card(tr("Locking"));
    auto *lockForm = new QFormLayout;
    lockForm->setSpacing(Spacing::Small);
    lockForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *autoLockLabel = new QLabel(tr("Lock after &no use for"));
    autoLockLabel->setBuddy(m_autoLock);
    lockForm->addRow(autoLockLabel, m_autoLock);
    lockCard->body()->addLayout(lockForm);
    lockCard->body()->addWidget(caption(tr("Set it to 0 if you never want Bearings to lock by itself.")));
    lockCard->body()->addWidget(m_lockOnMinimize);

    // Quick exit.
    m_exitQuits->setObjectName(u"quickExitQuits"_s);
    m_exitQuits->setText(tr("&Quit Bearings"));
    m_exitQuits->setAccessibleName(tr("After a quick exit, quit Bearings"));
    m_exitStays->setObjectName(u"quickExitStays"_s);
    m_exitStays->setText(tr("Stay &hidden and locked"));
    m_exitStays->setAccessibleName(tr("After a quick exit, stay hidden and locked"));
    auto *exitGroup = new QButtonGroup(this);
    exitGroup->addButton(m_exitQuits);
    exitGroup->addButton(m_exitStays);

    m_shortcut->setObjectName(u"quickExitShortcut"_s);
    m_shortcut->setAccessibleName(tr("Quick-exit shortcut"));
    m_shortcut->setAccessibleDescription(tr("Press the key combination you want to use."));
    nameInnerEditor(m_shortcut);
    m_resetShortcut->setObjectName(u"resetQuickExitShortcut"_s);
    m_resetShortcut->setText(
        tr("Reset to %1").arg(QuickExitGesture::defaultShortcut().toString(QKeySequence::NativeText)));
    m_resetShortcut->setAccessibleName(m_resetShortcut->text());
    m_resetShortcut->setAutoDefault(false);
    m_shortcutMessage->setObjectName(u"shortcutMessage"_s);
    m_shortcutMessage->setVisible(false);
    QPalette errorPalette = m_shortcutMessage->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    m_shortcutMessage->setPalette(errorPalette);

    auto *exitCard = new Card(tr("Quick exit"));
    exitCard->body()->addWidget(new QLabel(tr("After a quick exit:")));
    exitCard->body()->addWidget(m_exitQuits);
    exitCard->body()->addWidget(m_exitStays);
    exitCard->body()->addWidget(
        caption(tr("If Bearings stays hidden, starting it again shows its window, still locked.")));
    auto *shortcutRow = new QHBoxLayout;
    shortcutRow->setSpacing(Spacing::Small);
    auto *shortcutLabel = new QLabel(tr("&Shortcut"));
    shortcutLabel->setBuddy(m_shortcut);
    shortcutRow->addWidget(shortcutLabel);
    shortcutRow->addWidget(m_shortcut, 1);
    shortcutRow->addWidget(m_resetShortcut);
    exitCard->body()->addLayout(shortcutRow);
    exitCard->body()->addWidget(m_shortcutMessage);
    exitCard->body()->addWidget(caption(tr("Use one key combination. Pressing Shift three times always works too.")));

    // What others see.
    m_discreet->setObjectName(u"discreetMode"_s);
    m_discreet->setText(
        tr("&Discreet mode: call the window “%1” and use a plain icon").arg(DiscreetMode::windowTitle(true)));
    m_discreet->setAccessibleName(tr("Discreet mode"));
    m_discreet->setAccessibleDescription(m_discreet->text().remove(u'&'));
    auto *seenCard = new Card(tr("What others see"));
    seenCard->body()->addWidget(m_discreet);
    seenCard->body()->addWidget(
        caption(tr("This changes the title and icon in the task bar. It does not hide that Bearings is installed.")));

    // Clipboard.
    m_clipboard->setObjectName(u"clipboardClearSeconds"_s);
    m_clipboard->setRange(kMinClipboardSeconds, kMaxClipboardSeconds);
    m_clipboard->setSuffix(tr(" s"));
    m_clipboard->setAccessibleName(tr("Clear copied text after seconds"));
    nameInnerEditor(m_clipboard);
    auto *clipCard = new Card(tr("Clipboard"));
    auto *clipForm = new QFormLayout;
    clipForm->setSpacing(Spacing::Small);
    clipForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *clipLabel = new QLabel(tr("&Clear copied text after"));
    clipLabel->setBuddy(m_clipboard);
    clipForm->addRow(clipLabel, m_clipboard);
    clipCard->body()->addLayout(clipForm);
    clipCard->body()->addWidget(
        caption(tr("Text you copy in Bearings is removed from the clipboard after this time, and when it locks.")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(lockCard);
    layout->addWidget(exitCard);
    layout->addWidget(seenCard);
    layout->addWidget(clipCard);
    layout->addStretch(1);

    connect(m_resetShortcut, &QPushButton::clicked, this,
        [this] { m_shortcut->setKeySequence(QuickExitGesture::defaultShortcut()); });
    connect(m_shortcut, &QKeySequenceEdit::keySequenceChanged, this, &LockingPage::updateShortcutMessage);
}

void LockingPage::load(const Settings &settings)
{
    m_autoLock->setValue(settings.autoLockMinutes());
    m_lockOnMinimize->setChecked(settings.lockOnMinimize());
    m_exitQuits->setChecked(settings.quickExitQuits());
    m_exitStays->setChecked(!settings.quickExitQuits());
    const QString shortcut = settings.quickExitShortcut();
    const QKeySequence sequence = QKeySequence::fromString(shortcut, QKeySequence::PortableText);
    m_shortcut->setKeySequence(
        shortcut.isEmpty() || !shortcutProblem(sequence).isEmpty() ? QuickExitGesture::defaultShortcut() : sequence);
    m_discreet->setChecked(settings.discreetMode());
    m_clipboard->setValue(settings.clipboardClearSeconds());
    updateShortcutMessage();
}

void LockingPage::save(Settings &settings) const
{
    settings.setAutoLockMinutes(m_autoLock->value());
    settings.setLockOnMinimize(m_lockOnMinimize->isChecked());
    settings.setQuickExitQuits(m_exitQuits->isChecked());
    // Empty means the default (Settings::quickExitShortcut).
    const QKeySequence sequence = m_shortcut->keySequence();
    settings.setQuickExitShortcut(sequence.isEmpty() || sequence == QuickExitGesture::defaultShortcut()
            ? QString()
            : sequence.toString(QKeySequence::PortableText));
    settings.setDiscreetMode(m_discreet->isChecked());
    settings.setClipboardClearSeconds(m_clipboard->value());
}

bool LockingPage::validate()
{
    updateShortcutMessage();
    return shortcutProblem(m_shortcut->keySequence()).isEmpty();
}

void LockingPage::focusProblem()
{
    if (!shortcutProblem(m_shortcut->keySequence()).isEmpty())
        m_shortcut->setFocus();
}

QString LockingPage::shortcutProblem(const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return {};
    if (shortcut.count() > 1)
        return tr("Please use a single key combination, such as Shift+Esc or Ctrl+Alt+H: a quick exit has to be one "
                  "movement.");
    const QKeyCombination combination = shortcut[0];
    const bool hasCommandModifier
        = combination.keyboardModifiers().testAnyFlags(Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    if (!hasCommandModifier && isTypingKey(combination.key()))
        return tr("This key is used for typing, so it could hide Bearings in the middle of a sentence. Please add "
                  "Ctrl or Alt.");
    return {};
}

void LockingPage::updateShortcutMessage()
{
    const QString problem = shortcutProblem(m_shortcut->keySequence());
    m_shortcutMessage->setText(problem);
    m_shortcutMessage->setVisible(!problem.isEmpty());
    m_shortcut->setAccessibleDescription(
        problem.isEmpty() ? tr("Press the key combination you want to use.") : problem);
}

} // namespace bearings::ui
