#pragma once

#include <QString>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace bearings {

// A fixed table between an enum and the stable text key used in the database
// and the JSON exchange format. Keys never change once released.
template<typename E, std::size_t N> using EnumKeyTable = std::array<std::pair<E, std::u16string_view>, N>;

template<typename E, std::size_t N> QString enumKey(const EnumKeyTable<E, N> &table, E value)
{
    for (const auto &[e, key] : table) {
        if (e == value)
            return QString::fromUtf16(key.data(), qsizetype(key.size()));
    }
    return {};
}

template<typename E, std::size_t N> std::optional<E> enumFromKey(const EnumKeyTable<E, N> &table, QStringView key)
{
    for (const auto &[e, k] : table) {
        if (QStringView(k.data(), qsizetype(k.size())) == key)
            return e;
    }
    return std::nullopt;
}

} // namespace bearings
