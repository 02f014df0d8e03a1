#include "QuickExitGesture.h"

#include <QCoreApplication>
#include <QKeyEvent>

#include <chrono>

namespace bearings::ui {

namespace {

qint64 steadyMsec()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool isModifierKey(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_Meta:
    case Qt::Key_Super_L:
    case Qt::Key_Super_R:
    case Qt::Key_Hyper_L:
    case Qt::Key_Hyper_R: return true;
    default: return false;
    }
}

} // namespace

QuickExitGesture::QuickExitGesture(QObject *parent)
    : QObject(parent)
    , m_clock(steadyMsec)
    , m_shortcut(defaultShortcut())
{
    if (auto *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

QuickExitGesture::~QuickExitGesture()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

QKeySequence QuickExitGesture::defaultShortcut()
{
    return QKeySequence(Qt::SHIFT | Qt::Key_Escape);
}

bool QuickExitGesture::setShortcut(const QKeySequence &shortcut)
{
    if (shortcut.count() > 1)
        return false;
    m_shortcut = shortcut;
    return true;
}

QKeySequence QuickExitGesture::shortcut() const
{
    return m_shortcut;
}

void QuickExitGesture::setClock(MsecClock clock)
{
    m_clock = clock ? std::move(clock) : MsecClock(steadyMsec);
    m_shiftPresses.clear();
}

bool QuickExitGesture::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::ShortcutOverride) {
        // Accepting the override keeps a QAction or QShortcut with the same keys
        // from swallowing the press before it reaches the window.
        auto *key = static_cast<QKeyEvent *>(event);
        if (matchesShortcut(key)) {
            key->accept();
            return true;
        }
    } else if (type == QEvent::KeyPress && watched->isWindowType()) {
        const auto *key = static_cast<const QKeyEvent *>(event);
        if (matchesShortcut(key)) {
            m_shiftPresses.clear();
            Q_EMIT triggered();
            return true;
        }
        if (countShiftPress(key))
            Q_EMIT triggered();
    }
    return QObject::eventFilter(watched, event);
}

bool QuickExitGesture::matchesShortcut(const QKeyEvent *event) const
{
    if (m_shortcut.isEmpty() || event->isAutoRepeat() || isModifierKey(event->key()))
        return false;
    constexpr Qt::KeyboardModifiers relevant
        = Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    const QKeyCombination pressed(event->modifiers() & relevant, Qt::Key(event->key()));
    return pressed == m_shortcut[0];
}

bool QuickExitGesture::countShiftPress(const QKeyEvent *event)
{
    if (event->key() != Qt::Key_Shift) {
        // Shift used for typing is followed by another key: start over.
        m_shiftPresses.clear();
        return false;
    }
    if (event->isAutoRepeat())
        return false;
    const qint64 now = m_clock();
    m_shiftPresses.removeIf([now](qint64 then) { return now - then > kShiftWindowMsec; });
    m_shiftPresses.append(now);
    if (m_shiftPresses.size() < kShiftPresses)
        return false;
    m_shiftPresses.clear();
    return true;
}

} // namespace bearings::ui
