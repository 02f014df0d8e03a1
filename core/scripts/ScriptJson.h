#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

// Small helpers shared by the strict JSON loaders of core/scripts
// (TemplateLibrary, CheckerRules). Internal: not used outside this folder.
namespace bearings::scriptjson {

// A JSON number that is a whole int, or nullopt.
inline std::optional<int> toInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || d < std::numeric_limits<int>::min()
        || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

// The first key of `object` that is not in `allowed`, or an empty string.
inline QString unknownKey(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

} // namespace bearings::scriptjson
