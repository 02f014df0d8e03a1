#include "cli/CommandLine.h"
#include "common/Theme.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QStringList>

int main(int argc, char *argv[])
{
    using namespace bearings;
    app::CommandLine::setApplicationIdentity();

    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const app::Invocation invocation = app::CommandLine::classify(arguments);
    if (invocation.mode != app::Invocation::Mode::Gui) {
        QCoreApplication core(argc, argv);
        return app::CommandLine::runConsole(invocation);
    }

    QApplication application(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("bearings"));
    ui::Theme::apply(application, ui::Theme::Mode::System);

    Settings settings(Settings::defaultFilePath());
    ui::MainWindow window(settings);
    QObject::connect(&window, &ui::MainWindow::quickExitRequested, &application, [&window] {
        // Hide first, so nothing stays on screen while the app winds down.
        window.hide();
        QCoreApplication::quit();
    });
    window.show();
    return QApplication::exec();
}
