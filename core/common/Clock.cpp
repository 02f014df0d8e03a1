#include "Clock.h"

namespace bearings {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

const Clock &Clock::system()
{
    static const SystemClock clock;
    return clock;
}

} // namespace bearings
