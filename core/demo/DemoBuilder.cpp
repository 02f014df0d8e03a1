#include "DemoBuilder.h"

#include "analytics/TrialProgress.h"
#include "assessment/Questionnaire.h"
#include "common/Clock.h"
#include "storage/Database.h"

#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

constexpr int kDayStart = 8 * 60 + 30; // journal entries fall between 08:30 and 22:00
constexpr int kDayEnd = 22 * 60;
constexpr int kPlanWeeks = 12;
const QString kCounsellingTag = u"counselling"_s;
const QString kDeadlineTag = u"deadline"_s;

double lerp(double from, double to, double t)
{
    return from + (to - from) * t;
}

// The day (from the first) each role chooses a strategy: after about two
// weeks of journaling, as DOMAIN.md section 3 suggests.
int decideDayOf(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner: return 14;
    case DemoRole::Family: return 9;
    case DemoRole::Colleague: return 10;
    case DemoRole::Friend: return 11;
    case DemoRole::CoParent: return 12;
    }
    return 14;
}

QList<Channel> channelsOf(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner:
        return {Channel::InPerson, Channel::InPerson, Channel::InPerson, Channel::InPerson, Channel::InPerson,
            Channel::Text, Channel::Text, Channel::Call, Channel::Online};
    case DemoRole::Family:
        return {Channel::Call, Channel::Call, Channel::Call, Channel::InPerson, Channel::InPerson, Channel::Text};
    case DemoRole::Colleague:
        return {Channel::InPerson, Channel::InPerson, Channel::Online, Channel::Online, Channel::Call};
    case DemoRole::Friend: return {Channel::Text, Channel::Text, Channel::InPerson, Channel::Call};
    case DemoRole::CoParent: return {Channel::Text, Channel::Text, Channel::InPerson, Channel::Call};
    }
    return {Channel::Other};
}

DemoBuilder::Profile profileOf(DemoRole role)
{
    // Shares of positive and harmful entries, and the mood around which
    // entries scatter, at the start and at the end of the change.
    switch (role) {
    case DemoRole::Partner: return {0.35, 0.62, 0.45, 0.2, -1.0, 1.5};
    case DemoRole::Family: return {0.25, 0.35, 0.5, 0.38, -1.2, -0.3};
    case DemoRole::Colleague: return {0.15, 0.25, 0.4, 0.3, -0.8, 0.0};
    case DemoRole::Friend: return {0.4, 0.45, 0.3, 0.25, 0.0, 0.5};
    case DemoRole::CoParent: return {0.25, 0.35, 0.4, 0.3, -1.0, 0.0};
    }
    return {};
}

int breachWeight(DemoRole role)
{
    switch (role) {
    case DemoRole::Partner: return 5;
    case DemoRole::Family: return 3;
    case DemoRole::Colleague: return 2;
    case DemoRole::Friend: return 1;
    case DemoRole::CoParent: return 2;
    }
    return 1;
}

Status internal(const QString &detail)
{
    return makeError(ErrorCode::Internal, DemoBuilder::tr("The demo could not be created."), detail);
}

} // namespace

DemoBuilder::DemoBuilder(
    Database &db, ManualClock &clock, const Questionnaire &questionnaire, const DemoOptions &options)
    : m_db(db)
    , m_clock(clock)
    , m_questionnaire(questionnaire)
    , m_options(options)
    , m_random(options.seed)
    , m_relationships(db)
    , m_journal(db)
    , m_boundaries(db)
    , m_assessments(db)
    , m_plans(db)
    , m_scripts(db)
    , m_safetyPlan(db)
    , m_logistics(db)
    , m_longHistory(options.years > 0)
    , m_first(firstDay(options))
    , m_positiveTags(DemoText::positiveTags())
    , m_counsellingNotes(DemoText::counsellingNotes())
{
    m_days = int(m_first.daysTo(options.endDate)) + 1;
    m_end = QDateTime(options.endDate, QTime(23, 30));
}

QDate DemoBuilder::firstDay(const DemoOptions &options)
{
    if (options.years > 0)
        return options.endDate.addYears(-options.years).addDays(1);
    return options.endDate.addDays(-(qint64(options.weeks) * 7 - 1));
}

int DemoBuilder::clampDay(int day) const
{
    return std::clamp(day, 0, m_days - 1);
}

