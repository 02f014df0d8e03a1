#include "InactivityTimer.h"

#include <QCoreApplication>
#include <QEvent>

namespace bearings::ui {

InactivityTimer::InactivityTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMsec);
    connect(&m_timer, &QTimer::timeout, this, &InactivityTimer::onTimeout);
}

InactivityTimer::~InactivityTimer()
{
    setActive(false);
}

void InactivityTimer::setInterval(int msec)
{
    // QTimer::setInterval restarts a running countdown with the new length.
    m_timer.setInterval(qMax(1, msec));
}

int InactivityTimer::interval() const
{
    return m_timer.interval();
}

void InactivityTimer::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (auto *app = QCoreApplication::instance()) {
        if (active)
            app->installEventFilter(this);
        else
            app->removeEventFilter(this);
    }
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

bool InactivityTimer::isActive() const
{
    return m_active;
}

void InactivityTimer::reset()
{
    if (m_active)
        m_timer.start();
}

int InactivityTimer::remainingTime() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

bool InactivityTimer::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && isUserInput(watched, event))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

bool InactivityTimer::isUserInput(const QObject *watched, const QEvent *event)
{
    // Input from the window system is spontaneous; an event the app posts or
    // sends itself is not, and must not keep the app unlocked.
    if (!event->spontaneous())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::NonClientAreaMouseButtonPress:
    case QEvent::NonClientAreaMouseMove:
    case QEvent::Wheel:
    // A key that triggers a QShortcut never arrives as a KeyPress (the shortcut
    // map eats it), but its release does.
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove: return true;
    case QEvent::FocusIn:
        // Focus moving between widgets follows input already counted; a top-level
        // window gaining focus means the person came back to the app.
        return watched->isWindowType();
    default: return false;
    }
}

void InactivityTimer::onTimeout()
{
    // A slot that opens a modal dialog runs a nested event loop; input there
    // restarts the countdown, which must not re-enter inactive().
    if (m_emitting || !m_active)
        return;
    m_emitting = true;
    Q_EMIT inactive();
    m_emitting = false;
}

} // namespace bearings::ui
