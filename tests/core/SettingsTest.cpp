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
