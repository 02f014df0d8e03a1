#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {
const auto kGeometry = u"window/geometry"_s;
const auto kState = u"window/state"_s;
const auto kLastArea = u"window/lastArea"_s;
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

} // namespace bearings
