#include "../core/vault/FaultyVaultIo.h"
#include "common/NoticeBar.h"
#include "common/Theme.h"
#include "journal/JournalPage.h"
#include "journal/JournalRepository.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "privacy/ClipboardGuard.h"
#include "privacy/InactivityTimer.h"
#include "relationships/RelationshipRepository.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "vault/Vault.h"
#include "vault/VaultGate.h"
#include "vault/VaultSession.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bearings;
using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
// Creating and unlocking run the real key derivation (about half a second
// each, more under sanitizers).
constexpr int kKdfTimeoutMs = 60000;
const QString kPassphrase = u"quiet river morning"_s;
} // namespace

class TestVaultFlow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<AppController> m_app;

    QString vaultPath() const { return m_dir.filePath(u"data.vault"_s); }
    VaultGate *gate() const { return m_app->window().gate(); }
    QLineEdit *field(const QString &name) const { return gate()->findChild<QLineEdit *>(name); }
    QLabel *gateError() const { return gate()->findChild<QLabel *>(u"gateError"_s); }

    void typeAndSubmit(const QString &passphrase, const QString &repeat = {})
    {
        field(u"passphrase"_s)->setText(passphrase);
        if (!repeat.isNull())
            field(u"passphraseRepeat"_s)->setText(repeat);
        QTest::mouseClick(gate()->findChild<QPushButton *>(u"gateSubmit"_s), Qt::LeftButton);
    }

    bool waitUnlocked() const
    {
        return QTest::qWaitFor(
            [this] { return m_app->session().state() == VaultSession::State::Unlocked; }, kKdfTimeoutMs);
    }
    bool waitSettled() const
    {
        return QTest::qWaitFor(
            [this] { return m_app->session().state() != VaultSession::State::Working; }, kKdfTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Theme::apply(*qApp, Theme::Mode::Light);
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_settings->setQuickExitQuits(false); // keep the test process running
        m_app = std::make_unique<AppController>(*m_settings, vaultPath());
        m_app->start();
        QVERIFY(QTest::qWaitForWindowExposed(&m_app->window()));
    }

    void firstRunAsksToCreateAVault()
    {
        // The welcome comes first, once; continuing leads to the gate.
        QVERIFY(m_app->window().isShowingWelcome());
        QVERIFY(!m_settings->welcomeSeen());
        QTest::mouseClick(m_app->window().findChild<QPushButton *>(u"welcomeContinue"_s), Qt::LeftButton);
        QVERIFY(m_settings->welcomeSeen());
        QVERIFY(m_app->window().isShowingGate());
        QCOMPARE(gate()->mode(), VaultGate::Mode::Create);
        QVERIFY(field(u"passphraseRepeat"_s)->isVisible());
        QVERIFY(!QFile::exists(vaultPath()));
    }

    void createRefusesShortOrMismatchedPassphrases()
    {
        typeAndSubmit(u"short"_s, u"short"_s);
        QVERIFY(gateError()->isVisible());
        QVERIFY(gateError()->text().contains(u"at least 8"_s));
        typeAndSubmit(kPassphrase, u"quiet river evening"_s);
        QVERIFY(gateError()->text().contains(u"different"_s));
        QCOMPARE(m_app->session().state(), VaultSession::State::Locked);
        QVERIFY(!QFile::exists(vaultPath()));
    }

    void createOpensTheWorkspace()
    {
        typeAndSubmit(kPassphrase, kPassphrase);
        QVERIFY(gate()->isBusy());
        QVERIFY(waitUnlocked());
        QVERIFY(!m_app->window().isShowingGate());
        QVERIFY(QFile::exists(vaultPath()));
        // Nothing typed stays in the fields.
        QVERIFY(field(u"passphrase"_s)->text().isEmpty());
    }

    void changesAreSavedAutomatically()
    {
        QSignalSpy saved(&m_app->session(), &VaultSession::saved);
        Relationship r;
        r.name = u"Sam"_s;
        r.kind = RelationshipKind::Friend;
        QVERIFY(RelationshipRepository(*m_app->session().database()).add(r).ok());
        QVERIFY(saved.wait(5000));
        QVERIFY(!m_app->session().vault()->hasUnsavedChanges());
    }

    void lockDropsTheDataAndShowsTheGate()
    {
        auto *custom = new QLabel(u"page holding data"_s);
        m_app->window().setPage(Area::Journal, custom);
        QPointer<QLabel> guard(custom);
        QVERIFY(m_app->lock());
        QCOMPARE(m_app->session().state(), VaultSession::State::Locked);
        QVERIFY(m_app->session().database() == nullptr);
        QVERIFY(m_app->window().isShowingGate());
        QCOMPARE(gate()->mode(), VaultGate::Mode::Unlock);
        QTRY_VERIFY(guard.isNull()); // the page that held data is gone
    }

    void wrongPassphraseSaysSoAndChangesNothing()
    {
        const QByteArray before = [this] {
            QFile f(vaultPath());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        typeAndSubmit(u"not my passphrase"_s);
        QVERIFY(waitSettled());
        QCOMPARE(m_app->session().state(), VaultSession::State::Locked);
        QVERIFY(gateError()->isVisible());
        QVERIFY(gateError()->text().contains(u"passphrase"_s, Qt::CaseInsensitive));
        QFile f(vaultPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void unlockBringsTheDataBack()
    {
        typeAndSubmit(kPassphrase);
        QVERIFY(waitUnlocked());
        auto list = RelationshipRepository(*m_app->session().database()).list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().name, u"Sam"_s);

        // The journal waits behind the Overview; opened, it lists what was
        // written meanwhile.
        m_app->window().setCurrentArea(Area::Dashboard);
        auto *journal = qobject_cast<JournalPage *>(m_app->window().page(Area::Journal));
        QVERIFY(journal);
        JournalEntry e;
        e.relationshipId = list->first().id;
        e.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        e.note = u"Coffee, it went well"_s;
        QVERIFY(JournalRepository(*m_app->session().database()).add(e).ok());
        QVERIFY(journal->entries().isEmpty());
        m_app->window().setCurrentArea(Area::Journal);
        QTRY_COMPARE(journal->entries().size(), 1);
        QCOMPARE(journal->entries().first().note, u"Coffee, it went well"_s);
    }

    void quickExitHidesLocksAndClearsTheClipboard()
    {
        m_app->clipboard().copy(u"I need you to stop calling me at work."_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"I need you to stop calling me at work."_s);
        QVERIFY(m_app->window().isVisible());
        m_app->quickExit();
        QVERIFY(!m_app->window().isVisible());
        QCOMPARE(m_app->session().state(), VaultSession::State::Locked);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        m_app->reveal();
        QVERIFY(m_app->window().isVisible());
        QVERIFY(m_app->window().isShowingGate());
    }

    void quickExitButtonOnTheGateWorksToo()
    {
        QTest::mouseClick(gate()->findChild<QPushButton *>(u"gateQuickExit"_s), Qt::LeftButton);
        QVERIFY(!m_app->window().isVisible());
        m_app->reveal();
    }

    void idleLocks()
    {
        typeAndSubmit(kPassphrase);
        QVERIFY(waitUnlocked());
        m_app->idleTimer().setInterval(300);
        QTRY_COMPARE_WITH_TIMEOUT(m_app->session().state(), VaultSession::State::Locked, 5000);
        QVERIFY(m_app->window().isShowingGate());
        // Back to a long interval, or the next unlock (slow under the
        // sanitizers) would lock again before the next test looks.
        m_app->idleTimer().setInterval(60 * 60 * 1000);
    }

    void damagedVaultOffersTheBackup()
    {
        // Two saves so a backup exists, then damage the main file.
        typeAndSubmit(kPassphrase);
        QVERIFY(waitUnlocked());
        Relationship r;
        r.name = u"Robin"_s;
        QVERIFY(RelationshipRepository(*m_app->session().database()).add(r).ok());
        QVERIFY(m_app->session().saveNow().ok());
        QVERIFY(m_app->lock());
        QVERIFY(QFile::exists(Vault::backupPath(vaultPath())));
        {
            QFile f(vaultPath());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() / 2);
            f.write("damage damage damage");
        }
        typeAndSubmit(kPassphrase);
        QVERIFY(waitSettled());
        QCOMPARE(m_app->session().state(), VaultSession::State::Locked);
        auto *backup = gate()->findChild<QPushButton *>(u"openBackup"_s);
        QVERIFY(backup->isVisible());
        QVERIFY(gateError()->text().contains(u"damaged"_s, Qt::CaseInsensitive));
        field(u"passphrase"_s)->setText(kPassphrase);
        QTest::mouseClick(backup, Qt::LeftButton);
        QVERIFY(waitUnlocked());
        auto list = RelationshipRepository(*m_app->session().database()).list();
        QVERIFY(list.ok());
        QVERIFY(list->size() >= 1);
    }

    void saveProblemsShowANoticeAndKeepTheData()
    {
        // The disk fills up: the next save fails part-way.
        test::FaultyVaultIo io;
        io.failAfterBytes = 100;
        io.reportDiskFull = true;
        m_app->session().vault()->setIo(io);
        Relationship r;
        r.name = u"Kit"_s;
        QVERIFY(RelationshipRepository(*m_app->session().database()).add(r).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window().notice()->isVisible(), 5000);
        QVERIFY(m_app->window().notice()->message().contains(u"still here"_s));
        QCOMPARE(m_app->session().state(), VaultSession::State::Unlocked);
        QVERIFY(m_app->session().vault()->hasUnsavedChanges());
        QVERIFY(RelationshipRepository(*m_app->session().database()).list()->size() >= 2);

        // Space is freed; "Try again" saves.
        io.reset();
        QTest::mouseClick(m_app->window().notice()->findChild<QPushButton *>(u"noticeAction"_s), Qt::LeftButton);
        QTRY_VERIFY(m_app->window().notice()->message().contains(u"Saved"_s));
        QVERIFY(!m_app->session().vault()->hasUnsavedChanges());
        QVERIFY(m_app->lock());
        // The vault on disk now holds Kit.
        auto reopened = Vault::open(vaultPath(), kPassphrase);
        QVERIFY(reopened.ok());
        auto names = RelationshipRepository(reopened.value()->database()).list();
        QVERIFY(std::any_of(names->cbegin(), names->cend(), [](const Relationship &x) { return x.name == u"Kit"_s; }));
    }

    void aFileChangedElsewhereOffersToKeepMyVersion()
    {
        typeAndSubmit(kPassphrase);
        QVERIFY(waitUnlocked());
        // Another program puts the backup (an older save) in the vault's place.
        const QString backup = Vault::backupPath(vaultPath());
        QVERIFY(QFile::remove(vaultPath()));
        QVERIFY(QFile::copy(backup, vaultPath()));
        Relationship r;
        r.name = u"Noor"_s;
        QVERIFY(RelationshipRepository(*m_app->session().database()).add(r).ok());
        QTRY_VERIFY_WITH_TIMEOUT(m_app->window().notice()->isVisible(), 5000);
        QVERIFY(m_app->window().notice()->message().contains(u"changed by another program"_s));
        auto *action = m_app->window().notice()->findChild<QPushButton *>(u"noticeAction"_s);
        QCOMPARE(action->text(), u"Keep my version"_s);
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_VERIFY(m_app->window().notice()->message().contains(u"Saved"_s));
        QVERIFY(m_app->lock());
        auto reopened = Vault::open(vaultPath(), kPassphrase);
        QVERIFY(reopened.ok());
        auto names = RelationshipRepository(reopened.value()->database()).list();
        QVERIFY(std::any_of(names->cbegin(), names->cend(), [](const Relationship &x) { return x.name == u"Noor"_s; }));
    }

    void cleanupTestCase()
    {
        m_app.reset();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestVaultFlow)
#include "tst_vaultflow.moc"
