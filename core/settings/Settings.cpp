#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {
const auto kGeometry = u"window/geometry"_s;
const auto kState = u"window/state"_s;
const auto kLastArea = u"window/lastArea"_s;
const auto kAutoLock = u"privacy/autoLockMinutes"_s;
const auto kLockOnMinimize = u"privacy/lockOnMinimize"_s;
const auto kQuickExitQuits = u"privacy/quickExitQuits"_s;
const auto kQuickExitShortcut = u"privacy/quickExitShortcut"_s;
const auto kDiscreet = u"privacy/discreetMode"_s;
const auto kClipboardSeconds = u"privacy/clipboardClearSeconds"_s;
} // namespace

Settings::Settings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{ }

QString Settings::defaultFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)).filePath(u"settings.ini"_s);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

QString Settings::lastArea() const
{
    return m_settings.value(kLastArea).toString();
}

void Settings::setLastArea(const QString &areaId)
{
    m_settings.setValue(kLastArea, areaId);
}

int Settings::autoLockMinutes() const
{
    return std::clamp(m_settings.value(kAutoLock, kDefaultAutoLockMinutes).toInt(), 0, 240);
}

void Settings::setAutoLockMinutes(int minutes)
{
    m_settings.setValue(kAutoLock, std::clamp(minutes, 0, 240));
}

bool Settings::lockOnMinimize() const
{
    return m_settings.value(kLockOnMinimize, false).toBool();
}

void Settings::setLockOnMinimize(bool lock)
{
    m_settings.setValue(kLockOnMinimize, lock);
}

bool Settings::quickExitQuits() const
{
    return m_settings.value(kQuickExitQuits, true).toBool();
}

void Settings::setQuickExitQuits(bool quits)
{
    m_settings.setValue(kQuickExitQuits, quits);
}

QString Settings::quickExitShortcut() const
{
    return m_settings.value(kQuickExitShortcut).toString();
}

void Settings::setQuickExitShortcut(const QString &sequence)
{
    m_settings.setValue(kQuickExitShortcut, sequence);
}

bool Settings::discreetMode() const
{
    return m_settings.value(kDiscreet, false).toBool();
}

void Settings::setDiscreetMode(bool discreet)
{
    m_settings.setValue(kDiscreet, discreet);
}

int Settings::clipboardClearSeconds() const
{
    return std::clamp(m_settings.value(kClipboardSeconds, kDefaultClipboardClearSeconds).toInt(), 5, 600);
}

void Settings::setClipboardClearSeconds(int seconds)
{
    m_settings.setValue(kClipboardSeconds, std::clamp(seconds, 5, 600));
}

} // namespace bearings
