#include "common/Icons.h"
#include "privacy/ClipboardGuard.h"
#include "privacy/DiscreetMode.h"
#include "privacy/InactivityTimer.h"
#include "privacy/QuickExitGesture.h"
#include "privacy/SingleInstance.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

#include <memory>

using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// A shown top-level widget with a text field, so key presses have a focus widget to reach.
class TestWindow final : public QWidget {
public:
    TestWindow()
    {
        auto *layout = new QVBoxLayout(this);
        m_edit = new QLineEdit(this);
        layout->addWidget(m_edit);
        resize(200, 80);
    }
    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

bool showAndActivate(QWidget *widget)
{
    widget->show();
    widget->activateWindow();
    return QTest::qWaitForWindowActive(widget);
}

// An auto-repeated Shift press, which QTest cannot produce; delivered to the
// QWindow, where the gesture reads keys.
void sendAutoRepeatShift(QWidget *widget)
{
    QKeyEvent press(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier, QString(), true);
    QCoreApplication::sendEvent(widget->windowHandle(), &press);
}

} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // --- InactivityTimer ---------------------------------------------------

    void inactivityFiresOnceAfterSilence()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        InactivityTimer timer;
        timer.setInterval(200);
        QSignalSpy spy(&timer, &InactivityTimer::inactive);
        timer.setActive(true);
        QVERIFY(timer.isActive());
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
        // One stretch of silence, one signal.
        QTest::qWait(500);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(timer.remainingTime(), -1);
    }

    void keyPressesKeepItAlive()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        InactivityTimer timer;
        timer.setInterval(400);
        QSignalSpy spy(&timer, &InactivityTimer::inactive);
        timer.setActive(true);
        for (int i = 0; i < 8; ++i) { // 800 ms in all, twice the interval
            QTest::qWait(100);
            QTest::keyClick(window.windowHandle(), Qt::Key_A);
            QVERIFY(timer.remainingTime() > 250);
        }
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    }

    void mouseInputResets()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        InactivityTimer timer;
        timer.setInterval(1000);
        timer.setActive(true);
        QTest::qWait(400);
        QVERIFY(timer.remainingTime() < 800);
        QTest::mouseMove(window.windowHandle(), QPoint(20, 20));
        QVERIFY(timer.remainingTime() > 800);
        QTest::qWait(400);
        QTest::mouseClick(window.windowHandle(), Qt::LeftButton, {}, QPoint(30, 30));
        QVERIFY(timer.remainingTime() > 800);
    }

    void windowFocusResets()
    {
        TestWindow first;
        TestWindow second;
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        QVERIFY(showAndActivate(&first));
        InactivityTimer timer;
        timer.setInterval(2000);
        timer.setActive(true);
        // QTimer's default coarse timing may be 5 % off; the margins allow for it.
        QTest::qWait(800);
        QVERIFY(timer.remainingTime() < 1500);
        second.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&second));
        QVERIFY(timer.remainingTime() > 1700);
    }

    void paintsTimersAndSyntheticInputDoNotReset()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        InactivityTimer timer;
        timer.setInterval(1000);
        QSignalSpy spy(&timer, &InactivityTimer::inactive);
        timer.setActive(true);

        // Something busy in the background: repaints and timer events.
        QTimer busy;
        connect(&busy, &QTimer::timeout, &window, [&window] { window.repaint(); });
        busy.start(20);
        QTest::qWait(500);
        // A key event the app sends to itself is not the person.
        QKeyEvent synthetic(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, u"a"_s);
        QCoreApplication::sendEvent(window.edit(), &synthetic);
        QCoreApplication::sendEvent(window.windowHandle(), &synthetic);
        QVERIFY(timer.remainingTime() < 700);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
    }

    void deactivatingStopsIt()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        InactivityTimer timer;
        timer.setInterval(200);
        QSignalSpy spy(&timer, &InactivityTimer::inactive);
        timer.setActive(true);
        timer.setActive(false);
        QVERIFY(!timer.isActive());
        QCOMPARE(timer.remainingTime(), -1);
        // Input does not restart a stopped timer, and neither does reset().
        QTest::keyClick(window.windowHandle(), Qt::Key_A);
        timer.reset();
        QTest::qWait(500);
        QCOMPARE(spy.count(), 0);
        QCOMPARE(timer.remainingTime(), -1);
    }

    void inputAfterFiringStartsTheNextCountdown()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        InactivityTimer timer;
        timer.setInterval(150);
        QSignalSpy spy(&timer, &InactivityTimer::inactive);
        timer.setActive(true);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 3000);
        QTest::keyClick(window.windowHandle(), Qt::Key_A);
        QVERIFY(timer.remainingTime() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 3000);
    }

    // --- QuickExitGesture --------------------------------------------------

    void threeShiftPressesWithinTwoSecondsFire()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        qint64 now = 10'000;
        QuickExitGesture gesture;
        gesture.setClock([&now] { return now; });
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);

        for (const qint64 at : {0, 900, 2000}) { // first to third exactly 2 s apart
            now = 10'000 + at;
            QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        }
        QCOMPARE(spy.count(), 1);
    }

    void shiftPressesSpreadOverTwoAndAHalfSecondsDoNotFire()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        qint64 now = 0;
        QuickExitGesture gesture;
        gesture.setClock([&now] { return now; });
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);

        for (const qint64 at : {0, 1250, 2500}) {
            now = at;
            QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        }
        QCOMPARE(spy.count(), 0);
        // The window slides: the last two presses and one more do fire.
        now = 2600;
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QCOMPARE(spy.count(), 1);
    }

    void autoRepeatIsIgnored()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        qint64 now = 0;
        QuickExitGesture gesture;
        gesture.setClock([&now] { return now; });
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);

        // Holding Shift down: one press, then repeats.
        QTest::keyPress(window.windowHandle(), Qt::Key_Shift);
        for (int i = 0; i < 5; ++i) {
            now += 30;
            sendAutoRepeatShift(&window);
        }
        QTest::keyRelease(window.windowHandle(), Qt::Key_Shift);
        QCOMPARE(spy.count(), 0);
        now += 100;
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QCOMPARE(spy.count(), 0);
        now += 100;
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QCOMPARE(spy.count(), 1);
    }

    void anotherKeyInBetweenStartsOver()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        qint64 now = 0;
        QuickExitGesture gesture;
        gesture.setClock([&now] { return now; });
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);

        // Typing "I Went To" quickly: Shift is followed by letters each time.
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QTest::keyClick(window.windowHandle(), Qt::Key_I, Qt::ShiftModifier);
        QTest::keyClick(window.windowHandle(), Qt::Key_W, Qt::ShiftModifier);
        QTest::keyClick(window.windowHandle(), Qt::Key_T, Qt::ShiftModifier);
        QCOMPARE(spy.count(), 0);

        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QTest::keyClick(window.windowHandle(), Qt::Key_A);
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QCOMPARE(spy.count(), 0);
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QCOMPARE(spy.count(), 1);
    }

    void aFourthPressStartsOver()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        qint64 now = 0;
        QuickExitGesture gesture;
        gesture.setClock([&now] { return now; });
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);

        for (int i = 0; i < 4; ++i) {
            now += 100;
            QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        }
        QCOMPARE(spy.count(), 1);
        for (int i = 0; i < 2; ++i) {
            now += 100;
            QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        }
        QCOMPARE(spy.count(), 2);
    }

    void eachPhysicalPressCountsOnce()
    {
        // A key the focus widget ignores travels up through its parents; each
        // step passes the application's event filter. It must still count once.
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        window.edit()->setFocus();
        qint64 now = 0;
        QuickExitGesture gesture;
        gesture.setClock([&now] { return now; });
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QTest::keyClick(window.windowHandle(), Qt::Key_Shift);
        QCOMPARE(spy.count(), 0);
    }

    void shortcutFires()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        QuickExitGesture gesture;
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);
        QCOMPARE(gesture.shortcut(), QKeySequence(u"Shift+Esc"_s));

        window.edit()->setFocus();
        QTest::keyClick(window.windowHandle(), Qt::Key_Escape, Qt::ShiftModifier);
        QCOMPARE(spy.count(), 1);
        QTest::keyClick(window.windowHandle(), Qt::Key_Escape);
        QCOMPARE(spy.count(), 1);

        QVERIFY(gesture.setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X)));
        QTest::keyClick(window.windowHandle(), Qt::Key_Escape, Qt::ShiftModifier);
        QCOMPARE(spy.count(), 1);
        QTest::keyClick(window.windowHandle(), Qt::Key_X, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(spy.count(), 2);
        // The consumed key never reaches the text field.
        QVERIFY(window.edit()->text().isEmpty());

        QVERIFY(!gesture.setShortcut(QKeySequence(u"Ctrl+K, Ctrl+Q"_s)));
        QCOMPARE(gesture.shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
        QVERIFY(gesture.setShortcut(QKeySequence()));
        QTest::keyClick(window.windowHandle(), Qt::Key_X, Qt::ControlModifier | Qt::AltModifier);
        QCOMPARE(spy.count(), 2);
    }

    void shortcutWorksInADialogAndBeatsAnAction()
    {
        TestWindow window;
        QVERIFY(showAndActivate(&window));
        QDialog dialog(&window);
        auto *edit = new QLineEdit(&dialog);
        auto *action = new QAction(&dialog);
        action->setShortcut(QuickExitGesture::defaultShortcut());
        dialog.addAction(action);
        QVERIFY(showAndActivate(&dialog));
        edit->setFocus();
        QSignalSpy actionSpy(action, &QAction::triggered);

        QuickExitGesture gesture;
        QSignalSpy spy(&gesture, &QuickExitGesture::triggered);

        // Without the gesture's shortcut, the action takes the keys: the setup is live.
        gesture.setShortcut(QKeySequence());
        QTest::keyClick(dialog.windowHandle(), Qt::Key_Escape, Qt::ShiftModifier);
        QCOMPARE(actionSpy.count(), 1);
        QCOMPARE(spy.count(), 0);

        gesture.setShortcut(QuickExitGesture::defaultShortcut());
        QTest::keyClick(dialog.windowHandle(), Qt::Key_Escape, Qt::ShiftModifier);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(actionSpy.count(), 1);
        QVERIFY(dialog.isVisible());
    }

    // --- ClipboardGuard ----------------------------------------------------

    void copyIsMarkedSecretAndClearedAfterTimeout()
    {
        QClipboard *board = QGuiApplication::clipboard();
        board->clear();
        ClipboardGuard guard;
        QCOMPARE(guard.clearAfterSeconds(), 30);
        guard.setClearAfterSeconds(1);
        guard.copy(u"the address of the shelter"_s);

        QCOMPARE(board->text(), u"the address of the shelter"_s);
        const QMimeData *mime = board->mimeData();
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(u"x-kde-passwordManagerHint"_s));
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
        QVERIFY(guard.ownsClipboard());

        QTRY_VERIFY_WITH_TIMEOUT(board->text().isEmpty(), 3000);
        QVERIFY(!guard.ownsClipboard());
    }

    void whatTheUserCopiedSinceIsKept()
    {
        QClipboard *board = QGuiApplication::clipboard();
        ClipboardGuard guard;
        guard.setClearAfterSeconds(1);
        guard.copy(u"private"_s);
        board->setText(u"a shopping list"_s);
        QVERIFY(!guard.ownsClipboard() || board->ownsClipboard());
        QTest::qWait(1500);
        QCOMPARE(board->text(), u"a shopping list"_s);
        board->clear();
    }

    void clearNowClearsOnlyOurContent()
    {
        QClipboard *board = QGuiApplication::clipboard();
        ClipboardGuard guard; // default: 30 s, far beyond this test
        guard.copy(u"private"_s);
        QCOMPARE(board->text(), u"private"_s);
        guard.clearNow();
        QVERIFY(board->text().isEmpty());
        QVERIFY(!guard.ownsClipboard());

        guard.copy(u"private"_s);
        board->setText(u"theirs"_s);
        if (board->ownsClipboard())
            QSKIP("This platform reports in-process text as the app's own; it would rightly be cleared.");
        guard.clearNow();
        QCOMPARE(board->text(), u"theirs"_s);
        board->clear();
    }

    void emptyTextAndDestructionLeaveNothingBehind()
    {
        QClipboard *board = QGuiApplication::clipboard();
        board->setText(u"theirs"_s);
        {
            ClipboardGuard guard;
            guard.copy(QString());
            QCOMPARE(board->text(), u"theirs"_s);
            QVERIFY(!guard.ownsClipboard() || board->ownsClipboard());
            guard.copy(u"private"_s);
        }
        QVERIFY(board->text().isEmpty());
    }

    // --- SingleInstance ----------------------------------------------------

    void secondInstanceIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString folder = dir.filePath(u"not-yet-there"_s);
        auto first = std::make_unique<SingleInstance>(folder);
        QVERIFY(first->tryLock());
        QVERIFY(first->isLocked());
        QVERIFY(first->tryLock()); // asking again is harmless
        QVERIFY(QFile::exists(first->filePath()));

        SingleInstance second(folder);
        QVERIFY(!second.tryLock());
        QCOMPARE(second.error(), QLockFile::LockFailedError);
        QVERIFY(!second.isLocked());

        first.reset();
        QVERIFY(!QFile::exists(second.filePath()));
        SingleInstance third(folder);
        QVERIFY(third.tryLock());
        QVERIFY(!second.tryLock());
        third.unlock();
        QVERIFY(second.tryLock());
    }

    void staleLockOfADeadProcessIsRecovered()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // A genuine lock file, rewritten as if its owner (a PID far above any
        // kernel's pid_max) had crashed.
        QByteArray contents;
        {
            QLockFile scratch(dir.filePath(u"scratch.lock"_s));
            QVERIFY(scratch.tryLock());
            QFile file(scratch.fileName());
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents = file.readAll();
        }
        const qsizetype firstLine = contents.indexOf('\n');
        QVERIFY(firstLine > 0);
        contents.replace(0, firstLine, "2000000000");
        SingleInstance instance(dir.path());
        {
            QFile stale(instance.filePath());
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write(contents);
        }
        QVERIFY(instance.tryLock());
        QCOMPARE(instance.error(), QLockFile::NoError);
    }

    void lockFileNameIsNeutral()
    {
        QTemporaryDir dir;
        SingleInstance instance(dir.path());
        const QString name = QFileInfo(instance.filePath()).fileName();
        QCOMPARE(name, u"session.lock"_s);
        QVERIFY(!name.contains(u"bearings"_s, Qt::CaseInsensitive));
        QVERIFY(!SingleInstance::defaultDirectory().isEmpty());
    }

    // --- DiscreetMode ------------------------------------------------------

    void discreetModeLooksLikeNotes()
    {
        QCOMPARE(DiscreetMode::windowTitle(true), u"Notes"_s);
        QCOMPARE(DiscreetMode::iconName(true), u"notes"_s);
        QCOMPARE(DiscreetMode::windowTitle(false), u"Bearings"_s);
        QCOMPARE(DiscreetMode::iconName(false), u"bearings"_s);
        QVERIFY(!DiscreetMode::windowTitle(true).contains(u"Bearings"_s, Qt::CaseInsensitive));
    }

    void bothIconsDraw()
    {
        for (const bool discreet : {true, false}) {
            const QString name = DiscreetMode::iconName(discreet);
            QVERIFY2(QFile::exists(u":/icons/"_s + name + u".svg"_s), qPrintable(name));
            const QImage image = Icons::icon(name).pixmap(QSize(24, 24)).toImage();
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    drawn += image.pixelColor(x, y).alpha() > 0 ? 1 : 0;
            QVERIFY2(drawn > 20, qPrintable(name));
        }
    }
};

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
