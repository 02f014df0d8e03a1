#pragma once

#include "common/Clock.h"
#include "storage/Database.h"

#include <gtest/gtest.h>

#include <memory>

namespace bearings::test {

// A fresh in-memory database with a clock the test controls.
// Starts on Monday 2 March 2026, 09:00 local time.
class DatabaseTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        auto opened = Database::openNew(clock);
        ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
        db = std::move(opened).value();
    }

    // Serializes and reloads the database, as a save and unlock would.
    std::unique_ptr<Database> reload() const
    {
        auto image = db->toImage();
        EXPECT_TRUE(image.ok());
        auto loaded = Database::fromImage(image.value(), clock);
        EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? std::string() : loaded.error().detail.toStdString());
        return loaded.ok() ? std::move(loaded).value() : nullptr;
    }

    ManualClock clock {QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    std::unique_ptr<Database> db;
};

} // namespace bearings::test

// Readable failure output for Qt strings in gtest assertions.
#include <QString>
#include <ostream>
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE
