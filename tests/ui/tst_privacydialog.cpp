#include "common/Theme.h"
#include "desktop/SettingsDialog.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "privacy/LockingPage.h"
#include "privacy/QuickExitGesture.h"
#include "settings/Settings.h"
#include "vault/Vault.h"
#include "vault/VaultSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace bearings;
using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPassphrase = u"quiet river morning"_s;
const QString kNewPassphrase = u"lantern over the hill"_s;
} // namespace

class TestPrivacyDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString vaultPath() const { return m_dir.filePath(u"data.vault"_s); }
    QString lockDir() const { return m_dir.filePath(u"lock"_s); }

    template<typename T> static T *child(const QWidget &parent, const QString &name)
    {
        T *widget = parent.findChild<T *>(name);
        if (!widget)
            qWarning("missing child %s", qPrintable(name));
        return widget;
    }

    static void clickOk(SettingsDialog &dialog)
    {
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsOk"_s), Qt::LeftButton);
    }

    static void changePassphrase(
        SettingsDialog &dialog, const QString &current, const QString &next, const QString &repeat)
    {
        child<QLineEdit>(dialog, u"currentPassphrase"_s)->setText(current);
        child<QLineEdit>(dialog, u"newPassphrase"_s)->setText(next);
        child<QLineEdit>(dialog, u"newPassphraseRepeat"_s)->setText(repeat);
        QTest::mouseClick(child<QPushButton>(dialog, u"changePassphrase"_s), Qt::LeftButton);
    }

    static QString message(const SettingsDialog &dialog)
    {
        auto *label = child<QLabel>(dialog, u"passphraseMessage"_s);
        return label->isHidden() ? QString() : label->text();
    }

    std::unique_ptr<Vault> makeVault()
    {
        QFile::remove(vaultPath());
        QFile::remove(Vault::backupPath(vaultPath()));
        auto vault = Vault::create(vaultPath(), kPassphrase, Clock::system(), KdfParams::insecureForTests());
        if (!vault.ok())
            return nullptr;
        return std::move(vault).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void settingsLoadIntoTheControls()
    {
        Settings settings(m_dir.filePath(u"load.ini"_s));
        settings.setAutoLockMinutes(12);
        settings.setLockOnMinimize(true);
        settings.setQuickExitQuits(false);
        settings.setQuickExitShortcut(u"Ctrl+Alt+H"_s);
        settings.setDiscreetMode(true);
        settings.setClipboardClearSeconds(45);
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        QCOMPARE(child<QSpinBox>(dialog, u"autoLockMinutes"_s)->value(), 12);
        QVERIFY(child<QCheckBox>(dialog, u"lockOnMinimize"_s)->isChecked());
        QVERIFY(!child<QRadioButton>(dialog, u"quickExitQuits"_s)->isChecked());
        QVERIFY(child<QRadioButton>(dialog, u"quickExitStays"_s)->isChecked());
        QCOMPARE(child<QKeySequenceEdit>(dialog, u"quickExitShortcut"_s)->keySequence(),
            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
        QVERIFY(child<QCheckBox>(dialog, u"discreetMode"_s)->isChecked());
        QCOMPARE(child<QSpinBox>(dialog, u"clipboardClearSeconds"_s)->value(), 45);
        QCOMPARE(child<QSpinBox>(dialog, u"autoLockMinutes"_s)->minimum(), 0);
        QCOMPARE(child<QSpinBox>(dialog, u"autoLockMinutes"_s)->maximum(), 240);
    }

    void defaultsShowShiftEscape()
    {
        Settings settings(m_dir.filePath(u"defaults.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        QCOMPARE(child<QKeySequenceEdit>(dialog, u"quickExitShortcut"_s)->keySequence(),
            QuickExitGesture::defaultShortcut());
        QCOMPARE(child<QSpinBox>(dialog, u"autoLockMinutes"_s)->value(), Settings::kDefaultAutoLockMinutes);
        QVERIFY(child<QRadioButton>(dialog, u"quickExitQuits"_s)->isChecked());
    }

    void okSavesTheChoices()
    {
        Settings settings(m_dir.filePath(u"save.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(dialog, u"autoLockMinutes"_s)->setValue(0);
        child<QCheckBox>(dialog, u"lockOnMinimize"_s)->setChecked(true);
        // A radio button takes clicks on its circle and label, not across its whole width.
        auto *stays = child<QRadioButton>(dialog, u"quickExitStays"_s);
        QTest::mouseClick(stays, Qt::LeftButton, {}, QPoint(8, stays->height() / 2));
        QVERIFY(stays->isChecked());
        child<QKeySequenceEdit>(dialog, u"quickExitShortcut"_s)->setKeySequence(QKeySequence(Qt::CTRL | Qt::Key_F9));
        child<QCheckBox>(dialog, u"discreetMode"_s)->setChecked(true);
        child<QSpinBox>(dialog, u"clipboardClearSeconds"_s)->setValue(120);
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        Settings reread(settings.filePath());
        QCOMPARE(reread.autoLockMinutes(), 0);
        QVERIFY(reread.lockOnMinimize());
        QVERIFY(!reread.quickExitQuits());
        QCOMPARE(QKeySequence::fromString(reread.quickExitShortcut(), QKeySequence::PortableText),
            QKeySequence(Qt::CTRL | Qt::Key_F9));
        QVERIFY(reread.discreetMode());
        QCOMPARE(reread.clipboardClearSeconds(), 120);
    }

    void resetRestoresTheDefaultShortcut()
    {
        Settings settings(m_dir.filePath(u"reset.ini"_s));
        settings.setQuickExitShortcut(u"Ctrl+F9"_s);
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, u"resetQuickExitShortcut"_s), Qt::LeftButton);
        QCOMPARE(child<QKeySequenceEdit>(dialog, u"quickExitShortcut"_s)->keySequence(),
            QuickExitGesture::defaultShortcut());
        clickOk(dialog);
        QVERIFY(Settings(settings.filePath()).quickExitShortcut().isEmpty()); // empty = the default
    }

    void cancelChangesNothing()
    {
        Settings settings(m_dir.filePath(u"cancel.ini"_s));
        settings.setAutoLockMinutes(7);
        settings.sync();
        QFile before(settings.filePath());
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();

        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QSpinBox>(dialog, u"autoLockMinutes"_s)->setValue(99);
        child<QCheckBox>(dialog, u"discreetMode"_s)->setChecked(true);
        child<QSpinBox>(dialog, u"clipboardClearSeconds"_s)->setValue(300);
        QTest::mouseClick(child<QPushButton>(dialog, u"settingsCancel"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        QCOMPARE(settings.autoLockMinutes(), 7);
        QVERIFY(!settings.discreetMode());
        QCOMPARE(settings.clipboardClearSeconds(), Settings::kDefaultClipboardClearSeconds);
        settings.sync();
        QFile after(settings.filePath());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void multiKeyShortcutIsRefused()
    {
        Settings settings(m_dir.filePath(u"multikey.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(SettingsDialog::Tab::Traces);
        auto *edit = child<QKeySequenceEdit>(dialog, u"quickExitShortcut"_s);
        edit->setKeySequence(QKeySequence(Qt::CTRL | Qt::Key_K, Qt::CTRL | Qt::Key_Q));
        clickOk(dialog);
        // Still open, on the Locking tab, saying why; nothing saved.
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::Locking));
        auto *problem = child<QLabel>(dialog, u"shortcutMessage"_s);
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"single key combination"_s));
        QVERIFY(settings.quickExitShortcut().isEmpty());
        QVERIFY(!QFile::exists(settings.filePath()));

        // A typing key alone is refused too; one combination is fine.
        QVERIFY(!LockingPage::shortcutProblem(QKeySequence(Qt::Key_A)).isEmpty());
        QVERIFY(!LockingPage::shortcutProblem(QKeySequence(Qt::SHIFT | Qt::Key_Return)).isEmpty());
        QVERIFY(LockingPage::shortcutProblem(QKeySequence(Qt::SHIFT | Qt::Key_Escape)).isEmpty());
        QVERIFY(LockingPage::shortcutProblem(QKeySequence(Qt::Key_F12)).isEmpty());

        edit->setKeySequence(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H));
        QVERIFY(!problem->isVisibleTo(&dialog));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(Settings(settings.filePath()).quickExitShortcut(),
            QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H).toString(QKeySequence::PortableText));
    }

    void passphraseChangeChecksItsInput()
    {
        auto vault = makeVault();
        QVERIFY(vault);
        Settings settings(m_dir.filePath(u"pass.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), vault.get(), lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(SettingsDialog::Tab::Passphrase);

        changePassphrase(dialog, u"not my passphrase"_s, kNewPassphrase, kNewPassphrase);
        QVERIFY2(message(dialog).contains(u"not right"_s), qPrintable(message(dialog)));
        QVERIFY(dialog.isVisible());

        changePassphrase(dialog, kPassphrase, kNewPassphrase, u"lantern over the hills"_s);
        QVERIFY2(message(dialog).contains(u"different"_s), qPrintable(message(dialog)));
        QVERIFY(child<QLineEdit>(dialog, u"newPassphraseRepeat"_s)->text().isEmpty());

        changePassphrase(dialog, kPassphrase, u"short"_s, u"short"_s);
        QVERIFY2(message(dialog).contains(u"at least 8"_s), qPrintable(message(dialog)));

        changePassphrase(dialog, {}, kNewPassphrase, kNewPassphrase);
        QVERIFY2(message(dialog).contains(u"current passphrase"_s), qPrintable(message(dialog)));

        // None of that touched the vault.
        vault.reset();
        QVERIFY(Vault::open(vaultPath(), kPassphrase).ok());
    }

    void passphraseChangeReencryptsTheVault()
    {
        auto vault = makeVault();
        QVERIFY(vault);
        QVERIFY(vault->save().ok()); // a second save leaves a backup
        QVERIFY(QFile::exists(Vault::backupPath(vaultPath())));
        Settings settings(m_dir.filePath(u"pass2.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), vault.get(), lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(SettingsDialog::Tab::Passphrase);

        changePassphrase(dialog, kPassphrase, kNewPassphrase, kNewPassphrase);
        QVERIFY2(message(dialog).contains(u"changed"_s), qPrintable(message(dialog)));
        for (const QString &name : {u"currentPassphrase"_s, u"newPassphrase"_s, u"newPassphraseRepeat"_s}) {
            QVERIFY(child<QLineEdit>(dialog, name)->text().isEmpty());
            QVERIFY(child<QLineEdit>(dialog, name)->isEnabled());
        }
        QVERIFY(dialog.isVisible());
        vault.reset();

        QVERIFY(Vault::open(vaultPath(), kNewPassphrase).ok());
        const auto old = Vault::open(vaultPath(), kPassphrase);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().code, ErrorCode::WrongPassphrase);
        QVERIFY(Vault::openBackup(vaultPath(), kNewPassphrase).ok());
        QVERIFY(!Vault::openBackup(vaultPath(), kPassphrase).ok());
    }

    void passphraseFormWaitsForAnOpenVault()
    {
        Settings settings(m_dir.filePath(u"locked.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        QVERIFY(!child<QPushButton>(dialog, u"changePassphrase"_s)->isEnabled());
        QVERIFY(!child<QLineEdit>(dialog, u"currentPassphrase"_s)->isEnabled());
        QVERIFY(message(dialog).contains(u"Unlock"_s));
    }

    void tracesListTheRealPaths()
    {
        auto vault = makeVault();
        QVERIFY(vault);
        Settings settings(m_dir.filePath(u"traces.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), vault.get(), lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(SettingsDialog::Tab::Traces);
        auto *browser = child<QTextBrowser>(dialog, u"tracesText"_s);
        QVERIFY(browser->isVisible());
        QVERIFY(browser->isReadOnly());
        QVERIFY(!browser->openExternalLinks());
        QVERIFY(!browser->openLinks());
        const QString text = browser->toPlainText();
        QVERIFY2(text.contains(QDir::toNativeSeparators(vaultPath())), qPrintable(text));
        QVERIFY(text.contains(QDir::toNativeSeparators(Vault::backupPath(vaultPath()))));
        QVERIFY(text.contains(QDir::toNativeSeparators(settings.filePath())));
        QVERIFY(text.contains(QDir::toNativeSeparators(QDir(lockDir()).filePath(u"session.lock"_s))));
        QVERIFY(text.contains(QDir::toNativeSeparators(QDir(lockDir()).filePath(u"wake"_s))));
        QVERIFY(text.contains(u"cannot hide"_s));
        QVERIFY(text.contains(u"task switcher"_s));
        QVERIFY(text.contains(u"Not encrypted"_s));
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        auto vault = makeVault();
        QVERIFY(vault);
        Settings settings(m_dir.filePath(u"a11y.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), vault.get(), lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        int checked = 0;
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            const auto widgets = dialog.findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&dialog))
                    continue;
                ++checked;
                QVERIFY2(!w->accessibleName().isEmpty(),
                    qPrintable(QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName()));
            }
        }
        QVERIFY(checked >= 12);
    }

    void keyboardReachesEveryTab()
    {
        Settings settings(m_dir.filePath(u"keys.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::Traces));
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::Passphrase));
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::Locking));
        // From inside a tab, Ctrl+Tab moves to the next one.
        auto *spin = child<QSpinBox>(dialog, u"autoLockMinutes"_s);
        spin->setFocus();
        QVERIFY(spin->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::Passphrase));
    }

    void mainWindowOpensTheDialogWhileUnlocked()
    {
        QFile::remove(vaultPath());
        QFile::remove(Vault::backupPath(vaultPath()));
        {
            auto created = Vault::create(vaultPath(), kPassphrase, Clock::system(), KdfParams::insecureForTests());
            QVERIFY(created.ok());
        }
        Settings settings(m_dir.filePath(u"app.ini"_s));
        settings.setQuickExitQuits(false);
        AppController app(settings, vaultPath());
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));

        // Locked: nothing opens.
        app.openSettings();
        QVERIFY(!app.settingsDialog());

        app.session().unlock(kPassphrase);
        QVERIFY(QTest::qWaitFor([&app] { return app.session().state() == VaultSession::State::Unlocked; }, 30000));
        auto *button = app.window().findChild<QPushButton *>(u"settings"_s);
        QVERIFY(button && button->isVisible() && !button->accessibleName().isEmpty());
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<SettingsDialog> dialog = app.settingsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isModal());
        child<QCheckBox>(*dialog, u"discreetMode"_s)->setChecked(true);
        clickOk(*dialog);
        QTRY_VERIFY(dialog.isNull());                     // deleted on close
        QCOMPARE(app.window().windowTitle(), u"Notes"_s); // applied at once

        // Ctrl+, opens it too; locking closes it without saving.
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));
        QTest::keyClick(&app.window(), Qt::Key_Comma, Qt::ControlModifier);
        dialog = app.settingsDialog();
        QVERIFY(dialog);
        child<QCheckBox>(*dialog, u"discreetMode"_s)->setChecked(false);
        QVERIFY(app.lock());
        QTRY_VERIFY(dialog.isNull());
        QVERIFY(settings.discreetMode());
    }

    // Run with BEARINGS_SCREENSHOT_DIR=docs/ to refresh the screenshots in docs/.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("BEARINGS_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("BEARINGS_SCREENSHOT_DIR is not set");
        // Real-looking paths: the app's name, the platform's folders, the
        // default settings file (read only: the dialog is never accepted).
        const QString testName = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(u"Bearings"_s);
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        const QString configDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        QCoreApplication::setApplicationName(testName);

        auto vault = makeVault();
        QVERIFY(vault);
        Settings settings(QDir(configDir).filePath(u"settings.ini"_s));
        SettingsDialog dialog(settings, QDir(dataDir).filePath(u"data.vault"_s), vault.get(), configDir);
        dialog.resize(660, 800); // whole tabs, whatever the offscreen screen's size
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<std::pair<SettingsDialog::Tab, QString>> tabs {{SettingsDialog::Tab::Locking, u"locking"_s},
            {SettingsDialog::Tab::Passphrase, u"passphrase"_s}, {SettingsDialog::Tab::Traces, u"traces"_s}};
        for (const auto &[tab, name] : tabs) {
            dialog.showTab(tab);
            QTest::qWait(50);
            const QString file = QDir(dir).filePath(u"screenshot-privacy-%1.png"_s.arg(name));
            QVERIFY2(dialog.grab().save(file), qPrintable(file));
        }
    }
};

QTEST_MAIN(TestPrivacyDialog)
#include "tst_privacydialog.moc"
