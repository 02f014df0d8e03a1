#pragma once

#include "common/EnumKeys.h"
#include "scripts/MessageScript.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace bearings {

// What a checker rule looks at (see docs/SCRIPTS.md).
enum class CheckerRuleType {
    Placeholder,    // a [Placeholder] with no value yet
    Length,         // the whole message is longer than maxWords
    SentenceLength, // one sentence is longer than maxWords
    Words,          // words or phrases from a list; fires from minMatches matches on
    Question,       // a question with a phrase from the list, or any question in some kinds
    Attack,         // "you are" + (fillers) + a word about the person's character
};
inline constexpr EnumKeyTable<CheckerRuleType, 6> kCheckerRuleTypeKeys {{
    {CheckerRuleType::Placeholder, u"placeholder"},
    {CheckerRuleType::Length, u"length"},
    {CheckerRuleType::SentenceLength, u"sentence_length"},
    {CheckerRuleType::Words, u"words"},
    {CheckerRuleType::Question, u"question"},
    {CheckerRuleType::Attack, u"attack"},
}};

// Word lists by language code ("en", "de"); "en" is always present and is
// the fallback for a language without its own list.
using LanguageLists = QHash<QString, QStringList>;

// One rule of the message checker, loaded from checker_rules.json by
// CheckerRules. Text is already translated; word lists are not translated
// but kept per language.
struct CheckerRule {
    QString id; // stable key: dismissals and tests refer to it
    CheckerRuleType type = CheckerRuleType::Words;
    QString title;                      // a few words: "Softening words"
    QString explanation;                // one calm sentence; "%1" is the flagged text, or the limit for length rules
    int maxWords = 0;                   // Length, SentenceLength
    int minMatches = 1;                 // Words: the rule fires only from this many matches
    QList<ScriptKind> skipKinds;        // kinds of message the rule does not apply to
    QList<ScriptKind> anyQuestionKinds; // Question: in these kinds, every question is flagged
    QString highlight;                  // the syntax definition attribute that marks the same words, or empty
    LanguageLists words;                // Words, Question: words and phrases; Attack: words about character
    LanguageLists subjects;             // Attack: "you are", "you're"
    LanguageLists fillers;              // Attack: words that may stand between subject and word ("so", "such")
    // Built by CheckerRules from the lists, one per language.
    QHash<QString, QRegularExpression> matchers;

    bool appliesTo(ScriptKind kind) const { return !skipKinds.contains(kind); }
    // The matcher for `language`, else the English one; invalid when the rule has no lists.
    QRegularExpression matcher(const QString &language) const
    {
        return matchers.value(language, matchers.value(QStringLiteral("en")));
    }
    // The list for `language`, else the English one.
    static QStringList listFor(const LanguageLists &lists, const QString &language)
    {
        return lists.contains(language) ? lists.value(language) : lists.value(QStringLiteral("en"));
    }
};

} // namespace bearings
