#include "RelationshipText.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString RelationshipText::kindLabel(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::Partner: return tr("Partner");
    case RelationshipKind::Family: return tr("Family");
    case RelationshipKind::Friend: return tr("Friend");
    case RelationshipKind::Colleague: return tr("Colleague");
    case RelationshipKind::CoParent: return tr("Co-parent");
    case RelationshipKind::Other: return tr("Other");
    }
    return tr("Other");
}

QString RelationshipText::strategyLabel(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Undecided: return tr("Not decided yet");
    case Strategy::Repair: return tr("Repair");
    case Strategy::Limit: return tr("Limit contact");
    case Strategy::Cut: return tr("End contact");
    }
    return tr("Not decided yet");
}

QString RelationshipText::strategyDescription(Strategy strategy)
{
    switch (strategy) {
    case Strategy::Undecided:
        return tr("You have not chosen a path yet, and that is fine: noticing what happens for a while is a step "
                  "of its own.");
    case Strategy::Repair:
        return tr("You work on it together, which takes real accountability from them, clear boundaries, support "
                  "around you and a set trial period to see what changes.");
    case Strategy::Limit:
        return tr("You keep contact smaller and on your terms, such as shorter visits, texts only, topics that are "
                  "off the table, someone else there, or a time limit.");
    case Strategy::Cut:
        return tr("You end contact, with your safety first and a plan for the message, the timing, who you tell "
                  "and the practical steps.");
    }
    return {};
}

QString RelationshipText::displayName(const Relationship &relationship)
{
    return tr("%1 · %2").arg(relationship.name, kindLabel(relationship.kind));
}

QString RelationshipText::counted(int count, const QString &one, const QString &many)
{
    return count == 1 ? one : many.arg(count);
}

QString RelationshipText::footprintSummary(const RelationshipFootprint &f)
{
    QStringList parts;
    if (f.journalEntries > 0)
        parts << counted(f.journalEntries, tr("1 journal note"), tr("%1 journal notes"));
    if (f.boundaries > 0) {
        const QString boundaries = counted(f.boundaries, tr("1 boundary"), tr("%1 boundaries"));
        parts << (f.breaches > 0
                ? tr("%1 with %2").arg(boundaries, counted(f.breaches, tr("1 crossing"), tr("%1 crossings")))
                : boundaries);
    }
    if (f.assessments > 0)
        parts << counted(f.assessments, tr("1 assessment"), tr("%1 assessments"));
    if (f.trialPlans > 0) {
        const QString plans = counted(f.trialPlans, tr("1 trial plan"), tr("%1 trial plans"));
        parts << (f.checkIns > 0
                ? tr("%1 with %2").arg(plans, counted(f.checkIns, tr("1 check-in"), tr("%1 check-ins")))
                : plans);
    }
    if (f.scripts > 0)
        parts << counted(f.scripts, tr("1 message draft"), tr("%1 message drafts"));
    if (f.logisticsItems > 0)
        parts << counted(f.logisticsItems, tr("1 checklist item"), tr("%1 checklist items"));

    const QString undone = tr("This cannot be undone.");
    if (parts.isEmpty())
        return undone;
    QString list = parts.takeLast();
    if (!parts.isEmpty())
        list = tr("%1 and %2", "the last item of a list").arg(parts.join(tr(", ", "list separator")), list);
    return tr("This also deletes %1.").arg(list) + u' ' + undone;
}

} // namespace bearings::ui
