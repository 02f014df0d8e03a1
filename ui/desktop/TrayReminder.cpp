#include "TrayReminder.h"

#include "ReminderSchedule.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "privacy/DiscreetMode.h"

#include <QSystemTrayIcon>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

TrayReminder::TrayReminder(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    m_timer.setSingleShot(true);
    // Minutes matter here, not milliseconds: let the system batch wake-ups.
    // (Not VeryCoarseTimer: it rounds to whole seconds, so the last wait of
    // less than half a second would come back at once, again and again.)
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TrayReminder::checkNow);
}

TrayReminder::~TrayReminder() = default;

QString TrayReminder::messageText()
{
    return tr("Time for your weekly note");
}

QString TrayReminder::title(bool discreet)
{
    return DiscreetMode::windowTitle(discreet);
}

void TrayReminder::setSchedule(bool enabled, int weekday, QTime time)
{
    m_enabled = enabled;
    m_weekday = weekday;
    m_time = time;
    if (!enabled)
        dismiss();
    reschedule();
}

void TrayReminder::setDiscreet(bool discreet)
{
    m_discreet = discreet;
    updateIcon();
}

void TrayReminder::setClock(WallClock clock)
{
    m_clock = clock ? std::move(clock) : WallClock([] { return QDateTime::currentDateTime(); });
    reschedule();
}

int TrayReminder::remainingTime() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

bool TrayReminder::isShowing() const
{
    return m_tray && m_tray->isVisible();
}

void TrayReminder::reschedule()
{
    m_timer.stop();
    m_nextDue = m_enabled ? ReminderSchedule::nextOccurrence(m_clock(), m_weekday, m_time) : QDateTime();
    if (!m_nextDue.isValid())
        return;
    const qint64 wait = std::clamp<qint64>(m_clock().msecsTo(m_nextDue), 0, kMaxWaitMsec);
    m_timer.start(static_cast<int>(wait));
}

void TrayReminder::checkNow()
{
    if (!m_enabled || !m_nextDue.isValid())
        return;
    const QDateTime now = m_clock();
    if (now >= m_nextDue) {
        // Due (or overdue after the computer slept): one reminder, then the
        // next week's.
        remind();
        m_nextDue = ReminderSchedule::nextOccurrence(now, m_weekday, m_time);
    }
    const qint64 wait = std::clamp<qint64>(now.msecsTo(m_nextDue), 0, kMaxWaitMsec);
    m_timer.start(static_cast<int>(wait));
}

void TrayReminder::remind()
{
    m_lastTitle = title(m_discreet);
    m_lastMessage = messageText();
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = std::make_unique<QSystemTrayIcon>();
            connect(m_tray.get(), &QSystemTrayIcon::activated, this, [this] { Q_EMIT activated(); });
            connect(m_tray.get(), &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT activated(); });
        }
        updateIcon();
        m_tray->show();
        m_tray->showMessage(m_lastTitle, m_lastMessage, m_tray->icon());
    }
    Q_EMIT due();
}

void TrayReminder::dismiss()
{
    if (m_tray)
        m_tray->hide();
}

void TrayReminder::updateIcon()
{
    if (!m_tray)
        return;
    // The accent reads on light and dark panels alike.
    m_tray->setIcon(Icons::icon(DiscreetMode::iconName(m_discreet), Theme::accent(Theme::Accent::Primary)));
    // The tooltip is the title alone; the message is not repeated there.
    m_tray->setToolTip(title(m_discreet));
}

} // namespace bearings::ui
