#include "UiTestSupport.h"
#include "bearings/Version.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "desktop/HelpContent.h"
#include "desktop/HelpDialog.h"
#include "desktop/Language.h"
#include "desktop/ReminderSchedule.h"
#include "desktop/TrayReminder.h"
#include "desktop/WelcomePage.h"
#include "mainwindow/AppController.h"
#include "mainwindow/Area.h"
#include "mainwindow/MainWindow.h"
#include "relationships/RelationshipRepository.h"
#include "settings/Settings.h"
#include "vault/Vault.h"
#include "vault/VaultSession.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeZone>

#include <algorithm>

using namespace bearings;
using namespace bearings::ui;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassphrase = u"quiet river morning"_s;
const QString kName = u"Sam Lindqvist"_s;

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

} // namespace

class TestDesktop : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool makeVault(const QString &path, bool withRelationship)
    {
        auto vault = Vault::create(path, kPassphrase, Clock::system(), KdfParams::insecureForTests());
        if (!vault.ok())
            return false;
        if (withRelationship) {
            Relationship r;
            r.name = kName;
            r.kind = RelationshipKind::Partner;
            if (!RelationshipRepository((*vault)->database()).add(r).ok())
                return false;
            if (!(*vault)->save().ok())
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    // --- When the reminder is due (a pure function) ---

    void nextOccurrence_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<int>("weekday");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QDateTime>("expected");
        // 2024-05-06 is a Monday.
        QTest::newRow("later today") << utc(2024, 5, 6, 10, 0) << 1 << QTime(19, 0) << utc(2024, 5, 6, 19, 0);
        QTest::newRow("exactly now: next week")
            << utc(2024, 5, 6, 19, 0) << 1 << QTime(19, 0) << utc(2024, 5, 13, 19, 0);
        QTest::newRow("just past: next week")
            << utc(2024, 5, 6, 19, 0, 30) << 1 << QTime(19, 0) << utc(2024, 5, 13, 19, 0);
        QTest::newRow("later this week") << utc(2024, 5, 6, 10, 0) << 4 << QTime(8, 15) << utc(2024, 5, 9, 8, 15);
        QTest::newRow("sunday") << utc(2024, 5, 6, 10, 0) << 7 << QTime(19, 0) << utc(2024, 5, 12, 19, 0);
        QTest::newRow("across a month end") << utc(2024, 5, 30, 12, 0) << 1 << QTime(9, 0) << utc(2024, 6, 3, 9, 0);
        QTest::newRow("midnight after sunday")
            << utc(2024, 5, 12, 23, 59) << 1 << QTime(0, 0) << utc(2024, 5, 13, 0, 0);
        QTest::newRow("seconds are dropped")
            << utc(2024, 5, 6, 10, 0) << 1 << QTime(19, 0, 45) << utc(2024, 5, 6, 19, 0);
        QTest::newRow("weekday below range is monday")
            << utc(2024, 5, 7, 10, 0) << 0 << QTime(19, 0) << utc(2024, 5, 13, 19, 0);
        QTest::newRow("weekday above range is sunday")
            << utc(2024, 5, 7, 10, 0) << 9 << QTime(19, 0) << utc(2024, 5, 12, 19, 0);
        QTest::newRow("across a year end") << utc(2024, 12, 30, 20, 0) << 1 << QTime(19, 0) << utc(2025, 1, 6, 19, 0);
    }

    void nextOccurrence()
    {
        QFETCH(QDateTime, now);
        QFETCH(int, weekday);
        QFETCH(QTime, time);
        QFETCH(QDateTime, expected);
        const QDateTime next = ReminderSchedule::nextOccurrence(now, weekday, time);
        QCOMPARE(next, expected);
        QCOMPARE(next.timeSpec(), Qt::UTC);
        QVERIFY(next > now);
    }

    void nextOccurrenceKeepsTheTimeZoneAcrossDaylightSaving()
    {
        const QTimeZone berlin("Europe/Berlin");
        if (!berlin.isValid())
            QSKIP("no time zone data for Europe/Berlin");
        // 2024-03-31 is a Sunday; clocks jump from 02:00 to 03:00.
        const QDateTime saturday(QDate(2024, 3, 30), QTime(12, 0), berlin);
        const QDateTime normal = ReminderSchedule::nextOccurrence(saturday, 7, QTime(19, 0));
        QCOMPARE(normal.date(), QDate(2024, 3, 31));
        QCOMPARE(normal.time(), QTime(19, 0));
        QCOMPARE(normal.timeZone(), berlin);
        QCOMPARE(saturday.secsTo(normal), qint64(30 * 3600)); // one hour fewer than 31
        // 02:30 does not exist that night: it is 03:30, after the jump.
        const QDateTime inGap = ReminderSchedule::nextOccurrence(saturday, 7, QTime(2, 30));
        QVERIFY(inGap.isValid());
        QCOMPARE(inGap.date(), QDate(2024, 3, 31));
        QCOMPARE(inGap.time(), QTime(3, 30));
        QVERIFY(inGap > saturday);
    }

    void nextOccurrenceOfNothing()
    {
        QVERIFY(!ReminderSchedule::nextOccurrence(QDateTime(), 1, QTime(19, 0)).isValid());
        QVERIFY(!ReminderSchedule::nextOccurrence(utc(2024, 5, 6, 10, 0), 1, QTime()).isValid());
    }

    // --- The tray reminder ---

    void reminderIsOffByDefault()
    {
        TrayReminder reminder;
        QVERIFY(!reminder.isEnabled());
        QVERIFY(!reminder.nextDue().isValid());
        QCOMPARE(reminder.remainingTime(), -1);
        QVERIFY(!reminder.isShowing());
    }

    void reminderWaitsForTheNextOccurrenceInSteps()
    {
        TrayReminder reminder;
        reminder.setClock([] { return utc(2024, 5, 6, 10, 0); });
        reminder.setSchedule(true, 1, QTime(19, 0));
        QCOMPARE(reminder.nextDue(), utc(2024, 5, 6, 19, 0));
        // Nine hours away, but it looks at the clock again well before that.
        QVERIFY(reminder.remainingTime() > 0);
        // (A coarse timer may settle up to 5% later than asked.)
        QVERIFY2(reminder.remainingTime() <= TrayReminder::kMaxWaitMsec * 21 / 20,
            qPrintable(QString::number(reminder.remainingTime())));
        reminder.setSchedule(false, 1, QTime(19, 0));
        QVERIFY(!reminder.nextDue().isValid());
        QCOMPARE(reminder.remainingTime(), -1);
    }

    void reminderFiresWhenDueThenWaitsAWeek()
    {
        // A clock that starts 300 ms before the reminder and runs in real time.
        const QDateTime start = utc(2024, 5, 6, 18, 59, 59).addMSecs(700);
        QElapsedTimer elapsed;
        elapsed.start();
        TrayReminder reminder;
        reminder.setClock([start, elapsed] { return start.addMSecs(elapsed.elapsed()); });
        QSignalSpy due(&reminder, &TrayReminder::due);
        reminder.setSchedule(true, 1, QTime(19, 0));
        QCOMPARE(reminder.nextDue(), utc(2024, 5, 6, 19, 0));
        QVERIFY(due.wait(5000));
        QCOMPARE(due.count(), 1);
        QCOMPARE(reminder.lastMessage(), u"Time for your weekly note"_s);
        QCOMPARE(reminder.lastTitle(), u"Bearings"_s);
        QCOMPARE(reminder.nextDue(), utc(2024, 5, 13, 19, 0));
        QTest::qWait(200);
        QCOMPARE(due.count(), 1); // once, not again and again
    }

    void reminderCatchesUpOnceAfterSleep()
    {
        QDateTime now = utc(2024, 5, 6, 10, 0);
        TrayReminder reminder;
        reminder.setClock([&now] { return now; });
        QSignalSpy due(&reminder, &TrayReminder::due);
        reminder.setSchedule(true, 1, QTime(19, 0));
        reminder.checkNow();
        QCOMPARE(due.count(), 0);
        // The computer slept through Monday evening and woke on Wednesday.
        now = utc(2024, 5, 8, 7, 30);
        reminder.checkNow();
        QCOMPARE(due.count(), 1);
        QCOMPARE(reminder.nextDue(), utc(2024, 5, 13, 19, 0));
        reminder.checkNow();
        QCOMPARE(due.count(), 1);
    }

    void reminderWordsAreNeutralAndDiscreet()
    {
        TrayReminder reminder;
        reminder.setDiscreet(true);
        reminder.remind();
        QCOMPARE(reminder.lastTitle(), u"Notes"_s);
        QCOMPARE(reminder.lastMessage(), TrayReminder::messageText());
        for (const QString &word : {u"Bearings"_s, u"relationship"_s, u"abuse"_s, u"safety"_s})
            QVERIFY2(!reminder.lastMessage().contains(word, Qt::CaseInsensitive), qPrintable(word));
        // No tray on the offscreen platform: nothing is shown, nothing breaks.
        QVERIFY(!reminder.isShowing());
    }

    void reminderNeverNamesAnyoneFromTheVault()
    {
        const QString vaultPath = m_dir.filePath(u"named.vault"_s);
        QVERIFY(makeVault(vaultPath, true));
        Settings settings(m_dir.filePath(u"named.ini"_s));
        settings.setQuickExitQuits(false);
        settings.setReminderEnabled(true);
        AppController app(settings, vaultPath);
        app.start();
        app.session().unlock(kPassphrase);
        QVERIFY(QTest::qWaitFor([&app] { return app.session().state() == VaultSession::State::Unlocked; }, 30000));
        QVERIFY(app.reminder().isEnabled());
        QVERIFY(app.reminder().nextDue().isValid());
        app.reminder().remind();
        const QString shown = app.reminder().lastTitle() + u' ' + app.reminder().lastMessage();
        QVERIFY2(!shown.contains(u"Sam"_s), qPrintable(shown));
        QVERIFY(!shown.contains(u"Lindqvist"_s));
        QCOMPARE(app.reminder().lastMessage(), u"Time for your weekly note"_s);
        // Clicking the reminder shows the window.
        app.window().hide();
        Q_EMIT app.reminder().activated();
        QVERIFY(app.window().isVisible());
        QVERIFY(app.lock());
    }

    // --- Help ---

    void helpCoversEveryAreaAndTheRealShortcuts()
    {
        const QKeySequence quickExit(Qt::SHIFT | Qt::Key_Escape);
        const QString html = HelpContent::html({quickExit, 5, Region::EuropeanUnion});
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        for (const Area area : kAllAreas)
            QVERIFY2(text.contains(AreaInfo::title(area)), qPrintable(AreaInfo::title(area)));
        for (const QKeySequence &sequence :
            {quickExit, QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                QKeySequence(QKeySequence::HelpContents), QKeySequence(Qt::CTRL | Qt::Key_1),
                QKeySequence(Qt::CTRL | Qt::Key_7), QKeySequence(QKeySequence::Print)})
            QVERIFY2(text.contains(keys(sequence)), qPrintable(keys(sequence)));
        QVERIFY(text.contains(u"Shift three times"_s));
        QVERIFY(text.contains(u"About Bearings"_s));
        QVERIFY(text.contains(QString::fromLatin1(kVersion)));
        QVERIFY(text.contains(u"Discreet mode"_s));
        QVERIFY(text.contains(u"clipboard"_s));
        // The welcome's words are here too.
        QVERIFY(text.contains(u"never connects to the internet"_s));
        QVERIFY(text.contains(u"library"_s));
        // Helplines: the region's emergency number and the default hotline.
        QVERIFY(text.contains(u"112"_s));
        QVERIFY(text.contains(u"1-800-799-7233"_s));
        QVERIFY(text.contains(u"1-800-787-3224"_s));
        // Nothing leads out of the document.
        QVERIFY(!html.contains(u"href"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"http"_s, Qt::CaseInsensitive));
        // Every topic has its anchor.
        const auto contents = HelpContent::contents();
        QCOMPARE(contents.size(), 3 + int(kAllAreas.size()) + 2);
        for (const HelpContent::Entry &entry : contents)
            QVERIFY2(html.contains(u"name=\"%1\""_s.arg(entry.anchor)), qPrintable(entry.anchor));
    }

    void helpNamesTheQuickExitShortcutInUse()
    {
        const QKeySequence custom(Qt::CTRL | Qt::ALT | Qt::Key_H);
        const auto list = HelpContent::shortcuts(custom);
        QVERIFY(std::any_of(
            list.begin(), list.end(), [&custom](const HelpContent::Shortcut &s) { return s.keys == keys(custom); }));
        QVERIFY(std::none_of(list.begin(), list.end(),
            [](const HelpContent::Shortcut &s) { return s.keys == keys(QKeySequence(Qt::SHIFT | Qt::Key_Escape)); }));
        // Somewhere else: no number is made up.
        QTextDocument document;
        document.setHtml(HelpContent::html({custom, 0, Region::Other}));
        QVERIFY(document.toPlainText().contains(u"local emergency number"_s));
        QVERIFY(!document.toPlainText().contains(u"call 911"_s));
    }

    void helpDialogShowsTopicsAndOpensNothing()
    {
        HelpDialog dialog({QKeySequence(Qt::SHIFT | Qt::Key_Escape), 5, Region::UnitedStates});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *browser = child<QTextBrowser>(&dialog, u"helpText"_s);
        QVERIFY(!browser->openLinks());
        QVERIFY(!browser->openExternalLinks());
        QVERIFY(browser->toPlainText().contains(u"911"_s));
        auto *topics = child<QListWidget>(&dialog, u"helpTopics"_s);
        QCOMPARE(topics->count(), int(HelpContent::contents().size()));
        QCOMPARE(dialog.windowTitle(), u"Help"_s);
        // Picking a topic further down scrolls the text; the first topic is at the top.
        dialog.showTopic(u"about"_s);
        const int top = browser->verticalScrollBar()->value();
        QVERIFY(top < 50);
        dialog.showTopic(u"helplines"_s);
        QVERIFY(browser->verticalScrollBar()->value() > top + 200);
        QCOMPARE(topics->currentItem()->text(), u"Helplines"_s);
        topics->setFocus();
        QTest::keyClick(topics, Qt::Key_Home);
        QCOMPARE(topics->currentRow(), 0);
        QCOMPARE(browser->verticalScrollBar()->value(), top);
        const QStringList missing = unnamedFocusable(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
    }

    // --- The first run ---

    void welcomeIsShownOnceBeforeTheFirstVault()
    {
        const QString vaultPath = m_dir.filePath(u"first.vault"_s);
        const QString settingsPath = m_dir.filePath(u"first.ini"_s);
        {
            Settings settings(settingsPath);
            settings.setQuickExitQuits(false);
            settings.setQuickExitShortcut(u"Ctrl+Alt+H"_s);
            AppController app(settings, vaultPath);
            app.start();
            QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
            QVERIFY(app.window().isShowingWelcome());
            WelcomePage *welcome = app.window().welcome();
            const QString text = welcome->text();
            QVERIFY2(text.contains(keys(QKeySequence(Qt::CTRL | Qt::Key_L))), qPrintable(text));
            QVERIFY(text.contains(keys(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_H)))); // the person's own keys
            QVERIFY(text.contains(u"Shift three times"_s));
            QVERIFY(text.contains(u"encrypted"_s));
            QVERIFY(text.contains(u"never connects to the internet"_s));
            QVERIFY(text.contains(u"monitoring software"_s));
            QVERIFY(text.contains(u"library"_s));
            QVERIFY(text.contains(u"browser history"_s));
            const QStringList missing = unnamedFocusable(welcome);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));

            // Nothing else is reachable from here: no lock, no settings.
            QTest::keyClick(&app.window(), Qt::Key_L, Qt::ControlModifier);
            QTest::keyClick(&app.window(), Qt::Key_Comma, Qt::ControlModifier);
            QVERIFY(!app.settingsDialog());
            QVERIFY(app.window().isShowingWelcome());

            QTest::mouseClick(child<QPushButton>(welcome, u"welcomeContinue"_s), Qt::LeftButton);
            QVERIFY(app.window().isShowingGate());
            QCOMPARE(app.window().gate()->mode(), VaultGate::Mode::Create);
            QVERIFY(Settings(settingsPath).welcomeSeen()); // on disk at once
        }
        // Next start, still without a vault: straight to the gate.
        Settings settings(settingsPath);
        AppController app(settings, vaultPath);
        app.start();
        QVERIFY(app.window().isShowingGate());
        QCOMPARE(app.window().gate()->mode(), VaultGate::Mode::Create);
    }

    void welcomeIsSkippedWhenAVaultExists()
    {
        const QString vaultPath = m_dir.filePath(u"existing.vault"_s);
        QVERIFY(makeVault(vaultPath, false));
        Settings settings(m_dir.filePath(u"existing.ini"_s));
        AppController app(settings, vaultPath);
        app.start();
        QVERIFY(app.window().isShowingGate());
        QCOMPARE(app.window().gate()->mode(), VaultGate::Mode::Unlock);
    }

    void welcomeQuickExitHidesTheWindow()
    {
        Settings settings(m_dir.filePath(u"welcomeexit.ini"_s));
        settings.setQuickExitQuits(false);
        AppController app(settings, m_dir.filePath(u"welcomeexit.vault"_s));
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QTest::mouseClick(child<QPushButton>(app.window().welcome(), u"welcomeQuickExit"_s), Qt::LeftButton);
        QVERIFY(!app.window().isVisible());
        QVERIFY(!settings.welcomeSeen());
    }

    void helpOpensFromTheWelcomeTheGateAndTheWorkspace()
    {
        const QString vaultPath = m_dir.filePath(u"help.vault"_s);
        Settings settings(m_dir.filePath(u"help.ini"_s));
        settings.setQuickExitQuits(false);
        AppController app(settings, vaultPath);
        app.start();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        app.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window()));

        // F1 on the welcome.
        QTest::keyClick(&app.window(), Qt::Key_F1);
        QPointer<HelpDialog> help = app.helpDialog();
        QVERIFY(help);
        QVERIFY(help->isVisible());
        QVERIFY(!help->isModal());
        help->close();
        QTRY_VERIFY(help.isNull());

        // The gate's Help button.
        QTest::mouseClick(child<QPushButton>(app.window().welcome(), u"welcomeContinue"_s), Qt::LeftButton);
        QVERIFY(makeVault(vaultPath, false));
        app.window().showGate(VaultGate::Mode::Unlock);
        auto *gateHelp = child<QPushButton>(app.window().gate(), u"gateHelp"_s);
        QVERIFY(gateHelp && gateHelp->isVisible() && !gateHelp->accessibleName().isEmpty());
        QTest::mouseClick(gateHelp, Qt::LeftButton);
        help = app.helpDialog();
        QVERIFY(help && help->isVisible());
        // Opening it again raises the same one.
        app.openHelp();
        QCOMPARE(app.helpDialog(), help.data());

        // The sidebar's Help button, once unlocked; the help stays open across a lock.
        app.session().unlock(kPassphrase);
        QVERIFY(QTest::qWaitFor([&app] { return app.session().state() == VaultSession::State::Unlocked; }, 30000));
        help->close();
        QTRY_VERIFY(help.isNull());
        auto *sidebarHelp = child<QPushButton>(&app.window(), u"help"_s);
        QVERIFY(sidebarHelp && sidebarHelp->isVisible());
        QTest::mouseClick(sidebarHelp, Qt::LeftButton);
        help = app.helpDialog();
        QVERIFY(help && help->isVisible());
        QVERIFY(app.lock());
        QVERIFY(help);
    }

    // --- The window's keys and buttons ---

    void settingsAndHelpButtonsInTheSidebar()
    {
        Settings settings(m_dir.filePath(u"buttons.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settingsSpy(&window, &MainWindow::settingsRequested);
        QSignalSpy helpSpy(&window, &MainWindow::helpRequested);
        auto *settingsButton = child<QPushButton>(&window, u"settings"_s);
        auto *helpButton = child<QPushButton>(&window, u"help"_s);
        QVERIFY(settingsButton && helpButton);
        QCOMPARE(settingsButton->accessibleName(), u"Settings"_s);
        QCOMPARE(helpButton->accessibleName(), u"Help"_s);
        QVERIFY(!settingsButton->icon().isNull());
        QVERIFY(!helpButton->icon().isNull());
        QTest::mouseClick(settingsButton, Qt::LeftButton);
        QTest::mouseClick(helpButton, Qt::LeftButton);
        QCOMPARE(settingsSpy.count(), 1);
        QCOMPARE(helpSpy.count(), 1);

        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settingsSpy.count(), 2);
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(helpSpy.count(), 2);
        // On the gate: help yes, settings no.
        window.showGate(VaultGate::Mode::Unlock);
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(settingsSpy.count(), 2);
        QTest::keyClick(&window, Qt::Key_F1);
        QCOMPARE(helpSpy.count(), 3);
    }

    // --- HiDPI icons and the language ---

    void iconsAreSharpAtAnyPixelRatio()
    {
        const QIcon icon = Icons::icon(u"help"_s);
        for (const qreal ratio : {1.0, 1.5, 2.0, 3.0}) {
            const QPixmap pixmap = icon.pixmap(QSize(20, 20), ratio);
            QCOMPARE(pixmap.devicePixelRatio(), ratio);
            QCOMPARE(pixmap.size(), QSize(qRound(20 * ratio), qRound(20 * ratio)));
            // Drawn at that size, not scaled up: something is painted.
            const QImage image = pixmap.toImage();
            int painted = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    painted += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            }
            QVERIFY(painted > 0);
        }
    }

    void languageFollowsTheSystemUnlessChosen()
    {
        const QLocale germany(QLocale::German, QLocale::Germany);
        QCOMPARE(Language::locale(QString(), germany), germany);
        QCOMPARE(Language::locale(u"de"_s, germany), germany);
        const QLocale english = Language::locale(u"en"_s, germany);
        QCOMPARE(english.language(), QLocale::English);
        const QLocale spanish = Language::locale(u"es"_s, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(spanish.language(), QLocale::Spanish);
        QCOMPARE(spanish.territory(), QLocale::UnitedStates); // es_US: dates as in the US
        const auto choices = Language::choices();
        QCOMPARE(choices.size(), 4);
        QVERIFY(choices.first().code.isEmpty());
        for (const Language::Choice &choice : choices)
            QVERIFY(choice.code.isEmpty() || Settings::isKnownLanguage(choice.code));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
