#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <array>

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
// Not a "general" group: QSettings reads an INI section [General] (in any
// case) as keys without a group, which would surprise anyone editing by hand.
const auto kLanguage = u"appearance/language"_s;
const auto kTheme = u"appearance/theme"_s;
const auto kRegion = u"emergency/region"_s;
const auto kWelcomeSeen = u"firstRun/welcomeSeen"_s;
const auto kReminderEnabled = u"reminders/enabled"_s;
const auto kReminderWeekday = u"reminders/weekday"_s;
const auto kReminderTime = u"reminders/time"_s;

// The languages Bearings has translations for; English is the source.
constexpr std::array kLanguages {u"en", u"de", u"es"};
constexpr std::array kThemes {u"system", u"light", u"dark"};
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

QString Settings::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    return isKnownLanguage(code) ? code : QString();
}

void Settings::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, isKnownLanguage(code) ? code : QString());
}

bool Settings::isKnownLanguage(const QString &code)
{
    return std::any_of(
        kLanguages.begin(), kLanguages.end(), [&code](const char16_t *known) { return code == QStringView(known); });
}

namespace {
bool isKnownTheme(const QString &key)
{
    return std::any_of(
        kThemes.begin(), kThemes.end(), [&key](const char16_t *known) { return key == QStringView(known); });
}
} // namespace

QString Settings::theme() const
{
    const QString key = m_settings.value(kTheme).toString();
    return isKnownTheme(key) ? key : u"system"_s;
}

void Settings::setTheme(const QString &key)
{
    m_settings.setValue(kTheme, isKnownTheme(key) ? key : u"system"_s);
}

Region Settings::region(const QLocale &locale) const
{
    if (const auto stored = enumFromKey(kRegionKeys, m_settings.value(kRegion).toString()))
        return *stored;
    return regionFor(locale.territory());
}

bool Settings::hasRegion() const
{
    return enumFromKey(kRegionKeys, m_settings.value(kRegion).toString()).has_value();
}

void Settings::setRegion(Region region)
{
    m_settings.setValue(kRegion, enumKey(kRegionKeys, region));
}

Region Settings::regionFor(QLocale::Territory territory)
{
    switch (territory) {
    case QLocale::UnitedStates: return Region::UnitedStates;
    case QLocale::Canada: return Region::Canada;
    case QLocale::UnitedKingdom: return Region::UnitedKingdom;
    case QLocale::Australia: return Region::Australia;
    // The European Union, and the European countries outside it where 112
    // is the emergency number too (EEA, Switzerland).
    case QLocale::Austria:
    case QLocale::Belgium:
    case QLocale::Bulgaria:
    case QLocale::Croatia:
    case QLocale::Cyprus:
    case QLocale::Czechia:
    case QLocale::Denmark:
    case QLocale::Estonia:
    case QLocale::Finland:
    case QLocale::France:
    case QLocale::Germany:
    case QLocale::Greece:
    case QLocale::Hungary:
    case QLocale::Ireland:
    case QLocale::Italy:
    case QLocale::Latvia:
    case QLocale::Lithuania:
    case QLocale::Luxembourg:
    case QLocale::Malta:
    case QLocale::Netherlands:
    case QLocale::Poland:
    case QLocale::Portugal:
    case QLocale::Romania:
    case QLocale::Slovakia:
    case QLocale::Slovenia:
    case QLocale::Spain:
    case QLocale::Sweden:
    case QLocale::Iceland:
    case QLocale::Liechtenstein:
    case QLocale::Norway:
    case QLocale::Switzerland: return Region::EuropeanUnion;
    default: return Region::Other;
    }
}

bool Settings::reminderEnabled() const
{
    return m_settings.value(kReminderEnabled, false).toBool();
}

void Settings::setReminderEnabled(bool enabled)
{
    m_settings.setValue(kReminderEnabled, enabled);
}

int Settings::reminderWeekday() const
{
    return std::clamp(m_settings.value(kReminderWeekday, kDefaultReminderWeekday).toInt(), 1, 7);
}

void Settings::setReminderWeekday(int weekday)
{
    m_settings.setValue(kReminderWeekday, std::clamp(weekday, 1, 7));
}

QTime Settings::reminderTime() const
{
    const QTime time = QTime::fromString(m_settings.value(kReminderTime).toString(), u"HH:mm"_s);
    return time.isValid() ? time : QTime(kDefaultReminderHour, 0);
}

void Settings::setReminderTime(QTime time)
{
    // To the minute; an invalid time means the default.
    m_settings.setValue(kReminderTime, time.isValid() ? time.toString(u"HH:mm"_s) : QString());
}

bool Settings::welcomeSeen() const
{
    return m_settings.value(kWelcomeSeen, false).toBool();
}

void Settings::setWelcomeSeen(bool seen)
{
    m_settings.setValue(kWelcomeSeen, seen);
}

} // namespace bearings
