#include "journal/TagCatalog.h"

#include <gtest/gtest.h>

#include <QRegularExpression>
#include <QSet>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

TEST(TagCatalogTest, BuiltInTagsHaveUniqueIdsLabelsAndExplanations)
{
    const QList<TagInfo> &tags = TagCatalog::builtIn();
    ASSERT_EQ(tags.size(), 20);
    QSet<QString> ids;
    for (const TagInfo &t : tags) {
        SCOPED_TRACE(t.id.toStdString());
        EXPECT_FALSE(t.label.isEmpty());
        EXPECT_FALSE(t.explanation.isEmpty());
        EXPECT_NE(t.group, TagGroup::User);
        // Built-in ids follow the same pattern as user ids, so they can be
        // stored and searched the same way.
        EXPECT_TRUE(QRegularExpression(u"^[a-z0-9][a-z0-9-]{0,39}$"_s).match(t.id).hasMatch());
        ids.insert(t.id);
    }
    EXPECT_EQ(ids.size(), tags.size());
}

TEST(TagCatalogTest, GroupsMatchTheDomainFacts)
{
    const auto countIn = [](TagGroup g) {
        int n = 0;
        for (const TagInfo &t : TagCatalog::builtIn())
            n += t.group == g ? 1 : 0;
        return n;
    };
    EXPECT_EQ(countIn(TagGroup::Positive), 4);
    EXPECT_EQ(countIn(TagGroup::Horsemen), 4);
    EXPECT_EQ(countIn(TagGroup::Control), 8);
    EXPECT_EQ(countIn(TagGroup::OtherHarmful), 4);
    for (const TagInfo &t : TagCatalog::builtIn())
        EXPECT_EQ(t.valence, t.group == TagGroup::Positive ? Valence::Positive : Valence::Negative)
            << t.id.toStdString();
}

TEST(TagCatalogTest, FindsBuiltInTagsById)
{
    auto contempt = TagCatalog::find(u"contempt"_s);
    ASSERT_TRUE(contempt.has_value());
    EXPECT_EQ(contempt->group, TagGroup::Horsemen);
    EXPECT_EQ(contempt->valence, Valence::Negative);
    EXPECT_TRUE(TagCatalog::isBuiltIn(u"kept-promise"_s));
    EXPECT_FALSE(TagCatalog::isBuiltIn(u"Contempt"_s));
    EXPECT_FALSE(TagCatalog::find(u"no-such-tag"_s).has_value());
    EXPECT_FALSE(TagCatalog::isBuiltIn(QString()));
}

TEST(TagCatalogTest, UserTagIdsAreLowercaseDashedAndNotBuiltIn)
{
    EXPECT_TRUE(TagCatalog::isValidUserTagId(u"late-night"_s));
    EXPECT_TRUE(TagCatalog::isValidUserTagId(u"a"_s));
    EXPECT_TRUE(TagCatalog::isValidUserTagId(u"2am"_s));
    EXPECT_TRUE(TagCatalog::isValidUserTagId(QString(40, u'a')));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(QString(41, u'a')));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(QString()));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(u"-late"_s));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(u"Late"_s));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(u"late night"_s));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(u"late_night"_s));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(u"café"_s));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(u"late,night"_s));
    EXPECT_FALSE(TagCatalog::isValidUserTagId(u"shouting"_s));
}

TEST(TagCatalogTest, EveryGroupHasALabel)
{
    for (TagGroup g :
        {TagGroup::Positive, TagGroup::Horsemen, TagGroup::Control, TagGroup::OtherHarmful, TagGroup::User})
        EXPECT_FALSE(TagCatalog::groupLabel(g).isEmpty());
}