QDateTime DemoBuilder::at(int day, int minuteOfDay) const
{
    return QDateTime(m_first.addDays(day), QTime(minuteOfDay / 60, minuteOfDay % 60));
}

void DemoBuilder::setClock(const QDateTime &when)
{
    m_clock.set(std::min(when, m_end));
}

double DemoBuilder::progress(const Person &person, int day) const
{
    const int span = m_days - 1 - person.decideDay;
    if (span <= 0)
        return 0.0;
    return std::clamp(double(day - person.decideDay) / span, 0.0, 1.0);
}

const QStringList &DemoBuilder::tagNotes(const QString &tag)
{
    auto it = m_tagNotes.find(tag);
    if (it == m_tagNotes.end())
        it = m_tagNotes.insert(tag, DemoText::tagNotes(tag));
    return it.value();
}

Status DemoBuilder::run()
{
    return m_db.write([&]() -> Status {
        for (auto step : {&DemoBuilder::addPeople, &DemoBuilder::addUserTags}) {
            if (Status s = (this->*step)(); !s.ok())
                return s;
        }
        for (Person &person : m_people) {
            if (Status s = decide(person); !s.ok())
                return s;
        }
        if (Status s = addTrialPlans(m_people.first()); !s.ok())
            return s;
        for (auto step : {&DemoBuilder::addJournal, &DemoBuilder::addBreaches, &DemoBuilder::addLaterAssessments,
                 &DemoBuilder::addScripts, &DemoBuilder::addSafetyPlan}) {
            if (Status s = (this->*step)(); !s.ok())
                return s;
        }
        return {};
    });
}

Status DemoBuilder::addPeople()
{
    const int count = m_options.relationships > 0 ? m_options.relationships : (m_longHistory ? 3 : 2);
    for (int i = 0; i < count; ++i) {
        Person person;
        person.role = DemoRole(i);
        const DemoPersonText text = DemoText::person(person.role);
        if (m_longHistory)
            person.perWeek = m_options.entriesPerWeek > 0 ? m_options.entriesPerWeek : 7;
        else if (person.role == DemoRole::Partner)
            person.perWeek = m_options.entriesPerWeek > 0 ? m_options.entriesPerWeek : 5;
        else
            person.perWeek = m_options.entriesPerWeek > 0 ? std::max(1, (m_options.entriesPerWeek * 2 + 2) / 5) : 2;
        person.decideDay = clampDay(decideDayOf(person.role));
        person.firstAssessmentDay = clampDay(person.decideDay - (person.role == DemoRole::Partner ? 2 : 1));
        person.profile = profileOf(person.role);
        person.channels = channelsOf(person.role);
        person.harmfulTags = DemoText::harmfulTags(person.role);
        person.neutralNotes = DemoText::neutralNotes(person.role);
        person.incidents = DemoText::incidents(person.role);
        // The story's incidents, at the same points of any length.
        if (!m_longHistory) {
            if (person.role == DemoRole::Partner)
                person.incidentDays = {m_days * 6 / 100, m_days * 45 / 100};
            else if (person.role == DemoRole::Family)
                person.incidentDays = {m_days * 31 / 100};
        }

        Relationship r;
        r.name = text.name;
        r.kind = text.kind;
        r.notes = text.notes;
        r.nonNegotiables = text.nonNegotiables;
        r.values = text.values;
        r.strategy = Strategy::Undecided;
        setClock(at(0, 8 * 60 + i));
        auto added = m_relationships.add(r);
        if (!added.ok())
            return added.error();
        person.id = added.value();
        m_people.append(person);
        ++m_summary.relationships;
    }
    return {};
}

Status DemoBuilder::addUserTags()
{
    setClock(at(0, 8 * 60 + 10));
    if (Status s = m_journal.addUserTag(kCounsellingTag, u"Counselling session"_s, Valence::Neutral); !s.ok())
        return s;
    for (const Person &person : std::as_const(m_people)) {
        if (person.role == DemoRole::Colleague) {
            if (Status s = m_journal.addUserTag(kDeadlineTag, u"Deadline week"_s, Valence::Neutral); !s.ok())
                return s;
            m_hasDeadlineTag = true;
        }
    }
    return {};
}

