#pragma once

#include "common/EnumKeys.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace bearings {

enum class Channel { InPerson, Call, Text, Online, Other };
inline constexpr EnumKeyTable<Channel, 5> kChannelKeys {{
    {Channel::InPerson, u"in_person"},
    {Channel::Call, u"call"},
    {Channel::Text, u"text"},
    {Channel::Online, u"online"},
    {Channel::Other, u"other"},
}};

inline constexpr int kMoodMin = -5;
inline constexpr int kMoodMax = 5;
inline constexpr int kSeverityMin = 1;
inline constexpr int kSeverityMax = 5;

// One contact with the other person. Moods are -5..+5 and optional; tags are
// ids from the built-in catalogue (journal/TagCatalog.h) or user tags.
// An incident carries a severity and a factual record for HR, a lawyer or an
// advocate.
struct JournalEntry {
    qint64 id = 0;
    qint64 relationshipId = 0;
    QDateTime occurredAt;
    Channel channel = Channel::InPerson;
    std::optional<int> moodBefore;
    std::optional<int> moodDuring;
    std::optional<int> moodAfter;
    QStringList tags; // sorted, unique
    QString note;
    bool incident = false;
    std::optional<int> severity; // 1..5, only for incidents
    QString present;             // who was present
    QString evidence;            // what evidence was kept
    QDateTime createdAt;
    QDateTime updatedAt;
    bool isValid() const { return id > 0; }
    bool operator==(const JournalEntry &) const = default;
};

} // namespace bearings
