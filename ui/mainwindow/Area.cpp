#include "Area.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString AreaInfo::id(Area area)
{
    switch (area) {
    case Area::Dashboard: return u"dashboard"_s;
    case Area::Journal: return u"journal"_s;
    case Area::Boundaries: return u"boundaries"_s;
    case Area::CheckIns: return u"checkins"_s;
    case Area::Assessment: return u"assessment"_s;
    case Area::Messages: return u"messages"_s;
    case Area::SafetyPlan: return u"safetyplan"_s;
    }
    return {};
}

bool AreaInfo::fromId(const QString &id, Area *area)
{
    for (const Area a : kAllAreas) {
        if (AreaInfo::id(a) == id) {
            *area = a;
            return true;
        }
    }
    return false;
}

QString AreaInfo::title(Area area)
{
    switch (area) {
    case Area::Dashboard: return tr("Overview");
    case Area::Journal: return tr("Journal");
    case Area::Boundaries: return tr("Boundaries");
    case Area::CheckIns: return tr("Check-ins");
    case Area::Assessment: return tr("Where I stand");
    case Area::Messages: return tr("Messages");
    case Area::SafetyPlan: return tr("Safety plan");
    }
    return {};
}

QString AreaInfo::subtitle(Area area)
{
    switch (area) {
    case Area::Dashboard: return tr("How things have been going, week by week.");
    case Area::Journal: return tr("A private record of contact and how it felt.");
    case Area::Boundaries: return tr("The limits you set, and how they have held.");
    case Area::CheckIns: return tr("A few quiet minutes each week to look back.");
    case Area::Assessment: return tr("Take stock of this relationship and choose a way forward.");
    case Area::Messages: return tr("Draft what you want to say, calmly and clearly.");
    case Area::SafetyPlan: return tr("Who to call and where to go if you need to be safe.");
    }
    return {};
}

QString AreaInfo::iconName(Area area)
{
    switch (area) {
    case Area::Dashboard: return u"dashboard"_s;
    case Area::Journal: return u"journal"_s;
    case Area::Boundaries: return u"boundaries"_s;
    case Area::CheckIns: return u"checkins"_s;
    case Area::Assessment: return u"assessment"_s;
    case Area::Messages: return u"messages"_s;
    case Area::SafetyPlan: return u"safetyplan"_s;
    }
    return {};
}

QString AreaInfo::emptyTitle(Area area)
{
    switch (area) {
    case Area::Dashboard: return tr("Nothing to show yet");
    case Area::Journal: return tr("Your journal is empty");
    case Area::Boundaries: return tr("No boundaries yet");
    case Area::CheckIns: return tr("No check-ins yet");
    case Area::Assessment: return tr("You haven't taken stock yet");
    case Area::Messages: return tr("No drafts yet");
    case Area::SafetyPlan: return tr("Your safety plan is empty");
    }
    return {};
}

QString AreaInfo::emptyPrompt(Area area)
{
    switch (area) {
    case Area::Dashboard:
        return tr("Once you have a few journal notes and check-ins, you'll see here how things change over "
                  "the weeks. The trend matters more than any single day.");
    case Area::Journal:
        return tr("After contact with this person, jot down when it happened, how you felt before, during and "
                  "after, and what happened. A few weeks of notes make patterns easier to see.");
    case Area::Boundaries:
        return tr("A boundary names a behaviour, your limit, and what you will do if it happens again. "
                  "Keeping a note of each time it is crossed shows how well it holds.");
    case Area::CheckIns:
        return tr("Once a week, note what helped and what made things harder. Every four weeks, a longer look "
                  "back helps you decide what to change.");
    case Area::Assessment:
        return tr("A short set of questions helps you see whether repair, less contact or no contact fits "
                  "best. If anything points to danger, your safety comes first.");
    case Area::Messages:
        return tr("Start from a template for a boundary, stepping back or ending contact, and shape it into "
                  "your own words. Nothing is ever sent from here.");
    case Area::SafetyPlan:
        return tr("Write down trusted people to call, safe places to go and what to take with you. You can "
                  "print it and keep it somewhere only you know.");
    }
    return {};
}

} // namespace bearings::ui
