#include "settings/Settings.h"

#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

TEST(Settings, PersistsAcrossInstances)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    {
        Settings s(path);
        EXPECT_TRUE(s.windowGeometry().isEmpty());
        EXPECT_TRUE(s.lastArea().isEmpty());
        s.setWindowGeometry(QByteArray("\x01\x02\xff", 3));
        s.setLastArea(u"journal"_s);
        s.sync();
    }
    Settings reopened(path);
    EXPECT_EQ(reopened.windowGeometry(), QByteArray("\x01\x02\xff", 3));
    EXPECT_EQ(reopened.lastArea(), u"journal"_s);
    EXPECT_EQ(reopened.filePath(), path);
}

TEST(Settings, DefaultPathEndsInTheAppConfigFolder)
{
    const QString path = Settings::defaultFilePath();
    EXPECT_TRUE(path.endsWith(u"/settings.ini"_s)) << path.toStdString();
}

TEST(Settings, PrivacyDefaultsAreSafeAndValuesAreClamped)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"privacy.ini"_s);
    {
        Settings s(path);
        EXPECT_EQ(s.autoLockMinutes(), 5);
        EXPECT_FALSE(s.lockOnMinimize());
        EXPECT_TRUE(s.quickExitQuits());
        EXPECT_FALSE(s.discreetMode());
        EXPECT_EQ(s.clipboardClearSeconds(), 30);
        EXPECT_TRUE(s.quickExitShortcut().isEmpty());
        s.setAutoLockMinutes(100000);
        s.setClipboardClearSeconds(1);
        s.setLockOnMinimize(true);
        s.setQuickExitQuits(false);
        s.setDiscreetMode(true);
        s.setQuickExitShortcut(u"Ctrl+Alt+H"_s);
        s.sync();
    }
    Settings s(path);
    EXPECT_EQ(s.autoLockMinutes(), 240);
    EXPECT_EQ(s.clipboardClearSeconds(), 5);
    EXPECT_TRUE(s.lockOnMinimize());
    EXPECT_FALSE(s.quickExitQuits());
    EXPECT_TRUE(s.discreetMode());
    EXPECT_EQ(s.quickExitShortcut(), u"Ctrl+Alt+H"_s);
}

TEST(Settings, GeneralDefaultsFollowTheSystemAndUnknownValuesAreIgnored)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"general.ini"_s);
    {
        Settings s(path);
        EXPECT_TRUE(s.language().isEmpty());
        EXPECT_EQ(s.theme(), u"system"_s);
        EXPECT_FALSE(s.hasRegion());
        EXPECT_EQ(s.region(QLocale(QLocale::German, QLocale::Germany)), Region::EuropeanUnion);
        EXPECT_EQ(s.region(QLocale(QLocale::English, QLocale::UnitedStates)), Region::UnitedStates);
        EXPECT_EQ(s.region(QLocale(QLocale::Japanese, QLocale::Japan)), Region::Other);
        EXPECT_FALSE(s.welcomeSeen());
        s.setLanguage(u"de"_s);
        s.setTheme(u"dark"_s);
        s.setRegion(Region::UnitedKingdom);
        s.setWelcomeSeen(true);
        s.sync();
    }
    {
        Settings s(path);
        EXPECT_EQ(s.language(), u"de"_s);
        EXPECT_EQ(s.theme(), u"dark"_s);
        EXPECT_TRUE(s.hasRegion());
        // A chosen region wins over the locale's.
        EXPECT_EQ(s.region(QLocale(QLocale::English, QLocale::UnitedStates)), Region::UnitedKingdom);
        EXPECT_TRUE(s.welcomeSeen());
        s.setLanguage(u"klingon"_s);
        s.setTheme(u"purple"_s);
        EXPECT_TRUE(s.language().isEmpty());
        EXPECT_EQ(s.theme(), u"system"_s);
    }
    // Values edited by hand into the file are read safely too.
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(u"appearance/language"_s, u"xx"_s);
        raw.setValue(u"appearance/theme"_s, u"neon"_s);
        raw.setValue(u"emergency/region"_s, u"mars"_s);
    }
    Settings s(path);
    EXPECT_TRUE(s.language().isEmpty());
    EXPECT_EQ(s.theme(), u"system"_s);
    EXPECT_FALSE(s.hasRegion());
    EXPECT_EQ(s.region(QLocale(QLocale::English, QLocale::Australia)), Region::Australia);
}

TEST(Settings, RegionGuessFromTheTerritory)
{
    EXPECT_EQ(Settings::regionFor(QLocale::Canada), Region::Canada);
    EXPECT_EQ(Settings::regionFor(QLocale::UnitedKingdom), Region::UnitedKingdom);
    EXPECT_EQ(Settings::regionFor(QLocale::Spain), Region::EuropeanUnion);
    EXPECT_EQ(Settings::regionFor(QLocale::Norway), Region::EuropeanUnion); // 112 there too
    EXPECT_EQ(Settings::regionFor(QLocale::Mexico), Region::Other);
    EXPECT_EQ(Settings::regionFor(QLocale::AnyTerritory), Region::Other);
}

TEST(Settings, ReminderIsOffByDefaultAndClamped)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"reminder.ini"_s);
    {
        Settings s(path);
        EXPECT_FALSE(s.reminderEnabled());
        EXPECT_EQ(s.reminderWeekday(), Settings::kDefaultReminderWeekday);
        EXPECT_EQ(s.reminderTime(), QTime(Settings::kDefaultReminderHour, 0));
        s.setReminderEnabled(true);
        s.setReminderWeekday(12);
        s.setReminderTime(QTime(8, 45, 31));
        s.sync();
    }
    {
        Settings s(path);
        EXPECT_TRUE(s.reminderEnabled());
        EXPECT_EQ(s.reminderWeekday(), 7);
        EXPECT_EQ(s.reminderTime(), QTime(8, 45)); // to the minute
        s.setReminderWeekday(-3);
        EXPECT_EQ(s.reminderWeekday(), 1);
        s.setReminderTime(QTime());
        EXPECT_EQ(s.reminderTime(), QTime(Settings::kDefaultReminderHour, 0));
    }
    {
        QSettings raw(path, QSettings::IniFormat);
        raw.setValue(u"reminders/time"_s, u"25:99"_s);
        raw.setValue(u"reminders/weekday"_s, u"Friday"_s);
    }
    Settings s(path);
    EXPECT_EQ(s.reminderTime(), QTime(Settings::kDefaultReminderHour, 0));
    EXPECT_GE(s.reminderWeekday(), 1);
    EXPECT_LE(s.reminderWeekday(), 7);
}
