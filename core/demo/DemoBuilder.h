#pragma once

#include "assessment/AssessmentRepository.h"
#include "boundaries/BoundaryRepository.h"
#include "checkins/TrialPlanRepository.h"
#include "common/Result.h"
#include "demo/DemoOptions.h"
#include "demo/DemoRandom.h"
#include "demo/DemoText.h"
#include "journal/JournalRepository.h"
#include "logistics/LogisticsRepository.h"
#include "relationships/RelationshipRepository.h"
#include "safetyplan/SafetyPlanRepository.h"
#include "scripts/MessageScriptRepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace bearings {

class Database;
class ManualClock;
class Questionnaire;

// Writes the demo content through the repositories into a scratch database
// whose clock it owns, moving the clock to each record's moment so that
// createdAt, filedAt, takenAt and doneAt tell the same story as the dates.
// DemoGenerator validates the options and copies the result into the vault.
class DemoBuilder final {
    Q_DECLARE_TR_FUNCTIONS(bearings::DemoBuilder)

public:
    DemoBuilder(Database &db, ManualClock &clock, const Questionnaire &questionnaire, const DemoOptions &options);

    // The first and last day the options cover.
    static QDate firstDay(const DemoOptions &options);

    // Writes everything in one transaction. Call once.
    Status run();
    const DemoSummary &summary() const { return m_summary; }

    // How one person's entries tend to go (see profileOf in the .cpp).
    struct Profile {
        double positiveFrom = 0, positiveTo = 0, harmfulFrom = 0, harmfulTo = 0, moodFrom = 0, moodTo = 0;
    };

private:
    enum class Tone { Positive, Harmful, Neutral };

    struct Person {
        DemoRole role = DemoRole::Partner;
        qint64 id = 0;
        int perWeek = 0;
        int decideDay = 0; // the day the strategy is chosen and boundaries are set
        int firstAssessmentDay = 0;
        QList<qint64> boundaryIds;
        QList<DemoBoundaryText> boundaryTexts;
        QList<int> incidentDays; // the story's incidents: the first entry on or after each day
        int nextIncident = 0;
        Profile profile;
        // The role's words, read once: a long history writes 100,000 entries.
        QList<Channel> channels;
        QStringList harmfulTags;
        QList<DemoNote> neutralNotes;
        QList<DemoIncidentText> incidents;
    };

    int clampDay(int day) const;
    QDateTime at(int day, int minuteOfDay) const;
    // Moves the clock, never past the end of the story's last day.
    void setClock(const QDateTime &when);
    // 0 at the start of a person's change, 1 at the end of the story.
    double progress(const Person &person, int day) const;
    const QStringList &tagNotes(const QString &tag);

    Status addUserTags();
    Status addPeople();
    Status decide(Person &person);
    Status addAssessment(const Person &person, int day, bool later, bool withReflections);
    Status addJournal();
    Status addEntry(Person &person, int day, int minuteOfDay);
    Status addTrialPlans(const Person &person);
    Status addBreaches();
    Status addLaterAssessments();
    Status addScripts();
    Status addSafetyPlan();

    Database &m_db;
    ManualClock &m_clock;
    const Questionnaire &m_questionnaire;
    DemoOptions m_options;
    DemoRandom m_random;
    RelationshipRepository m_relationships;
    JournalRepository m_journal;
    BoundaryRepository m_boundaries;
    AssessmentRepository m_assessments;
    TrialPlanRepository m_plans;
    MessageScriptRepository m_scripts;
    SafetyPlanRepository m_safetyPlan;
    LogisticsRepository m_logistics;

    bool m_longHistory = false;
    QDate m_first;
    int m_days = 0;
    QDateTime m_end;
    QList<Person> m_people;
    bool m_hasDeadlineTag = false;
    QStringList m_positiveTags;
    QStringList m_counsellingNotes;
    QHash<QString, QStringList> m_tagNotes;
    DemoSummary m_summary;
};

} // namespace bearings
