#include "CheckerRules.h"

#include "ScriptJson.h"
#include "common/TextChecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QString kResourcePath = u":/bearings/scripts/checker_rules.json"_s;
const QString kEnglish = u"en"_s;

// Letters, digits and apostrophes belong to a word; anything else ends it.
const QString kNotAfterWord = u"(?<![\\p{L}\\p{N}_'])"_s;
const QString kNotBeforeWord = u"(?![\\p{L}\\p{N}_'])"_s;

QString translated(const QString &source)
{
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate("bearings::CheckerRules", utf8.constData());
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

// Reads {"en": ["...", ...], "de": [...]} strictly.
Result<LanguageLists> readLists(const QJsonValue &value, const QString &ruleId, const QString &field)
{
    if (!value.isObject())
        return invalid(CheckerRules::tr("The rule \"%1\" needs \"%2\" as an object of word lists by language, "
                                        "such as {\"en\": [...]}.")
                           .arg(ruleId, field));
    static const QRegularExpression languagePattern(u"^[a-z]{2,3}$"_s);
    const QJsonObject object = value.toObject();
    if (object.size() > CheckerRules::kMaxLanguages)
        return invalid(CheckerRules::tr("The rule \"%1\" has word lists for more than %2 languages in \"%3\".")
                           .arg(ruleId)
                           .arg(CheckerRules::kMaxLanguages)
                           .arg(field));
    if (!object.contains(kEnglish))
        return invalid(
            CheckerRules::tr("The rule \"%1\" needs an English (\"en\") list in \"%2\".").arg(ruleId, field));
    LanguageLists lists;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString language = it.key();
        if (!languagePattern.match(language).hasMatch())
            return invalid(CheckerRules::tr("The rule \"%1\" has a list in \"%2\" under \"%3\", which is not a "
                                            "language code of two or three lowercase letters.")
                               .arg(ruleId, field, language));
        if (!it.value().isArray() || it.value().toArray().isEmpty())
            return invalid(CheckerRules::tr("The rule \"%1\" needs a list with at least one entry in \"%2\" for "
                                            "\"%3\".")
                               .arg(ruleId, field, language));
        const QJsonArray array = it.value().toArray();
        if (array.size() > CheckerRules::kMaxListEntries)
            return invalid(CheckerRules::tr("The rule \"%1\" has more than %2 entries in \"%3\" for \"%4\".")
                               .arg(ruleId)
                               .arg(CheckerRules::kMaxListEntries)
                               .arg(field, language));
        QStringList entries;
        QSet<QString> seen;
        for (const QJsonValue &entryValue : array) {
            const QString entry
                = CheckerRules::normalizedApostrophes(entryValue.toString()).simplified().toCaseFolded();
            if (!entryValue.isString() || entry.isEmpty())
                return invalid(CheckerRules::tr("The rule \"%1\" has an entry in \"%2\" for \"%3\" that is not "
                                                "a non-empty string.")
                                   .arg(ruleId, field, language));
            if (entry.size() > CheckerRules::kMaxEntryLength)
                return invalid(CheckerRules::tr("The rule \"%1\" has an entry in \"%2\" longer than %3 "
                                                "characters.")
                                   .arg(ruleId, field)
                                   .arg(CheckerRules::kMaxEntryLength));
            if (seen.contains(entry))
                return invalid(CheckerRules::tr("The rule \"%1\" lists \"%2\" more than once in \"%3\" for "
                                                "\"%4\".")
                                   .arg(ruleId, entry, field, language));
            seen.insert(entry);
            entries.append(entry);
        }
        lists.insert(language, entries);
    }
    return lists;
}

