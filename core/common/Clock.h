#pragma once

#include <QDateTime>

namespace bearings {

// The source of "now" for all of core, so that tests can fix time.
// Nothing in core calls QDateTime::currentDateTime() directly.
class Clock {
public:
    Clock() = default;
    virtual ~Clock() = default;
    Clock(const Clock &) = delete;
    Clock &operator=(const Clock &) = delete;

    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    // The process-wide wall clock.
    static const Clock &system();
};

// Reads the operating system's local time.
class SystemClock final : public Clock {
public:
    QDateTime now() const override;
};

// A clock that only moves when told to; for tests and deterministic demos.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start)
        : m_now(std::move(start))
    { }

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace bearings
