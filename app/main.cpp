#include "FirstPaintExit.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/ExitCodes.h"
#include "common/Theme.h"
#include "desktop/Language.h"
#include "mainwindow/AppController.h"
#include "mainwindow/MainWindow.h"
#include "privacy/SingleInstance.h"
#include "settings/Settings.h"
#include "vault/ProcessHardening.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QLibraryInfo>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace {

// A second launch while Bearings runs hidden (after a quick exit that stays
// running) leaves this marker beside the lock file; the running app sees it,
// removes it and shows its locked window. Plain files keep this free of any
// network or IPC library.
constexpr QStringView kWakeFileName = u"wake";

// Bearings' own strings (embedded under :/i18n) and Qt's, for the system
// language; English, the source language, needs neither.
void installTranslations(QCoreApplication &app)
{
    const QLocale locale;
    auto *own = new QTranslator(&app);
    // A language Bearings has no translation for (or the C locale) shows the
    // English source, with the English plural forms ("4 weeks").
    if (own->load(locale, u"bearings"_s, u"_"_s, u":/i18n"_s) || own->load(u"bearings_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace bearings;
    // Before anything personal is in memory: no core dumps, no ptrace attach.
    ProcessHardening::disableCoreDumps();
    app::CommandLine::setApplicationIdentity();

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const app::Invocation invocation = app::CommandLine::classify(arguments);
    if (invocation.mode != app::Invocation::Mode::Gui) {
        if (invocation.needsPainting) {
            // A PDF needs fonts and a paint engine but no display: the
            // offscreen platform, whatever QT_QPA_PLATFORM says (the last
            // -platform wins).
            static char platformOption[] = "-platform";
            static char offscreen[] = "offscreen";
            std::vector<char *> paintArgs(argv, argv + argc);
            paintArgs.push_back(platformOption);
            paintArgs.push_back(offscreen);
            int paintArgc = int(paintArgs.size());
            paintArgs.push_back(nullptr);
            QGuiApplication painting(paintArgc, paintArgs.data());
            installTranslations(painting);
            return app::CommandLine::runConsole(invocation);
        }
        QCoreApplication core(argc, argv);
        installTranslations(core);
        return app::CommandLine::runConsole(invocation);
    }

    QApplication application(argc, argv);
    Settings settings(Settings::defaultFilePath());
    // The language chosen in the settings, or the system's; dates and numbers
    // follow it too.
    QLocale::setDefault(ui::Language::locale(settings.language()));
    installTranslations(application);
    // The id of packaging/linux/org.bearings.Bearings.desktop (packaging/CMakeLists.txt).
    QGuiApplication::setDesktopFileName(u"org.bearings.Bearings"_s);
    QApplication::setQuitOnLastWindowClosed(true);
    ui::Theme::apply(application, ui::Theme::modeFromKey(settings.theme()));

    const QString lockDir = ui::SingleInstance::defaultDirectory();
    QDir().mkpath(lockDir);
    const QString wakeFile = QDir(lockDir).filePath(kWakeFileName.toString());
    ui::SingleInstance instance(lockDir);
    if (!instance.tryLock()) {
        QFile marker(wakeFile);
        if (marker.open(QIODevice::WriteOnly))
            marker.close();
        return app::ExitOk;
    }
    QFile::remove(wakeFile);

    const QString vaultPath = invocation.vaultPath.isEmpty() ? app::Commands::defaultVaultPath() : invocation.vaultPath;
    ui::AppController controller(settings, vaultPath);

    QFileSystemWatcher watcher({lockDir});
    QObject::connect(&watcher, &QFileSystemWatcher::directoryChanged, &controller, [&controller, wakeFile] {
        if (QFile::exists(wakeFile)) {
            QFile::remove(wakeFile);
            controller.reveal();
        }
    });
    QObject::connect(
        &application, &QCoreApplication::aboutToQuit, &controller, [&controller] { controller.shutdown(); });

    // The start-up benchmark's hidden option: quit once the first window has painted.
    if (invocation.exitAfterFirstPaint)
        new app::FirstPaintExit(controller.window());
    controller.start();
    return QApplication::exec();
}
