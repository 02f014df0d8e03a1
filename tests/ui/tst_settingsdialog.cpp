#include "UiTestSupport.h"
#include "common/Theme.h"
#include "desktop/SettingsDialog.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace bearings;
using namespace bearings::ui;
using namespace bearings::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// Counts the palette changes a plain widget receives.
class PaletteWatcher final : public QWidget {
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            ++changes;
        QWidget::changeEvent(event);
    }
};

QColor windowColour()
{
    return QApplication::palette().color(QPalette::Window);
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString vaultPath() const { return m_dir.filePath(u"data.vault"_s); }
    QString lockDir() const { return m_dir.filePath(u"lock"_s); }

    static void clickOk(SettingsDialog &dialog)
    {
        QTest::mouseClick(child<QPushButton>(&dialog, u"settingsOk"_s), Qt::LeftButton);
    }

    static int indexOfData(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        if (index < 0)
            qWarning() << "no item with data" << data;
        return index;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void cleanup()
    {
        // Each test starts light, whatever the one before chose.
        Theme::apply(*qApp, Theme::Mode::Light);
    }

    void opensOnGeneralWithTheStoredValues()
    {
        Settings settings(m_dir.filePath(u"load.ini"_s));
        settings.setLanguage(u"es"_s);
        settings.setTheme(u"dark"_s);
        settings.setRegion(Region::Australia);
        settings.setReminderEnabled(true);
        settings.setReminderWeekday(3);
        settings.setReminderTime(QTime(8, 30));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::General));
        QCOMPARE(dialog.tabs()->count(), 5);
        QCOMPARE(child<QComboBox>(&dialog, u"language"_s)->currentData().toString(), u"es"_s);
        QCOMPARE(child<QComboBox>(&dialog, u"theme"_s)->currentData().toInt(), int(Theme::Mode::Dark));
        QCOMPARE(child<QComboBox>(&dialog, u"region"_s)->currentData().toInt(), int(Region::Australia));
        QVERIFY(child<QCheckBox>(&dialog, u"reminderEnabled"_s)->isChecked());
        QCOMPARE(child<QComboBox>(&dialog, u"reminderWeekday"_s)->currentData().toInt(), 3);
        QCOMPARE(child<QTimeEdit>(&dialog, u"reminderTime"_s)->time(), QTime(8, 30));
        // Loading is not choosing: the look stays as it was.
        QCOMPARE(Theme::mode(), Theme::Mode::Light);
    }

    void defaultsFollowTheSystemAndTheReminderIsOff()
    {
        Settings settings(m_dir.filePath(u"defaults.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        auto *language = child<QComboBox>(&dialog, u"language"_s);
        QVERIFY(language->currentData().toString().isEmpty());
        QCOMPARE(language->count(), 4); // the system's, English, Deutsch, Español
        QCOMPARE(child<QComboBox>(&dialog, u"theme"_s)->currentData().toInt(), int(Theme::Mode::System));
        auto *enabled = child<QCheckBox>(&dialog, u"reminderEnabled"_s);
        QVERIFY(!enabled->isChecked());
        QVERIFY(!child<QComboBox>(&dialog, u"reminderWeekday"_s)->isEnabled());
        QVERIFY(!child<QTimeEdit>(&dialog, u"reminderTime"_s)->isEnabled());
        enabled->setChecked(true);
        QVERIFY(child<QComboBox>(&dialog, u"reminderWeekday"_s)->isEnabled());
        QVERIFY(child<QTimeEdit>(&dialog, u"reminderTime"_s)->isEnabled());
    }

    void everySettingRoundTrips()
    {
        Settings settings(m_dir.filePath(u"roundtrip.ini"_s));
        {
            SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *language = child<QComboBox>(&dialog, u"language"_s);
            language->setCurrentIndex(indexOfData(language, u"de"_s));
            // The dialog says plainly when a new language takes effect.
            QVERIFY(child<QLabel>(&dialog, u"languageNote"_s)->text().contains(u"next time you start"_s));
            auto *theme = child<QComboBox>(&dialog, u"theme"_s);
            theme->setCurrentIndex(indexOfData(theme, int(Theme::Mode::Dark)));
            auto *region = child<QComboBox>(&dialog, u"region"_s);
            region->setCurrentIndex(indexOfData(region, int(Region::UnitedKingdom)));
            QVERIFY(region->currentText().contains(u"999"_s));
            dialog.showTab(SettingsDialog::Tab::Reminders);
            child<QCheckBox>(&dialog, u"reminderEnabled"_s)->setChecked(true);
            auto *weekday = child<QComboBox>(&dialog, u"reminderWeekday"_s);
            weekday->setCurrentIndex(indexOfData(weekday, 2));
            child<QTimeEdit>(&dialog, u"reminderTime"_s)->setTime(QTime(21, 15));
            clickOk(dialog);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        Settings reread(settings.filePath());
        QCOMPARE(reread.language(), u"de"_s);
        QCOMPARE(reread.theme(), u"dark"_s);
        QVERIFY(reread.hasRegion());
        QCOMPARE(reread.region(), Region::UnitedKingdom);
        QVERIFY(reread.reminderEnabled());
        QCOMPARE(reread.reminderWeekday(), 2);
        QCOMPARE(reread.reminderTime(), QTime(21, 15));
        QCOMPARE(Theme::mode(), Theme::Mode::Dark); // kept after OK

        // And back again: the dialog shows what was saved, and saves changes to it.
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        auto *language = child<QComboBox>(&dialog, u"language"_s);
        QCOMPARE(language->currentData().toString(), u"de"_s);
        language->setCurrentIndex(0);
        child<QCheckBox>(&dialog, u"reminderEnabled"_s)->setChecked(false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        clickOk(dialog);
        Settings again(settings.filePath());
        QVERIFY(again.language().isEmpty());
        QVERIFY(!again.reminderEnabled());
        QCOMPARE(again.reminderWeekday(), 2);
    }

    void themeAppliesLiveAndCancelPutsItBack()
    {
        Settings settings(m_dir.filePath(u"theme.ini"_s));
        settings.setTheme(u"light"_s);
        PaletteWatcher watcher;
        watcher.show();
        QVERIFY(QTest::qWaitForWindowExposed(&watcher));
        const QColor light = windowColour();
        QCOMPARE(light, Theme::palette(false).color(QPalette::Window));

        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *theme = child<QComboBox>(&dialog, u"theme"_s);
        watcher.changes = 0;
        theme->setCurrentIndex(indexOfData(theme, int(Theme::Mode::Dark)));
        // The application palette changed at once, and an ordinary widget heard of it.
        QCOMPARE(windowColour(), Theme::palette(true).color(QPalette::Window));
        QVERIFY(Theme::isDark());
        QTRY_VERIFY(watcher.changes > 0);
        QCOMPARE(watcher.palette().color(QPalette::Window), Theme::palette(true).color(QPalette::Window));

        QTest::mouseClick(child<QPushButton>(&dialog, u"settingsCancel"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(windowColour(), light);
        QCOMPARE(Theme::mode(), Theme::Mode::Light);
        QCOMPARE(Settings(settings.filePath()).theme(), u"light"_s);
    }

    void systemThemeFollowsThePlatformAfterAForcedOne()
    {
        // The offscreen platform's own palette is light: System after Dark
        // must read the platform again, not Bearings' own dark palette.
        Theme::apply(*qApp, Theme::Mode::Dark);
        QVERIFY(Theme::isDark());
        Theme::apply(*qApp, Theme::Mode::System);
        QVERIFY(!Theme::isDark());
        QCOMPARE(Theme::mode(), Theme::Mode::System);
        QCOMPARE(windowColour(), Theme::palette(false).color(QPalette::Window));
        QCOMPARE(Theme::modeFromKey(Theme::key(Theme::Mode::Dark)), Theme::Mode::Dark);
        QCOMPARE(Theme::modeFromKey(u"anything"_s), Theme::Mode::System);
    }

    void cancelSavesNothingNew()
    {
        Settings settings(m_dir.filePath(u"cancel.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *language = child<QComboBox>(&dialog, u"language"_s);
        language->setCurrentIndex(indexOfData(language, u"es"_s));
        child<QCheckBox>(&dialog, u"reminderEnabled"_s)->setChecked(true);
        auto *region = child<QComboBox>(&dialog, u"region"_s);
        region->setCurrentIndex(indexOfData(region, int(Region::Canada)));
        QTest::mouseClick(child<QPushButton>(&dialog, u"settingsCancel"_s), Qt::LeftButton);
        QVERIFY(!QFile::exists(settings.filePath()));
        QVERIFY(settings.language().isEmpty());
        QVERIFY(!settings.reminderEnabled());
        QVERIFY(!settings.hasRegion());
    }

    void regionSaysWhereItIsUsed()
    {
        Settings settings(m_dir.filePath(u"region.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList texts;
        const auto labels = dialog.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts.append(label->text());
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"new safety plan"_s), qPrintable(all));
        QVERIFY(all.contains(u"before your vault is open"_s));
        auto *region = child<QComboBox>(&dialog, u"region"_s);
        region->setCurrentIndex(indexOfData(region, int(Region::EuropeanUnion)));
        QVERIFY(child<QLabel>(&dialog, u"regionNote"_s)->text().contains(u"112"_s));
    }

    void reminderTabSaysWhatTheReminderShows()
    {
        Settings settings(m_dir.filePath(u"remindertab.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.showTab(SettingsDialog::Tab::Reminders);
        QStringList texts;
        const auto labels = dialog.tabs()->currentWidget()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->isVisibleTo(&dialog))
                texts.append(label->text());
        }
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"Time for your weekly note"_s), qPrintable(all));
        QVERIFY(all.contains(u"never shows a name"_s));
        // Offscreen has no system tray: the tab says reminders cannot appear.
        QVERIFY(child<QLabel>(&dialog, u"trayNote"_s)->isVisibleTo(&dialog));
    }

    void everyFocusableWidgetHasAnAccessibleNameOnEveryTab()
    {
        Settings settings(m_dir.filePath(u"a11y.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QCheckBox>(&dialog, u"reminderEnabled"_s)->setChecked(true);
        for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            const QStringList missing = unnamedFocusable(&dialog);
            QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
        }
    }

    void keyboardReachesTheNewTabs()
    {
        Settings settings(m_dir.filePath(u"keys.ini"_s));
        SettingsDialog dialog(settings, vaultPath(), nullptr, lockDir());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QTest::keyClick(&dialog, Qt::Key_R, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::Reminders));
        QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::General));
        // A label's mnemonic on General moves to its field without changing the tab.
        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier);
        QCOMPARE(dialog.tabs()->currentIndex(), int(SettingsDialog::Tab::General));
        QCOMPARE(QApplication::focusWidget(), child<QComboBox>(&dialog, u"language"_s));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
