#pragma once

#include <QList>
#include <QtGlobal>

namespace bearings {

// A small seeded pseudo-random generator for demo data: xoshiro256** seeded
// through splitmix64 (both by Blackman and Vigna, fully specified). Unlike the
// <random> distributions, whose output differs between standard libraries,
// every value here is defined bit for bit, so one seed gives the same vault
// on every platform.
class DemoRandom final {
public:
    explicit DemoRandom(quint64 seed);

    quint64 next();
    // A uniform integer in 0..bound-1 (0 when bound <= 1), without modulo bias.
    int below(int bound);
    // A uniform integer in lo..hi, both included.
    int between(int lo, int hi);
    // A uniform double in [0, 1): the top 53 bits of next().
    double unit();
    // True with probability p.
    bool chance(double p);
    // A value of lo..hi (both included) near `centre`: the sum of two dice
    // over -spread..spread, clamped. Cheap bell-shaped noise for moods.
    int around(double centre, int spread, int lo, int hi);

    template<typename T> const T &pick(const QList<T> &items) { return items.at(below(int(items.size()))); }

    // `count` distinct values of 0..n-1 in ascending order (all of them when
    // count >= n).
    QList<int> choose(int n, int count);

private:
    quint64 m_state[4];
};

} // namespace bearings
