#include "TagCatalog.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

const QList<TagInfo> &TagCatalog::builtIn()
{
    static const QList<TagInfo> tags {
        // Positive moments.
        {u"kept-promise"_s, TagGroup::Positive, Valence::Positive, tr("Kept a promise"),
            tr("They did what they said they would do.")},
        {u"repair-attempt"_s, TagGroup::Positive, Valence::Positive, tr("Repair attempt"),
            tr("They tried to calm things down or make up after a hard moment.")},
        {u"care"_s, TagGroup::Positive, Valence::Positive, tr("A moment of care"),
            tr("They showed warmth, interest or kindness.")},
        {u"apology-with-change"_s, TagGroup::Positive, Valence::Positive, tr("Apology with change"),
            tr("They apologised and then acted differently, not only said sorry.")},
        // The four horsemen.
        {u"criticism"_s, TagGroup::Horsemen, Valence::Negative, tr("Criticism"),
            tr("Attacking who you are rather than talking about one thing that happened.")},
        {u"contempt"_s, TagGroup::Horsemen, Valence::Negative, tr("Contempt"),
            tr("Mocking, eye-rolling, sneering or treating you as beneath them.")},
        {u"defensiveness"_s, TagGroup::Horsemen, Valence::Negative, tr("Defensiveness"),
            tr("Turning every concern back on you instead of hearing it.")},
        {u"stonewalling"_s, TagGroup::Horsemen, Valence::Negative, tr("Stonewalling"),
            tr("Shutting down, going silent or walking away to avoid the conversation.")},
        // Controlling patterns.
        {u"intimidation"_s, TagGroup::Control, Valence::Negative, tr("Intimidation"),
            tr("Looks, actions, gestures or a raised voice meant to make you afraid.")},
        {u"emotional-abuse"_s, TagGroup::Control, Valence::Negative, tr("Put-downs"),
            tr("Insults, humiliation, mind games or making you feel guilty or worthless.")},
        {u"isolation"_s, TagGroup::Control, Valence::Negative, tr("Isolation"),
            tr("Limiting who you see or talk to, or where you go.")},
        {u"minimising-denying-blaming"_s, TagGroup::Control, Valence::Negative, tr("Minimising or blaming"),
            tr("Saying it didn't happen, wasn't serious, or was your fault.")},
        {u"using-children"_s, TagGroup::Control, Valence::Negative, tr("Using the children"),
            tr("Using the children to pass messages, to make you feel guilty, or as leverage.")},
        {u"economic-abuse"_s, TagGroup::Control, Valence::Negative, tr("Money control"),
            tr("Controlling money, keeping you from work, or taking what is yours.")},
        {u"privilege"_s, TagGroup::Control, Valence::Negative, tr("Entitlement"),
            tr("Acting as if they make all the decisions or their needs always come first.")},
        {u"coercion-threats"_s, TagGroup::Control, Valence::Negative, tr("Threats or pressure"),
            tr("Threats, or pressure to do something you did not want to do.")},
        // Other harmful moments.
        {u"gaslighting"_s, TagGroup::OtherHarmful, Valence::Negative, tr("Denying your reality"),
            tr("Insisting that what you saw, heard or remember is wrong.")},
        {u"shouting"_s, TagGroup::OtherHarmful, Valence::Negative, tr("Shouting"), tr("Yelling or screaming at you.")},
        {u"name-calling"_s, TagGroup::OtherHarmful, Valence::Negative, tr("Name-calling"),
            tr("Calling you names or labels meant to hurt.")},
        {u"broken-promise"_s, TagGroup::OtherHarmful, Valence::Negative, tr("Broken promise"),
            tr("They did not do what they said they would do.")},
    };
    return tags;
}

std::optional<TagInfo> TagCatalog::find(const QString &id)
{
    for (const TagInfo &t : builtIn()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

bool TagCatalog::isBuiltIn(const QString &id)
{
    return find(id).has_value();
}

bool TagCatalog::isValidUserTagId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9][a-z0-9-]{0,39}$"_s);
    return pattern.match(id).hasMatch() && !isBuiltIn(id);
}

QString TagCatalog::groupLabel(TagGroup group)
{
    switch (group) {
    case TagGroup::Positive: return tr("Positive moments");
    case TagGroup::Horsemen: return tr("Criticism, contempt, defensiveness, stonewalling");
    case TagGroup::Control: return tr("Controlling behaviour");
    case TagGroup::OtherHarmful: return tr("Other hurtful moments");
    case TagGroup::User: return tr("Your tags");
    }
    return {};
}

} // namespace bearings