Status DemoBuilder::addAssessment(const Person &person, int day, bool later, bool withReflections)
{
    const QMap<QString, int> chosen = DemoText::assessmentAnswers(person.role, later);
    Assessment a;
    a.relationshipId = person.id;
    for (const Question &q : m_questionnaire.questions()) {
        if (q.group == QuestionGroup::ThinkingTraps)
            continue;
        int value = chosen.value(q.id, 0);
        // Later sittings vary a little in how much harm is felt; nothing else
        // moves, so the suggestion stays Repair or Limit.
        if (m_longHistory && later && q.group == QuestionGroup::Harm && m_random.chance(0.3))
            value += m_random.chance(0.5) ? 1 : -1;
        a.answers.insert(q.id, std::clamp(value, 0, Questionnaire::maxValue(q)));
    }
    if (withReflections) {
        const QMap<QString, QString> reflections = DemoText::reflections(person.role);
        for (auto it = reflections.cbegin(); it != reflections.cend(); ++it) {
            const std::optional<Question> q = m_questionnaire.question(it.key());
            if (q && q->group == QuestionGroup::ThinkingTraps)
                a.reflections.insert(it.key(), it.value());
        }
    }
    setClock(at(day, 21 * 60 + m_random.below(40)));
    auto result = m_assessments.finish(a, m_questionnaire);
    if (!result.ok())
        return result.error();
    if (result->suggestion == Suggestion::SafetyFirst || result->suggestion == Suggestion::Cut)
        return internal(u"demo assessment scored %1"_s.arg(enumKey(kSuggestionKeys, result->suggestion)));
    ++m_summary.assessments;
    return {};
}

Status DemoBuilder::decide(Person &person)
{
    if (Status s = addAssessment(person, person.firstAssessmentDay, false, true); !s.ok())
        return s;

    const DemoPersonText text = DemoText::person(person.role);
    setClock(at(person.decideDay, 19 * 60 + 30));
    if (Status s = m_relationships.changeStrategy(person.id, text.strategy, text.reason); !s.ok())
        return s;

    const QList<DemoBoundaryText> boundaries = DemoText::boundaries(person.role);
    for (int i = 0; i < boundaries.size(); ++i) {
        Boundary b;
        b.relationshipId = person.id;
        b.behaviour = boundaries.at(i).behaviour;
        b.limit = boundaries.at(i).limit;
        b.consequence = boundaries.at(i).consequence;
        setClock(at(person.decideDay, 20 * 60 + i));
        auto added = m_boundaries.add(b);
        if (!added.ok())
            return added.error();
        person.boundaryIds.append(added.value());
        person.boundaryTexts.append(boundaries.at(i));
        ++m_summary.boundaries;
    }

    if (text.strategy != Strategy::Limit && text.strategy != Strategy::Cut)
        return {};
    setClock(at(person.decideDay, 20 * 60 + 30));
    if (auto seeded = m_logistics.seedDefaults(person.id, text.strategy); !seeded.ok())
        return seeded.error();
    for (const QString &step : DemoText::supportSteps(person.role)) {
        LogisticsItem item;
        item.relationshipId = person.id;
        item.category = LogisticsCategory::Custom;
        item.text = step;
        if (auto added = m_logistics.add(item); !added.ok())
            return added.error();
    }
    auto items = m_logistics.list(person.id);
    if (!items.ok())
        return items.error();
    // About half of the checklist is done, a step every day or two.
    const QList<int> done = m_random.choose(int(items->size()), int(items->size()) / 2);
    for (int i = 0; i < done.size(); ++i) {
        setClock(at(clampDay(person.decideDay + 1 + i + i / 2), 18 * 60 + m_random.below(180)));
        if (Status s = m_logistics.setDone(items->at(done.at(i)).id, true); !s.ok())
            return s;
    }
    return {};
}

