#pragma once

#include "common/Result.h"
#include "scripts/CheckerRule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bearings {

// The message checker's rules (DOMAIN.md section 6), kept as data in the
// resource :/bearings/scripts/checker_rules.json and read strictly.
//
// Titles and explanations are English source text, translated with the
// context "bearings::CheckerRules" (this class's tr() context; lupdate does not
// read JSON). Word lists are keyed by language code and "en" is required; a
// language without its own list uses the English one. Each rule with a
// "highlight" names the attribute of resources/syntax/bearings-message.xml
// that marks the same words; tst_scriptsyntax fails if the two drift apart.
class CheckerRules final {
    Q_DECLARE_TR_FUNCTIONS(bearings::CheckerRules)

public:
    static constexpr int kFormat = 1;
    static constexpr int kMaxRules = 100;
    static constexpr int kMaxListEntries = 400;
    static constexpr int kMaxEntryLength = 80;
    static constexpr int kMaxLanguages = 50;
    static constexpr int kMaxTitleLength = 80;
    static constexpr int kMaxExplanationLength = 400;
    static constexpr int kMaxWordLimit = 10000;

    CheckerRules() = default;

    // The rules that ship with the app.
    static Result<CheckerRules> load();
    // Parses and validates rules; Invalid names what is wrong and where.
    // Never crashes, whatever the bytes.
    static Result<CheckerRules> fromJson(const QByteArray &json);

    bool isValid() const { return m_version > 0; }
    int version() const { return m_version; }
    const QList<CheckerRule> &rules() const { return m_rules; }
    std::optional<CheckerRule> rule(const QString &id) const;

    // The expression that finds any entry of `entries` as a whole word or
    // phrase, ignoring case; spaces in an entry match any run of white space.
    static QString alternation(const QStringList &entries);
    // Straight apostrophes for curly ones, so "you’re" matches "you're".
    // Keeps the length, so positions stay valid.
    static QString normalizedApostrophes(const QString &text);

private:
    int m_version = 0;
    QList<CheckerRule> m_rules;
};

} // namespace bearings
