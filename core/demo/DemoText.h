#pragma once

#include "journal/JournalEntry.h"
#include "relationships/Relationship.h"
#include "safetyplan/SafetyPlan.h"
#include "scripts/MessageScript.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bearings {

// The people of the demo story, in the order they are added.
enum class DemoRole { Partner, Family, Colleague, Friend, CoParent };
inline constexpr int kDemoRoleCount = 5;

struct DemoPersonText {
    QString name;
    RelationshipKind kind = RelationshipKind::Other;
    QString notes;
    QStringList nonNegotiables;
    QStringList values;
    Strategy strategy = Strategy::Limit; // what the user chooses after the first weeks
    QString reason;                      // why, in the user's words
};

// A note and the way the contact happened.
struct DemoNote {
    Channel channel = Channel::InPerson;
    QString text;
};

struct DemoBoundaryText {
    QString behaviour;
    QString limit;
    QString consequence;
    QStringList breaches; // what happened when it was crossed
};

struct DemoIncidentText {
    QString note;
    QString present;
    QString evidence;
    QStringList tags;
    int severity = 2;
    Channel channel = Channel::InPerson;
};

struct DemoScriptText {
    DemoRole role = DemoRole::Partner;
    bool forRole = true; // false: a draft not tied to a relationship
    ScriptKind kind = ScriptKind::Custom;
    QString title;
    QString body;
};

struct DemoReviewText {
    QString patterns;
    QString progress;
    QString planChanges;
};

// The words of the demo vault: example content in plain, calm English. Not
// translated; it is sample data, like a document a user might have written.
// Nothing here is graphic; the story stays well clear of the safety red flags.
class DemoText final {
public:
    DemoText() = delete;

    static DemoPersonText person(DemoRole role);
    // Short notes for an entry whose main tag is `tag` (a built-in tag id).
    static QStringList tagNotes(const QString &tag);
    // Everyday contact with nothing in particular to tag.
    static QList<DemoNote> neutralNotes(DemoRole role);
    // The harmful tags that fit a role, some listed twice to come up more often.
    static QStringList harmfulTags(DemoRole role);
    static QStringList positiveTags();
    static QStringList counsellingNotes();
    static QList<DemoIncidentText> incidents(DemoRole role);
    static QList<DemoBoundaryText> boundaries(DemoRole role);
    static QList<DemoScriptText> scripts();
    static QStringList checkInHelped();
    static QStringList checkInHindered();
    static QList<DemoReviewText> reviews();
    // Pairs of "my behaviour", "their behaviour" for trial plans, in turn.
    static QList<QStringList> planBehaviours();
    // Extra steps for a relationship's logistics checklist.
    static QStringList supportSteps(DemoRole role);
    // Questionnaire answers (question id -> value) for a role's first
    // sitting, or a later one after some change. Red flags and abuse questions
    // are never answered yes: the demo never suggests Cut or safety first.
    static QMap<QString, int> assessmentAnswers(DemoRole role, bool later);
    // Thinking-trap reflections (trap id -> the user's words).
    static QMap<QString, QString> reflections(DemoRole role);
    // The filled-in safety plan (without updatedAt).
    static SafetyPlan safetyPlan();
};

} // namespace bearings
