#pragma once

#include "safetyplan/SafetyPlan.h"

#include <QByteArray>
#include <QLocale>
#include <QSettings>
#include <QString>
#include <QTime>

namespace bearings {

// Typed access to the user's preferences, stored as an INI file. Holds no
// relationship content: everything personal lives in the encrypted vault.
// Constructed with an explicit path so tests can keep it in a temp folder.
class Settings final {
public:
    explicit Settings(const QString &filePath);
    Q_DISABLE_COPY_MOVE(Settings)

    // The default file, in the platform's per-user config folder.
    static QString defaultFilePath();

    QString filePath() const { return m_settings.fileName(); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString lastArea() const;
    void setLastArea(const QString &areaId);

    // Privacy (docs/ARCHITECTURE.md, "Privacy").
    static constexpr int kDefaultAutoLockMinutes = 5;
    static constexpr int kDefaultClipboardClearSeconds = 30;
    int autoLockMinutes() const; // 0 = never; clamped to 0..240
    void setAutoLockMinutes(int minutes);
    bool lockOnMinimize() const;
    void setLockOnMinimize(bool lock);
    // After a quick exit: quit (default), or stay running, hidden and locked.
    bool quickExitQuits() const;
    void setQuickExitQuits(bool quits);
    QString quickExitShortcut() const; // portable QKeySequence text; empty = the default
    void setQuickExitShortcut(const QString &sequence);
    bool discreetMode() const;
    void setDiscreetMode(bool discreet);
    int clipboardClearSeconds() const; // clamped to 5..600
    void setClipboardClearSeconds(int seconds);

    // General.
    // A language code ("en", "de", "es"), or empty to follow the system.
    // Unknown codes read as empty.
    QString language() const;
    void setLanguage(const QString &code);
    static bool isKnownLanguage(const QString &code);
    // "system" (default), "light" or "dark"; anything else reads as "system".
    QString theme() const;
    void setTheme(const QString &key);
    // Where the person lives, for the emergency number shown before a vault is
    // open and for a new safety plan (a saved plan keeps its own region).
    // Until chosen: guessed from `locale`'s territory (regionFor).
    Region region(const QLocale &locale = QLocale::system()) const;
    bool hasRegion() const;
    void setRegion(Region region);
    static Region regionFor(QLocale::Territory territory);

    // The weekly check-in reminder: off by default. Weekday 1 (Monday) to 7
    // (Sunday), clamped; the time to the minute, 19:00 until chosen.
    static constexpr int kDefaultReminderWeekday = 7;
    static constexpr int kDefaultReminderHour = 19;
    bool reminderEnabled() const;
    void setReminderEnabled(bool enabled);
    int reminderWeekday() const;
    void setReminderWeekday(int weekday);
    QTime reminderTime() const;
    void setReminderTime(QTime time);

    // The first-run welcome is shown until the person continues past it once.
    bool welcomeSeen() const;
    void setWelcomeSeen(bool seen);

    void sync() { m_settings.sync(); }

private:
    QSettings m_settings;
};

} // namespace bearings
