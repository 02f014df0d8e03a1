#include "settings/Settings.h"

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