Status DemoBuilder::addTrialPlans(const Person &person)
{
    if (person.role != DemoRole::Partner)
        return {};
    const QList<QStringList> behaviours = DemoText::planBehaviours();
    const QStringList helped = DemoText::checkInHelped();
    const QStringList hindered = DemoText::checkInHindered();
    const QList<DemoReviewText> reviews = DemoText::reviews();
    const int lastDay = m_days - 1;
    int planIndex = 0;
    for (int start = person.decideDay; start <= lastDay; start += kPlanWeeks * 7, ++planIndex) {
        TrialPlan plan;
        plan.relationshipId = person.id;
        plan.strategy = Strategy::Repair;
        plan.startDate = m_first.addDays(start);
        plan.lengthWeeks = kPlanWeeks;
        plan.myBehaviour = behaviours.at(planIndex % behaviours.size()).at(0);
        plan.theirBehaviour = behaviours.at(planIndex % behaviours.size()).at(1);
        // The check-in closes each plan week, on its last day.
        plan.checkInWeekday = plan.startDate.addDays(6).dayOfWeek();
        plan.benchmarks = {
            {0, BenchmarkKind::PositiveNegativeRatio, u"Positive to negative moments"_s, 5.0, TargetDirection::AtLeast},
            {0, BenchmarkKind::BreachesPerWeek, u"Boundary breaches a week"_s, 1.0, TargetDirection::AtMost},
            {0, BenchmarkKind::AfterMood, u"Mood after contact"_s, 0.0, TargetDirection::AtLeast},
            {0, BenchmarkKind::SelfRated, u"I feel heard"_s, 6.0, TargetDirection::AtLeast},
        };
        setClock(at(start, 8 * 60 + 15));
        if (auto created = m_plans.create(plan); !created.ok())
            return created.error();
        const qint64 heardId = plan.benchmarks.last().id;
        const int planLastDay = start + kPlanWeeks * 7 - 1;
        const bool running = planLastDay >= lastDay;

        // Weeks whose check-in was due before today; the latest one of the
        // running plan is left open, so the story has one overdue.
        QList<int> dueDays;
        for (int week = 1; week <= kPlanWeeks; ++week) {
            const int due = int(m_first.daysTo(TrialProgress::checkInDueDate(plan, week)));
            if (due >= lastDay)
                break;
            dueDays.append(due);
        }
        for (int week = 1; week <= dueDays.size(); ++week) {
            if (running && week == dueDays.size())
                break;
            if (m_longHistory && !running && m_random.chance(0.04))
                continue;
            const int due = dueDays.at(week - 1);
            const double t = progress(person, due);
            CheckIn c;
            c.planId = plan.id;
            c.week = week;
            c.helped = m_random.pick(helped);
            c.hindered = m_random.pick(hindered);
            c.overall = m_random.around(4.5 + 3.0 * t, 1, kRatingMin, kRatingMax);
            c.ratings.insert(heardId, m_random.around(4.0 + 3.5 * t, 1, kRatingMin, kRatingMax));
            const bool late = week < kPlanWeeks && due + 1 < lastDay && m_random.chance(0.2);
            setClock(at(due + (late ? 1 : 0), 20 * 60 + m_random.below(120)));
            if (auto filed = m_plans.fileCheckIn(c); !filed.ok())
                return filed.error();
            ++m_summary.checkIns;
        }
        for (int month = 1; month <= TrialPlanRepository::monthCount(plan); ++month) {
            const int due = int(m_first.daysTo(TrialProgress::monthlyReviewDueDate(plan, month)));
            if (due >= lastDay)
                break;
            const DemoReviewText &text = reviews.at((planIndex + month - 1) % reviews.size());
            MonthlyReview review;
            review.planId = plan.id;
            review.month = month;
            review.patterns = text.patterns;
            review.progress = text.progress;
            review.planChanges = text.planChanges;
            setClock(at(due, 21 * 60 + 30 + m_random.below(30)));
            if (auto filed = m_plans.fileReview(review); !filed.ok())
                return filed.error();
            ++m_summary.reviews;
        }
        if (!running) {
            setClock(at(planLastDay + 1, 8 * 60));
            if (Status s = m_plans.end(plan.id); !s.ok())
                return s;
        }
    }
    return {};
}

