#include "exchange/FileIo.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

TEST(FileIo, WritesAtomicallyAndReadsBack)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.json"_s);
    ASSERT_TRUE(FileIo::writeAtomically(path, "first").ok());
    ASSERT_TRUE(FileIo::writeAtomically(path, "second").ok());
    auto read = FileIo::readAll(path, 1024);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value(), QByteArray("second"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList {u"out.json"_s}); // no temp file left
}

TEST(FileIo, RefusesFoldersMissingFilesAndOversizedFiles)
{
    QTemporaryDir dir;
    auto folder = FileIo::readAll(dir.path(), 1024);
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().code, ErrorCode::Io);
    auto missing = FileIo::readAll(dir.filePath(u"nope"_s), 1024);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::Io);
    const QString big = dir.filePath(u"big"_s);
    ASSERT_TRUE(FileIo::writeAtomically(big, QByteArray(2048, 'x')).ok());
    auto tooBig = FileIo::readAll(big, 1024);
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().code, ErrorCode::Invalid);
    EXPECT_FALSE(FileIo::writeAtomically(dir.path(), "x").ok());
}

TEST(FileIo, AFailedWriteLeavesTheOldFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keep.txt"_s);
    ASSERT_TRUE(FileIo::writeAtomically(path, "precious").ok());
    // A file inside a path whose parent is a file cannot be created.
    const Status s = FileIo::writeAtomically(path + u"/child"_s, "x");
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::Io);
    EXPECT_EQ(FileIo::readAll(path, 1024).value(), QByteArray("precious"));
}
