#pragma once

#include "common/EnumKeys.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bearings {

// How a journal tag is grouped on charts and in the positive:negative ratio.
enum class TagGroup {
    Positive,     // a kept promise, a repair attempt, care, an apology with change
    Horsemen,     // Gottman's four horsemen: criticism, contempt, defensiveness, stonewalling
    Control,      // the Duluth power-and-control categories
    OtherHarmful, // gaslighting, shouting, name-calling, broken promises
    User          // the user's own tags
};
inline constexpr EnumKeyTable<TagGroup, 5> kTagGroupKeys {{
    {TagGroup::Positive, u"positive"},
    {TagGroup::Horsemen, u"horsemen"},
    {TagGroup::Control, u"control"},
    {TagGroup::OtherHarmful, u"other_harmful"},
    {TagGroup::User, u"user"},
}};

enum class Valence { Positive, Negative, Neutral };
inline constexpr EnumKeyTable<Valence, 3> kValenceKeys {{
    {Valence::Positive, u"positive"},
    {Valence::Negative, u"negative"},
    {Valence::Neutral, u"neutral"},
}};

struct TagInfo {
    QString id; // stable key stored with entries
    TagGroup group = TagGroup::User;
    Valence valence = Valence::Neutral;
    QString label;       // translated
    QString explanation; // translated, one or two plain sentences
};

// The built-in journal tags (DOMAIN.md section 3). Ids never change.
class TagCatalog final {
    Q_DECLARE_TR_FUNCTIONS(bearings::TagCatalog)

public:
    static const QList<TagInfo> &builtIn();
    static std::optional<TagInfo> find(const QString &id);
    static bool isBuiltIn(const QString &id);
    // A user tag id: lowercase letters, digits and '-', 1..40 characters, and
    // not a built-in id.
    static bool isValidUserTagId(const QString &id);
    static QString groupLabel(TagGroup group);
};

} // namespace bearings
