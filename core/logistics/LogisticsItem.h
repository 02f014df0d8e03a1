#pragma once

#include "common/EnumKeys.h"

#include <QDateTime>
#include <QString>

namespace bearings {

// Practical steps when limiting or ending contact (DOMAIN.md section 7), and
// the user's support network (people, groups, professional help).
enum class LogisticsCategory {
    Banking,
    Mail,
    Accounts,
    Keys,
    Property,
    Lease,
    Pets,
    Calendars,
    SupportPeople,
    SupportGroups,
    ProfessionalHelp,
    Custom
};
inline constexpr EnumKeyTable<LogisticsCategory, 12> kLogisticsCategoryKeys {{
    {LogisticsCategory::Banking, u"banking"},
    {LogisticsCategory::Mail, u"mail"},
    {LogisticsCategory::Accounts, u"accounts"},
    {LogisticsCategory::Keys, u"keys"},
    {LogisticsCategory::Property, u"property"},
    {LogisticsCategory::Lease, u"lease"},
    {LogisticsCategory::Pets, u"pets"},
    {LogisticsCategory::Calendars, u"calendars"},
    {LogisticsCategory::SupportPeople, u"support_people"},
    {LogisticsCategory::SupportGroups, u"support_groups"},
    {LogisticsCategory::ProfessionalHelp, u"professional_help"},
    {LogisticsCategory::Custom, u"custom"},
}};

struct LogisticsItem {
    qint64 id = 0;
    qint64 relationshipId = 0;
    LogisticsCategory category = LogisticsCategory::Custom;
    int position = 0;
    QString text;
    bool done = false;
    QDateTime doneAt; // invalid while not done
    bool isValid() const { return id > 0; }
    bool operator==(const LogisticsItem &) const = default;
};

} // namespace bearings