Result<QList<ScriptKind>> readKinds(const QJsonValue &value, const QString &ruleId, const QString &field)
{
    if (!value.isArray())
        return invalid(CheckerRules::tr("The rule \"%1\" needs \"%2\" as a list of message kinds.").arg(ruleId, field));
    QList<ScriptKind> kinds;
    for (const QJsonValue &v : value.toArray()) {
        const std::optional<ScriptKind> kind = enumFromKey(kScriptKindKeys, v.toString());
        if (!v.isString() || !kind)
            return invalid(CheckerRules::tr("The rule \"%1\" has an unknown message kind \"%2\" in \"%3\".")
                               .arg(ruleId, v.toString(), field));
        if (kinds.contains(*kind))
            return invalid(CheckerRules::tr("The rule \"%1\" lists the kind \"%2\" more than once in \"%3\".")
                               .arg(ruleId, v.toString(), field));
        kinds.append(*kind);
    }
    return kinds;
}

QRegularExpression compiled(const QString &pattern)
{
    return QRegularExpression(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

// One expression per language the rule has a list for.
Result<QHash<QString, QRegularExpression>> buildMatchers(const CheckerRule &rule)
{
    QSet<QString> languages;
    for (const LanguageLists *lists : {&rule.words, &rule.subjects, &rule.fillers}) {
        for (auto it = lists->cbegin(); it != lists->cend(); ++it)
            languages.insert(it.key());
    }
    QHash<QString, QRegularExpression> matchers;
    for (const QString &language : std::as_const(languages)) {
        QString pattern;
        if (rule.type == CheckerRuleType::Attack) {
            const QStringList fillers = CheckerRule::listFor(rule.fillers, language);
            pattern = kNotAfterWord + CheckerRules::alternation(CheckerRule::listFor(rule.subjects, language))
                + (fillers.isEmpty() ? QString() : u"(?:\\s+"_s + CheckerRules::alternation(fillers) + u"){0,3}"_s)
                + u"\\s+"_s + CheckerRules::alternation(CheckerRule::listFor(rule.words, language)) + kNotBeforeWord;
        } else {
            pattern = kNotAfterWord + CheckerRules::alternation(CheckerRule::listFor(rule.words, language))
                + kNotBeforeWord;
        }
        QRegularExpression re = compiled(pattern);
        if (!re.isValid())
            return makeError(ErrorCode::Invalid,
                CheckerRules::tr("The word lists of the rule \"%1\" could not be turned into a search.").arg(rule.id),
                re.errorString());
        matchers.insert(language, re);
    }
    return matchers;
}

} // namespace

QString CheckerRules::normalizedApostrophes(const QString &text)
{
    QString out = text;
    out.replace(QChar(0x2019), u'\'');
    out.replace(QChar(0x2018), u'\'');
    return out;
}

QString CheckerRules::alternation(const QStringList &entries)
{
    // Longest first, so "a little bit" wins over "a bit".
    QStringList sorted = entries;
    std::stable_sort(
        sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    QStringList parts;
    for (const QString &entry : std::as_const(sorted)) {
        QStringList words;
        for (const QString &word : entry.split(u' ', Qt::SkipEmptyParts))
            words.append(QRegularExpression::escape(word));
        parts.append(words.join(u"\\s+"_s));
    }
    return u"(?:"_s + parts.join(u'|') + u')';
}

Result<CheckerRules> CheckerRules::load()
{
    QFile file(kResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, tr("The message checker's rules are missing from this copy of Bearings."),
            kResourcePath + u": "_s + file.errorString());
    return fromJson(file.readAll());
}

Result<CheckerRules> CheckerRules::fromJson(const QByteArray &json)
{
    using scriptjson::toInt;
    using scriptjson::unknownKey;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The checker rules are not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(tr("The checker rules must be a JSON object."));
    const QJsonObject root = doc.object();
    if (const QString key = unknownKey(root, {u"format"_s, u"version"_s, u"rules"_s}); !key.isEmpty())
        return invalid(tr("The checker rules have an unknown field \"%1\".").arg(key));
    const std::optional<int> format = toInt(root.value(u"format"_s));
    if (!format)
        return invalid(tr("The checker rules need a whole number \"format\"."));
    if (*format != kFormat)
        return invalid(tr("The checker rules have \"format\" %1; this version of Bearings reads format %2.")
                           .arg(*format)
                           .arg(kFormat));
    const std::optional<int> version = toInt(root.value(u"version"_s));
    if (!version || *version <= 0)
        return invalid(tr("The checker rules need a \"version\" that is a whole number above 0."));
    if (!root.value(u"rules"_s).isArray() || root.value(u"rules"_s).toArray().isEmpty())
        return invalid(tr("The checker rules need a list of \"rules\" with at least one rule."));
    const QJsonArray list = root.value(u"rules"_s).toArray();
    if (list.size() > kMaxRules)
        return invalid(tr("The checker rules list more than %1 rules.").arg(kMaxRules));

    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,59}$"_s);
    static const QRegularExpression highlightPattern(u"^[A-Z][A-Za-z ]{0,39}$"_s);
    CheckerRules result;
    result.m_version = *version;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int number = int(i + 1);
        if (!list.at(i).isObject())
            return invalid(tr("Checker rule %1 must be a JSON object.").arg(number));
        const QJsonObject object = list.at(i).toObject();

        CheckerRule rule;
        if (!object.value(u"id"_s).isString() || !idPattern.match(object.value(u"id"_s).toString()).hasMatch())
            return invalid(tr("Checker rule %1 needs an \"id\" of lowercase letters, digits and dashes.").arg(number));
        rule.id = object.value(u"id"_s).toString();
        if (ids.contains(rule.id))
            return invalid(tr("The rule id \"%1\" is used more than once.").arg(rule.id));
        ids.insert(rule.id);

        const QString typeKey = object.value(u"type"_s).toString();
        const std::optional<CheckerRuleType> type = enumFromKey(kCheckerRuleTypeKeys, typeKey);
        if (!object.value(u"type"_s).isString() || !type)
            return invalid(tr("The rule \"%1\" has an unknown type \"%2\".").arg(rule.id, typeKey));
        rule.type = *type;

        QStringList allowed {u"id"_s, u"type"_s, u"title"_s, u"explanation"_s, u"skipKinds"_s};
        switch (rule.type) {
        case CheckerRuleType::Placeholder: break;
        case CheckerRuleType::Length:
        case CheckerRuleType::SentenceLength: allowed << u"maxWords"_s; break;
        case CheckerRuleType::Words: allowed << u"words"_s << u"minMatches"_s << u"highlight"_s; break;
        case CheckerRuleType::Question: allowed << u"words"_s << u"anyQuestionKinds"_s << u"highlight"_s; break;
        case CheckerRuleType::Attack: allowed << u"subjects"_s << u"fillers"_s << u"words"_s << u"highlight"_s; break;
        }
        if (const QString key = unknownKey(object, allowed); !key.isEmpty())
            return invalid(
                tr("The rule \"%1\" of type \"%2\" has a field it does not use: \"%3\".").arg(rule.id, typeKey, key));

        const QString title = object.value(u"title"_s).toString().simplified();
        if (title.isEmpty() || title.size() > kMaxTitleLength)
            return invalid(
                tr("The rule \"%1\" needs a \"title\" of 1 to %2 characters.").arg(rule.id).arg(kMaxTitleLength));
        const QString explanation = object.value(u"explanation"_s).toString().simplified();
        if (explanation.isEmpty() || explanation.size() > kMaxExplanationLength)
            return invalid(tr("The rule \"%1\" needs an \"explanation\" of 1 to %2 characters.")
                               .arg(rule.id)
                               .arg(kMaxExplanationLength));
        if (hasControlCharacter(title) || hasControlCharacter(explanation))
            return invalid(tr("The rule \"%1\" has a control character in its title or explanation.").arg(rule.id));
        rule.title = translated(title);
        rule.explanation = translated(explanation);

        if (object.contains(u"skipKinds"_s)) {
            Result<QList<ScriptKind>> kinds = readKinds(object.value(u"skipKinds"_s), rule.id, u"skipKinds"_s);
            if (!kinds.ok())
                return kinds.error();
            rule.skipKinds = kinds.value();
        }
        if (object.contains(u"highlight"_s)) {
            rule.highlight = object.value(u"highlight"_s).toString();
            if (!object.value(u"highlight"_s).isString() || !highlightPattern.match(rule.highlight).hasMatch())
                return invalid(tr("The rule \"%1\" needs \"highlight\" to name an attribute of the syntax "
                                  "definition, such as \"Hedging\".")
                                   .arg(rule.id));
        }

        switch (rule.type) {
        case CheckerRuleType::Placeholder: break;
        case CheckerRuleType::Length:
        case CheckerRuleType::SentenceLength: {
            const std::optional<int> maxWords = toInt(object.value(u"maxWords"_s));
            if (!maxWords || *maxWords < 1 || *maxWords > kMaxWordLimit)
                return invalid(tr("The rule \"%1\" needs \"maxWords\", a whole number from 1 to %2.")
                                   .arg(rule.id)
                                   .arg(kMaxWordLimit));
            rule.maxWords = *maxWords;
            break;
        }
        case CheckerRuleType::Words: {
            Result<LanguageLists> words = readLists(object.value(u"words"_s), rule.id, u"words"_s);
            if (!words.ok())
                return words.error();
            rule.words = words.value();
            if (object.contains(u"minMatches"_s)) {
                const std::optional<int> minMatches = toInt(object.value(u"minMatches"_s));
                if (!minMatches || *minMatches < 1 || *minMatches > kMaxListEntries)
                    return invalid(tr("The rule \"%1\" needs \"minMatches\", a whole number from 1 to %2.")
                                       .arg(rule.id)
                                       .arg(kMaxListEntries));
                rule.minMatches = *minMatches;
            }
            break;
        }
        case CheckerRuleType::Question: {
            if (!object.contains(u"words"_s) && !object.contains(u"anyQuestionKinds"_s))
                return invalid(tr("The rule \"%1\" needs \"words\", \"anyQuestionKinds\" or both.").arg(rule.id));
            if (object.contains(u"words"_s)) {
                Result<LanguageLists> words = readLists(object.value(u"words"_s), rule.id, u"words"_s);
                if (!words.ok())
                    return words.error();
                rule.words = words.value();
            }
            if (object.contains(u"anyQuestionKinds"_s)) {
                Result<QList<ScriptKind>> kinds
                    = readKinds(object.value(u"anyQuestionKinds"_s), rule.id, u"anyQuestionKinds"_s);
                if (!kinds.ok())
                    return kinds.error();
                rule.anyQuestionKinds = kinds.value();
            }
            break;
        }
        case CheckerRuleType::Attack: {
            Result<LanguageLists> subjects = readLists(object.value(u"subjects"_s), rule.id, u"subjects"_s);
            if (!subjects.ok())
                return subjects.error();
            rule.subjects = subjects.value();
            Result<LanguageLists> words = readLists(object.value(u"words"_s), rule.id, u"words"_s);
            if (!words.ok())
                return words.error();
            rule.words = words.value();
            if (object.contains(u"fillers"_s)) {
                Result<LanguageLists> fillers = readLists(object.value(u"fillers"_s), rule.id, u"fillers"_s);
                if (!fillers.ok())
                    return fillers.error();
                rule.fillers = fillers.value();
            }
            break;
        }
        }
        if (!rule.highlight.isEmpty() && rule.words.isEmpty())
            return invalid(tr("The rule \"%1\" has \"highlight\" but no \"words\" to highlight.").arg(rule.id));

        Result<QHash<QString, QRegularExpression>> matchers = buildMatchers(rule);
        if (!matchers.ok())
            return matchers.error();
        rule.matchers = matchers.value();
        result.m_rules.append(rule);
    }
    return result;
}

std::optional<CheckerRule> CheckerRules::rule(const QString &id) const
{
    for (const CheckerRule &r : m_rules) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

} // namespace bearings
