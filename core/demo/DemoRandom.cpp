#include "DemoRandom.h"

#include <algorithm>
#include <cmath>

namespace bearings {

namespace {

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

constexpr quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

DemoRandom::DemoRandom(quint64 seed)
{
    quint64 s = seed;
    for (quint64 &word : m_state)
        word = splitMix64(s);
}

quint64 DemoRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

int DemoRandom::below(int bound)
{
    if (bound <= 1)
        return 0;
    const auto n = quint64(bound);
    // Rejection sampling: drop the few values at the top that would make some
    // results more likely than others.
    const quint64 limit = ~quint64(0) - (~quint64(0) % n);
    quint64 x = next();
    while (x >= limit)
        x = next();
    return int(x % n);
}

int DemoRandom::between(int lo, int hi)
{
    if (hi <= lo)
        return lo;
    return lo + below(hi - lo + 1);
}

double DemoRandom::unit()
{
    return double(next() >> 11) * 0x1.0p-53;
}

bool DemoRandom::chance(double p)
{
    return unit() < p;
}

int DemoRandom::around(double centre, int spread, int lo, int hi)
{
    const int noise = between(-spread, spread) + between(-spread, spread);
    // Halves round away from zero in std::lround on every platform.
    const long value = std::lround(centre + noise / 2.0);
    return int(std::clamp<long>(value, lo, hi));
}

QList<int> DemoRandom::choose(int n, int count)
{
    QList<int> all;
    all.reserve(n);
    for (int i = 0; i < n; ++i)
        all.append(i);
    if (count >= n)
        return all;
    // A partial Fisher-Yates shuffle; only the first `count` places matter.
    for (int i = 0; i < count; ++i)
        std::swap(all[i], all[i + below(n - i)]);
    QList<int> chosen = all.first(std::max(count, 0));
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace bearings
