// The start-up benchmark's yardstick (docs/BENCHMARKS.md): the smallest Qt
// Widgets program that shows one empty window, built like the app (same
// build type, same flags). With --exit-after-first-paint it quits after its
// first paint exactly as `bearings --exit-after-first-paint` does.

#include "FirstPaintExit.h"

#include <QApplication>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(u"Bare window"_s);
    window.resize(1100, 720); // MainWindow's default size
    if (QCoreApplication::arguments().contains(u"--exit-after-first-paint"_s))
        new bearings::app::FirstPaintExit(window);
    window.show();
    return QApplication::exec();
}
