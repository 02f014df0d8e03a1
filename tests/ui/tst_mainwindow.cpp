#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bearings;
using namespace bearings::ui;
using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void showsEveryAreaInOrder()
    {
        Settings settings(m_dir.filePath(u"order.ini"_s));
        MainWindow window(settings);
        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        QVERIFY(sidebar);
        QCOMPARE(sidebar->count(), int(kAllAreas.size()));
        const QStringList expected {u"Overview"_s, u"Journal"_s, u"Boundaries"_s, u"Check-ins"_s, u"Where I stand"_s,
            u"Messages"_s, u"Safety plan"_s};
        for (int i = 0; i < sidebar->count(); ++i) {
            QCOMPARE(sidebar->item(i)->text(), expected.at(i));
            QVERIFY(!sidebar->item(i)->icon().isNull());
        }
    }

    void selectingAnAreaShowsItsPage()
    {
        Settings settings(m_dir.filePath(u"select.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy spy(&window, &MainWindow::currentAreaChanged);
        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        auto *stack = window.findChild<QStackedWidget *>(u"pages"_s);
        QVERIFY(sidebar && stack);

        sidebar->setCurrentRow(int(Area::SafetyPlan));
        QCOMPARE(window.currentArea(), Area::SafetyPlan);
        QCOMPARE(stack->currentWidget(), window.page(Area::SafetyPlan));
        QCOMPARE(stack->currentWidget()->objectName(), u"safetyplanPage"_s);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Area>(), Area::SafetyPlan);
        // The page title matches the area.
        auto *title = stack->currentWidget()->findChild<QLabel *>(u"pageTitle"_s);
        QVERIFY(title);
        QCOMPARE(title->text(), u"Safety plan"_s);
    }

    void keyboardShortcutsSwitchAreas()
    {
        Settings settings(m_dir.filePath(u"keys.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), Area::Journal);
        QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
        QCOMPARE(window.currentArea(), Area::SafetyPlan);

        // Arrow keys move through the sidebar once it has focus.
        auto *sidebar = window.findChild<QListWidget *>(u"sidebar"_s);
        sidebar->setFocus();
        QTest::keyClick(sidebar, Qt::Key_Up);
        QCOMPARE(window.currentArea(), Area::Messages);
    }

    void remembersGeometryAndAreaAcrossRuns()
    {
        const QString path = m_dir.filePath(u"geometry.ini"_s);
        {
            Settings settings(path);
            MainWindow window(settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(901, 633);
            window.setCurrentArea(Area::Boundaries);
            window.close();
        }
        Settings settings(path);
        QVERIFY(!settings.windowGeometry().isEmpty());
        MainWindow window(settings);
        QCOMPARE(window.size(), QSize(901, 633));
        QCOMPARE(window.currentArea(), Area::Boundaries);
    }

    void everyFocusableWidgetHasAnAccessibleName()
    {
        Settings settings(m_dir.filePath(u"a11y.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int checked = 0;
        for (const Area area : kAllAreas) {
            window.setCurrentArea(area);
            QVERIFY(!window.page(area)->accessibleName().isEmpty());
            const auto widgets = window.findChildren<QWidget *>();
            for (QWidget *w : widgets) {
                if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(&window))
                    continue;
                ++checked;
                QVERIFY2(!w->accessibleName().isEmpty(),
                    qPrintable(QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName()));
            }
        }
        QVERIFY(checked >= int(kAllAreas.size()) * 2); // at least the sidebar and quick exit on each page
    }

    void quickExitButtonAsksToLeave()
    {
        Settings settings(m_dir.filePath(u"exit.ini"_s));
        MainWindow window(settings);
        QSignalSpy spy(&window, &MainWindow::quickExitRequested);
        auto *button = window.findChild<QPushButton *>(u"quickExit"_s);
        QVERIFY(button);
        QVERIFY(button->isVisibleTo(&window));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }

    void setPageReplacesTheIntroPage()
    {
        Settings settings(m_dir.filePath(u"replace.ini"_s));
        MainWindow window(settings);
        window.setCurrentArea(Area::Journal);
        auto *custom = new QLabel(u"journal content"_s);
        window.setPage(Area::Journal, custom);
        QCOMPARE(window.page(Area::Journal), custom);
        QCOMPARE(window.findChild<QStackedWidget *>(u"pages"_s)->currentWidget(), custom);
        QCOMPARE(window.page(Area::Boundaries)->objectName(), u"boundariesPage"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
