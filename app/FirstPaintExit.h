#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace bearings::app {

// For start-up benchmarks only (the hidden --exit-after-first-paint option,
// and tests/bench/bare_window.cpp, which must behave the same): watches a
// window and, once its first paint event has been delivered, prints the
// moment on stdout as "first-paint-monotonic-ns N" (CLOCK_MONOTONIC, so a
// benchmark driver can subtract its own start time) and ends the event loop
// with exit code 0. The quit is queued, so the paint pass that the event
// belongs to finishes and reaches the screen first.
class FirstPaintExit final : public QObject {
public:
    explicit FirstPaintExit(QWidget &window)
        : QObject(&window)
    {
        window.installEventFilter(this);
    }
    FirstPaintExit(const FirstPaintExit &) = delete;
    FirstPaintExit &operator=(const FirstPaintExit &) = delete;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            const auto now = std::chrono::steady_clock::now().time_since_epoch();
            std::printf(
                "first-paint-monotonic-ns %lld\n", static_cast<long long>(std::chrono::nanoseconds(now).count()));
            std::fflush(stdout);
            QTimer::singleShot(0, QCoreApplication::instance(), [] { QCoreApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace bearings::app