Status DemoBuilder::addJournal()
{
    struct Slot {
        int minute;
        int person;
    };
    const int window = kDayEnd - kDayStart;
    QList<std::array<int, 7>> perDay(m_people.size());
    for (int day = 0; day < m_days; ++day) {
        if (day % 7 == 0) {
            // Spread each person's entries for the week over its days.
            for (int p = 0; p < m_people.size(); ++p) {
                const int n = m_people.at(p).perWeek;
                perDay[p].fill(n / 7);
                for (int d : m_random.choose(7, n % 7))
                    ++perDay[p][d];
            }
        }
        QList<Slot> moments;
        for (int p = 0; p < m_people.size(); ++p) {
            const int count = perDay.at(p).at(day % 7);
            if (count == 1) {
                moments.append({kDayStart + m_random.below(window), p});
            } else if (count > 1) {
                for (int offset : m_random.choose(window, count))
                    moments.append({kDayStart + offset, p});
            }
        }
        std::stable_sort(
            moments.begin(), moments.end(), [](const Slot &a, const Slot &b) { return a.minute < b.minute; });
        for (const Slot &slot : std::as_const(moments)) {
            if (Status s = addEntry(m_people[slot.person], day, slot.minute); !s.ok())
                return s;
        }
    }
    return {};
}

Status DemoBuilder::addEntry(Person &person, int day, int minuteOfDay)
{
    const double t = progress(person, day);
    const double positive = lerp(person.profile.positiveFrom, person.profile.positiveTo, t);
    const double harmful = lerp(person.profile.harmfulFrom, person.profile.harmfulTo, t);
    const double u = m_random.unit();
    Tone tone = u < positive ? Tone::Positive : (u < positive + harmful ? Tone::Harmful : Tone::Neutral);

    JournalEntry e;
    e.relationshipId = person.id;
    e.occurredAt = at(day, minuteOfDay);
    e.channel = m_random.pick(person.channels);

    std::optional<DemoIncidentText> incident;
    const QList<DemoIncidentText> &incidents = person.incidents;
    if (person.nextIncident < person.incidentDays.size() && day >= person.incidentDays.at(person.nextIncident)) {
        incident = incidents.at(person.nextIncident % incidents.size());
        ++person.nextIncident;
    } else if (m_longHistory && tone == Tone::Harmful && m_random.chance(0.02)) {
        incident = m_random.pick(incidents);
    }

    double moodShift = 0.2;
    if (incident) {
        tone = Tone::Harmful;
        moodShift = -3.5;
        e.incident = true;
        e.severity = incident->severity;
        e.present = incident->present;
        e.evidence = incident->evidence;
        e.note = incident->note;
        e.tags = incident->tags;
        e.channel = incident->channel;
    } else if (tone == Tone::Positive || tone == Tone::Harmful) {
        const QStringList &pool = tone == Tone::Positive ? m_positiveTags : person.harmfulTags;
        const QString first = m_random.pick(pool);
        e.tags = {first};
        if (m_random.chance(0.25)) {
            const QString second = m_random.pick(pool);
            if (second != first)
                e.tags.append(second);
        }
        e.note = m_random.pick(tagNotes(first));
        moodShift = tone == Tone::Positive ? 1.5 : -2.0;
    } else if (person.role == DemoRole::Partner && day >= person.decideDay && m_random.chance(0.2)) {
        e.tags = {kCounsellingTag};
        if (m_random.chance(0.5))
            e.tags.append(u"repair-attempt"_s);
        e.channel = Channel::InPerson;
        e.note = m_random.pick(m_counsellingNotes);
        moodShift = 0.8;
    } else {
        if (m_hasDeadlineTag && person.role == DemoRole::Colleague && m_random.chance(0.15))
            e.tags = {kDeadlineTag};
        const DemoNote &note = m_random.pick(person.neutralNotes);
        e.note = note.text;
        e.channel = note.channel;
    }

    const double base = lerp(person.profile.moodFrom, person.profile.moodTo, t);
    if (!m_random.chance(0.1))
        e.moodBefore = m_random.around(base + 0.3, 1, kMoodMin, kMoodMax);
    if (e.channel != Channel::Text || m_random.chance(0.5))
        e.moodDuring = m_random.around(base + moodShift, 1, kMoodMin, kMoodMax);
    e.moodAfter = m_random.around(base + moodShift * 1.2, 1, kMoodMin, kMoodMax);

    setClock(e.occurredAt.addSecs(60 * qint64(2 + m_random.below(44))));
    if (auto added = m_journal.add(e); !added.ok())
        return added.error();
    ++m_summary.journalEntries;
    if (e.incident)
        ++m_summary.incidents;
    return {};
}

