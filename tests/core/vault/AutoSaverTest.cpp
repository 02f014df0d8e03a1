#include "FaultyVaultIo.h"
#include "VaultTestSupport.h"

#include "vault/AutoSaver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace bearings;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Timers need an application object; gtest_main does not make one.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "bearings_core_tests";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

void spin(std::chrono::milliseconds duration)
{
    QEventLoop loop;
    QTimer::singleShot(duration, &loop, &QEventLoop::quit);
    loop.exec();
}

class AutoSaverTest : public VaultFixture {
protected:
    void SetUp() override { ensureApplication(); }
};

} // namespace

TEST_F(AutoSaverTest, ABurstOfChangesIsOneSave)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    AutoSaver saver(*vault);
    int saves = 0;
    QObject::connect(vault.get(), &Vault::saved, vault.get(), [&] { ++saves; });
    for (int i = 0; i < 5; ++i)
        addPerson(vault->database(), u"Person %1"_s.arg(i));
    EXPECT_TRUE(saver.isPending());
    EXPECT_EQ(saves, 0);
    spin(AutoSaver::kDelay * 3);
    EXPECT_EQ(saves, 1);
    EXPECT_FALSE(saver.isPending());
    EXPECT_FALSE(vault->hasUnsavedChanges());
    auto opened = openVault();
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(people(opened.value()->database()).size(), 5);
    spin(AutoSaver::kDelay * 2);
    EXPECT_EQ(saves, 1); // nothing changed, nothing saved
}

TEST_F(AutoSaverTest, FlushNowSavesAtOnce)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    AutoSaver saver(*vault);
    addPerson(vault->database(), u"Quick"_s);
    ASSERT_TRUE(saver.isPending());
    ASSERT_TRUE(saver.flushNow().ok());
    EXPECT_FALSE(saver.isPending());
    EXPECT_FALSE(vault->hasUnsavedChanges());
    EXPECT_TRUE(saver.flushNow().ok()); // nothing to do
    vault->lock();
    EXPECT_TRUE(saver.flushNow().ok()); // locked: nothing to save, no error
}

TEST_F(AutoSaverTest, ReportsFailures)
{
    auto vault = createVault();
    ASSERT_TRUE(vault);
    FaultyVaultIo io;
    io.failAfterBytes = 0;
    vault->setIo(io);
    AutoSaver saver(*vault);
    QList<Error> errors;
    QObject::connect(&saver, &AutoSaver::saveFailed, &saver, [&](const Error &e) { errors << e; });
    addPerson(vault->database(), u"Stuck"_s);
    spin(AutoSaver::kDelay * 3);
    ASSERT_EQ(errors.size(), 1);
    EXPECT_EQ(errors.first().code, ErrorCode::Io);
    EXPECT_TRUE(vault->hasUnsavedChanges());
    io.reset();
    ASSERT_TRUE(saver.flushNow().ok());
    EXPECT_FALSE(vault->hasUnsavedChanges());
}
