#include "UnlockDriver.h"

#include "BenchData.h"
#include "mainwindow/AppController.h"
#include "mainwindow/Area.h"
#include "mainwindow/MainWindow.h"
#include "settings/Settings.h"
#include "vault/VaultSession.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace bearings::bench {

UnlockDriver::UnlockDriver(const QString &vaultPath)
    : m_dir(QFileInfo(vaultPath).absolutePath() + u"/tmp-ui-XXXXXX"_s)
{
    const QString copy = QDir(m_dir.path()).filePath(u"bench.vault"_s);
    if (!m_dir.isValid() || !QFile::copy(vaultPath, copy)) {
        std::fprintf(stderr, "bench: could not copy %s\n", qPrintable(vaultPath));
        std::exit(1);
    }
    m_settings = std::make_unique<Settings>(QDir(m_dir.path()).filePath(u"settings.ini"_s));
    m_settings->setWelcomeSeen(true);
    m_settings->setLastArea(ui::AreaInfo::id(ui::Area::Dashboard));
    m_settings->sync();
    m_controller = std::make_unique<ui::AppController>(*m_settings, copy);
    qApp->installEventFilter(this);
}

UnlockDriver::~UnlockDriver()
{
    qApp->removeEventFilter(this);
    m_controller.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool UnlockDriver::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_watched && !m_painted) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && (widget == m_watched || m_watched->isAncestorOf(widget))) {
            m_painted = true;
            m_watched = nullptr;
            // The loop returns once this event (the window's whole paint
            // pass, with the flush to the screen) has been handled.
            if (m_loop)
                m_loop->quit();
        }
    }
    return QObject::eventFilter(watched, event);
}

bool UnlockDriver::runUntilPainted(const bool &failed)
{
    QEventLoop loop;
    m_loop = &loop;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    bool timedOut = false;
    connect(&watchdog, &QTimer::timeout, &loop, [&loop, &timedOut] {
        timedOut = true;
        loop.quit();
    });
    watchdog.start(120'000);
    if (!m_painted && !failed)
        loop.exec();
    m_loop = nullptr;
    if (timedOut)
        std::fprintf(stderr, "bench: nothing was painted within two minutes\n");
    return m_painted && !failed && !timedOut;
}

void UnlockDriver::start()
{
    m_watched = &m_controller->window();
    m_painted = false;
    m_controller->start();
    const bool failed = false;
    if (!runUntilPainted(failed))
        std::exit(1);
}

qint64 UnlockDriver::unlockToPaintedDashboard()
{
    bool failed = false;
    m_painted = false;
    m_watched = nullptr;
    // The dashboard page exists once AppController::onUnlocked has built the
    // pages; it paints on a later turn of the event loop.
    const auto unlocked = connect(m_controller.get(), &ui::AppController::unlocked, this, [this] {
        m_watched = m_controller->window().page(ui::Area::Dashboard);
        m_painted = false;
    });
    const auto openFailed
        = connect(&m_controller->session(), &ui::VaultSession::openFailed, this, [this, &failed](const Error &error) {
              std::fprintf(stderr, "bench: unlock failed: %s\n", qPrintable(error.message));
              failed = true;
              if (m_loop)
                  m_loop->quit();
          });
    QElapsedTimer timer;
    timer.start();
    m_controller->session().unlock(BenchData::passphrase());
    const bool ok = runUntilPainted(failed);
    const qint64 elapsed = timer.nsecsElapsed();
    disconnect(unlocked);
    disconnect(openFailed);
    if (!ok)
        std::exit(1);
    return elapsed;
}

void UnlockDriver::lock()
{
    m_controller->lock();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
}

} // namespace bearings::bench
