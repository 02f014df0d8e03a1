#include "Schema.h"

#include "journal/IncidentChain.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings::schema {

namespace {

// Conventions: timestamps are UTC ISO 8601 text with milliseconds (*_at),
// dates are ISO 8601 dates (*_date), enums are stable text keys, booleans are
// 0/1 integers. Every child row cascades with its owner.
std::vector<Migration> build()
{
    std::vector<Migration> steps;
    steps.push_back({1,
        {
            uR"(CREATE TABLE relationship (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    strategy TEXT NOT NULL DEFAULT 'undecided',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL))"_s,
            uR"(CREATE TABLE strategy_change (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    strategy TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT ''))"_s,
            u"CREATE INDEX strategy_change_rel ON strategy_change(relationship_id, changed_at)"_s,
            uR"(CREATE TABLE relationship_item (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('non_negotiable', 'value')),
    position INTEGER NOT NULL,
    text TEXT NOT NULL))"_s,
            u"CREATE INDEX relationship_item_rel ON relationship_item(relationship_id, kind, position)"_s,

            uR"(CREATE TABLE assessment (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL,
    questionnaire_version INTEGER NOT NULL,
    is_draft INTEGER NOT NULL DEFAULT 0 CHECK (is_draft IN (0, 1)),
    suggestion TEXT))"_s,
            u"CREATE INDEX assessment_rel ON assessment(relationship_id, taken_at)"_s,
            uR"(CREATE TABLE assessment_answer (
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, question_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE assessment_reflection (
    assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,
    trap_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (assessment_id, trap_id)) WITHOUT ROWID)"_s,

            uR"(CREATE TABLE boundary (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    behaviour TEXT NOT NULL,
    limit_text TEXT NOT NULL,
    consequence TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    retired_at TEXT))"_s,
            u"CREATE INDEX boundary_rel ON boundary(relationship_id)"_s,
            uR"(CREATE TABLE breach (
    id INTEGER PRIMARY KEY,
    boundary_id INTEGER NOT NULL REFERENCES boundary(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    consequence_carried_out INTEGER NOT NULL CHECK (consequence_carried_out IN (0, 1))))"_s,
            u"CREATE INDEX breach_boundary ON breach(boundary_id, occurred_at)"_s,

            uR"(CREATE TABLE journal_entry (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    occurred_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    mood_before INTEGER CHECK (mood_before BETWEEN -5 AND 5),
    mood_during INTEGER CHECK (mood_during BETWEEN -5 AND 5),
    mood_after INTEGER CHECK (mood_after BETWEEN -5 AND 5),
    note TEXT NOT NULL DEFAULT '',
    is_incident INTEGER NOT NULL DEFAULT 0 CHECK (is_incident IN (0, 1)),
    severity INTEGER CHECK (severity BETWEEN 1 AND 5),
    present TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,
            u"CREATE INDEX journal_entry_rel_time ON journal_entry(relationship_id, occurred_at)"_s,
            uR"(CREATE TABLE journal_tag (
    entry_id INTEGER NOT NULL REFERENCES journal_entry(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)) WITHOUT ROWID)"_s,
            u"CREATE INDEX journal_tag_tag ON journal_tag(tag)"_s,
            uR"(CREATE TABLE user_tag (
    id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    valence TEXT NOT NULL CHECK (valence IN ('positive', 'negative', 'neutral'))))"_s,

            uR"(CREATE TABLE trial_plan (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    strategy TEXT NOT NULL,
    start_date TEXT NOT NULL,
    length_weeks INTEGER NOT NULL CHECK (length_weeks BETWEEN 4 AND 26),
    my_behaviour TEXT NOT NULL DEFAULT '',
    their_behaviour TEXT NOT NULL DEFAULT '',
    checkin_weekday INTEGER NOT NULL CHECK (checkin_weekday BETWEEN 1 AND 7),
    created_at TEXT NOT NULL,
    ended_at TEXT))"_s,
            u"CREATE INDEX trial_plan_rel ON trial_plan(relationship_id, start_date)"_s,
            uR"(CREATE TABLE benchmark (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES trial_plan(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    target REAL NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most'))))"_s,
            u"CREATE INDEX benchmark_plan ON benchmark(plan_id, position)"_s,
            uR"(CREATE TABLE checkin (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES trial_plan(id) ON DELETE CASCADE,
    week INTEGER NOT NULL CHECK (week >= 1),
    filed_at TEXT NOT NULL,
    helped TEXT NOT NULL DEFAULT '',
    hindered TEXT NOT NULL DEFAULT '',
    overall INTEGER CHECK (overall BETWEEN 0 AND 10),
    UNIQUE (plan_id, week)))"_s,
            uR"(CREATE TABLE checkin_rating (
    checkin_id INTEGER NOT NULL REFERENCES checkin(id) ON DELETE CASCADE,
    benchmark_id INTEGER NOT NULL REFERENCES benchmark(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
    PRIMARY KEY (checkin_id, benchmark_id)) WITHOUT ROWID)"_s,
            uR"(CREATE TABLE monthly_review (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES trial_plan(id) ON DELETE CASCADE,
    month INTEGER NOT NULL CHECK (month >= 1),
    filed_at TEXT NOT NULL,
    patterns TEXT NOT NULL DEFAULT '',
    progress TEXT NOT NULL DEFAULT '',
    plan_changes TEXT NOT NULL DEFAULT '',
    UNIQUE (plan_id, month)))"_s,

            uR"(CREATE TABLE message_script (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER REFERENCES relationship(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,
            u"CREATE INDEX message_script_rel ON message_script(relationship_id)"_s,

            uR"(CREATE TABLE safety_plan (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    document TEXT NOT NULL,
    updated_at TEXT NOT NULL))"_s,

            uR"(CREATE TABLE logistics_item (
    id INTEGER PRIMARY KEY,
    relationship_id INTEGER NOT NULL REFERENCES relationship(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_at TEXT))"_s,
            u"CREATE INDEX logistics_item_rel ON logistics_item(relationship_id, category, position)"_s,
        }});

    // The incident record chain (docs/INCIDENT_CHAIN.md). No foreign key to
    // journal_entry: links outlive the entries they describe. The triggers
    // keep the table append-only; the one change allowed is erasing a
    // record's content (record = NULL) when its entry is deleted.
    steps.push_back({2,
        {
            uR"(CREATE TABLE incident_chain (
    seq INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL,
    revision INTEGER NOT NULL,
    kind TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    record BLOB,
    record_hash BLOB NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL))"_s,
            u"CREATE INDEX incident_chain_entry ON incident_chain(entry_id, seq)"_s,
            uR"(CREATE TRIGGER incident_chain_no_delete BEFORE DELETE ON incident_chain
BEGIN SELECT RAISE(ABORT, 'the incident record chain is append-only'); END)"_s,
            uR"(CREATE TRIGGER incident_chain_only_erase BEFORE UPDATE ON incident_chain
WHEN NEW.seq IS NOT OLD.seq OR NEW.entry_id IS NOT OLD.entry_id OR NEW.revision IS NOT OLD.revision
    OR NEW.kind IS NOT OLD.kind OR NEW.recorded_at IS NOT OLD.recorded_at OR NEW.record IS NOT NULL
    OR NEW.record_hash IS NOT OLD.record_hash OR NEW.prev_hash IS NOT OLD.prev_hash OR NEW.hash IS NOT OLD.hash
BEGIN SELECT RAISE(ABORT, 'the incident record chain is append-only'); END)"_s,
        },
        // The chain begins with the incidents already in the vault, oldest
        // first, as "baseline" links.
        [](Database &db) { return IncidentChain(db).reconcile(LinkKind::Baseline); }});
    return steps;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = build();
    return steps;
}

int latestVersion()
{
    return migrations().back().version;
}

} // namespace bearings::schema
