#pragma once

#include "FuzzSupport.h"

#include "scripts/MessageChecker.h"
#include "scripts/Placeholders.h"

// What every run of the message checker must promise, whatever the text and
// the rules: findings point inside the text at what they say they matched,
// come in text order, and the counting helpers stay within the text.
namespace bearings::fuzz {

inline void checkMessage(const QString &text, const CheckerRules &rules, const CheckContext &context)
{
    const QList<CheckerFinding> findings = MessageChecker::check(text, rules, context);
    qsizetype previous = 0;
    for (const CheckerFinding &f : findings) {
        require(
            f.start >= 0 && f.length >= 0 && f.start + f.length <= text.size(), "a finding outside the text", f.ruleId);
        require(f.matched == text.mid(f.start, f.length), "a finding's text is not what it points at", f.ruleId);
        require(f.start >= previous, "findings out of text order", f.ruleId);
        require(rules.rule(f.ruleId).has_value(), "a finding of an unknown rule", f.ruleId);
        require(rules.rule(f.ruleId)->appliesTo(context.kind), "a finding of a rule that skips this kind", f.ruleId);
        require(!f.title.isEmpty() && !f.explanation.isEmpty(), "a finding without words", f.ruleId);
        previous = f.start;
    }

    const int words = MessageChecker::wordCount(text);
    require(words >= 0 && words <= text.size(), "a word count out of range");
    const int characters = MessageChecker::characterCount(text);
    require(characters >= 0 && characters <= text.size(), "a character count out of range");
    qsizetype end = 0;
    for (const TextSpan &s : MessageChecker::sentences(text)) {
        require(s.start >= end && s.length > 0 && s.start + s.length <= text.size(), "a sentence out of place");
        end = s.start + s.length;
    }

    end = 0;
    for (const PlaceholderSpan &p : Placeholders::find(text)) {
        require(p.start >= end && p.length >= 3 && p.start + p.length <= text.size(), "a placeholder out of place");
        require(text.at(p.start) == u'[' && text.at(p.start + p.length - 1) == u']', "a placeholder without brackets");
        // K2 (fixed): a field of only \r, \v, \f or Unicode spaces ("[\r]",
        // "[\u00a0]") was found, with an empty name.
        require(!p.name.isEmpty(), "a placeholder without a name");
        end = p.start + p.length;
    }
    // Filling every field leaves none unfilled.
    QHash<QString, QString> all;
    for (const QString &name : Placeholders::names(text))
        all.insert(name, QStringLiteral("x"));
    require(Placeholders::unfilled(text, all).isEmpty(), "fields left after filling them all");
}

} // namespace bearings::fuzz