Status DemoBuilder::addBreaches()
{
    struct Planned {
        QDateTime at;
        qint64 boundaryId;
        QString description;
    };
    const int total = m_options.breaches > 0
        ? m_options.breaches
        : (m_longHistory ? 100 * m_options.years : std::max(2, (m_options.weeks * 9 + 5) / 10));
    QList<int> candidates; // a person's index once per unit of weight
    for (int p = 0; p < m_people.size(); ++p) {
        if (!m_people.at(p).boundaryIds.isEmpty() && m_people.at(p).decideDay + 1 < m_days) {
            for (int w = 0; w < breachWeight(m_people.at(p).role); ++w)
                candidates.append(p);
        }
    }
    if (candidates.isEmpty())
        return {};

    QList<Planned> planned;
    planned.reserve(total);
    for (int i = 0; i < total; ++i) {
        const Person &person = m_people.at(m_random.pick(candidates));
        const int b = m_random.below(int(person.boundaryIds.size()));
        const int first = person.decideDay + 1;
        const int span = m_days - first;
        // In the story, breaches thin out as the boundaries take hold.
        const int day = m_longHistory ? first + m_random.below(span)
                                      : first + std::min(m_random.below(span), m_random.below(span));
        planned.append({at(day, 18 * 60 + m_random.below(4 * 60)), person.boundaryIds.at(b),
            m_random.pick(person.boundaryTexts.at(b).breaches)});
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) { return a.at < b.at; });
    // About 70% followed through, exactly.
    const QList<int> carriedOut = m_random.choose(total, (total * 7 + 5) / 10);
    for (int i = 0; i < planned.size(); ++i) {
        Breach breach;
        breach.boundaryId = planned.at(i).boundaryId;
        breach.occurredAt = planned.at(i).at;
        breach.description = planned.at(i).description;
        breach.consequenceCarriedOut = std::binary_search(carriedOut.cbegin(), carriedOut.cend(), i);
        setClock(breach.occurredAt.addSecs(30 * 60));
        if (auto logged = m_boundaries.logBreach(breach); !logged.ok())
            return logged.error();
        ++m_summary.breaches;
    }
    return {};
}

Status DemoBuilder::addLaterAssessments()
{
    for (const Person &person : std::as_const(m_people)) {
        if (m_longHistory) {
            // One a quarter after the first.
            for (int day = person.firstAssessmentDay + 91; day < m_days; day += 91) {
                if (Status s = addAssessment(person, day, true, false); !s.ok())
                    return s;
            }
        } else if (person.role == DemoRole::Partner) {
            // A second look near the end of the story, once the trial has had time.
            const int day = m_days - 13;
            if (day >= person.firstAssessmentDay + 28) {
                if (Status s = addAssessment(person, day, true, false); !s.ok())
                    return s;
            }
        }
    }
    return {};
}

Status DemoBuilder::addScripts()
{
    const QList<DemoScriptText> all = DemoText::scripts();
    QList<DemoScriptText> templates;
    for (const DemoScriptText &s : all) {
        if (!s.forRole || int(s.role) < m_people.size())
            templates.append(s);
    }
    const int total = m_options.scripts > 0 ? m_options.scripts : (m_longHistory ? 20 * m_options.years : 8);
    const int first = clampDay(m_longHistory ? 7 : 10);
    const int span = m_days - first;
    for (int i = 0; i < total; ++i) {
        const DemoScriptText &t = templates.at(i % templates.size());
        MessageScript script;
        script.relationshipId = t.forRole ? m_people.at(int(t.role)).id : 0;
        script.kind = t.kind;
        script.title = i < templates.size() ? t.title : u"%1 (%2)"_s.arg(t.title).arg(i / templates.size() + 1);
        script.body = t.body;
        const int day = first + int(qint64(i) * span / total);
        setClock(at(day, 21 * 60 + m_random.below(60)));
        if (auto added = m_scripts.add(script); !added.ok())
            return added.error();
        ++m_summary.scripts;
        // Some drafts were reworked a few days later.
        if (i % 3 == 0 && day + 3 < m_days) {
            setClock(at(day + 3, 20 * 60 + m_random.below(60)));
            if (Status s = m_scripts.update(script); !s.ok())
                return s;
        }
    }
    return {};
}

Status DemoBuilder::addSafetyPlan()
{
    SafetyPlan plan = DemoText::safetyPlan();
    setClock(at(clampDay(16), 21 * 60 + 45));
    return m_safetyPlan.save(plan);
}

} // namespace bearings
