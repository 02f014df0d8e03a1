#include "TemplateLibrary.h"

#include "ScriptJson.h"
#include "common/TextChecks.h"
#include "scripts/MessageScriptRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QString kResourcePath = u":/bearings/scripts/templates.json"_s;

QString translated(const QString &source)
{
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate("bearings::TemplateLibrary", utf8.constData());
}

// Lower case without accents, so "cafe" finds "café".
QString folded(const QString &text)
{
    const QString decomposed = text.toCaseFolded().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_Enclosing
            && c.category() != QChar::Mark_SpacingCombining)
            out.append(c);
    }
    return out;
}

} // namespace

Result<TemplateLibrary> TemplateLibrary::load()
{
    QFile file(kResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, tr("The message templates are missing from this copy of Bearings."),
            kResourcePath + u": "_s + file.errorString());
    return fromJson(file.readAll());
}

Result<TemplateLibrary> TemplateLibrary::fromJson(const QByteArray &json)
{
    using scriptjson::toInt;
    using scriptjson::unknownKey;
    const auto invalid = [](const QString &message) { return makeError(ErrorCode::Invalid, message); };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The message templates are not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(tr("The message templates must be a JSON object."));
    const QJsonObject root = doc.object();
    if (const QString key = unknownKey(root, {u"format"_s, u"version"_s, u"templates"_s}); !key.isEmpty())
        return invalid(tr("The message templates have an unknown field \"%1\".").arg(key));

    const std::optional<int> format = toInt(root.value(u"format"_s));
    if (!format)
        return invalid(tr("The message templates need a whole number \"format\"."));
    if (*format != kFormat)
        return invalid(tr("The message templates have \"format\" %1; this version of Bearings reads format %2.")
                           .arg(*format)
                           .arg(kFormat));
    const std::optional<int> version = toInt(root.value(u"version"_s));
    if (!version || *version <= 0)
        return invalid(tr("The message templates need a \"version\" that is a whole number above 0."));
    if (!root.value(u"templates"_s).isArray())
        return invalid(tr("The message templates need a list of \"templates\"."));
    const QJsonArray list = root.value(u"templates"_s).toArray();
    if (list.size() > kMaxTemplates)
        return invalid(tr("The message templates list more than %1 templates.").arg(kMaxTemplates));

    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,59}$"_s);
    TemplateLibrary result;
    result.m_version = *version;
    QSet<QString> ids;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int number = int(i + 1);
        if (!list.at(i).isObject())
            return invalid(tr("Template %1 must be a JSON object.").arg(number));
        const QJsonObject object = list.at(i).toObject();
        if (const QString key = unknownKey(object, {u"id"_s, u"kind"_s, u"title"_s, u"summary"_s, u"body"_s});
            !key.isEmpty())
            return invalid(tr("Template %1 has an unknown field \"%2\".").arg(number).arg(key));

        ScriptTemplate t;
        if (!object.value(u"id"_s).isString() || !idPattern.match(object.value(u"id"_s).toString()).hasMatch())
            return invalid(tr("Template %1 needs an \"id\" of lowercase letters, digits and dashes.").arg(number));
        t.id = object.value(u"id"_s).toString();
        if (ids.contains(t.id))
            return invalid(tr("The template id \"%1\" is used more than once.").arg(t.id));
        ids.insert(t.id);

        const QString kindKey = object.value(u"kind"_s).toString();
        const std::optional<ScriptKind> kind = enumFromKey(kScriptKindKeys, kindKey);
        if (!object.value(u"kind"_s).isString() || !kind)
            return invalid(tr("The template \"%1\" has an unknown kind \"%2\".").arg(t.id, kindKey));
        t.kind = *kind;

        const QString title = object.value(u"title"_s).toString().trimmed();
        if (title.isEmpty())
            return invalid(tr("The template \"%1\" needs a \"title\".").arg(t.id));
        if (title.size() > MessageScriptRepository::kMaxTitleLength)
            return invalid(tr("The title of the template \"%1\" is longer than %2 characters.")
                               .arg(t.id)
                               .arg(MessageScriptRepository::kMaxTitleLength));
        const QString summary = object.value(u"summary"_s).toString().trimmed();
        if (summary.isEmpty())
            return invalid(tr("The template \"%1\" needs a \"summary\".").arg(t.id));
        if (summary.size() > kMaxSummaryLength)
            return invalid(tr("The summary of the template \"%1\" is longer than %2 characters.")
                               .arg(t.id)
                               .arg(kMaxSummaryLength));
        const QString body = object.value(u"body"_s).toString().trimmed();
        if (body.isEmpty())
            return invalid(tr("The template \"%1\" needs a \"body\".").arg(t.id));
        if (body.size() > MessageScriptRepository::kMaxBodyLength)
            return invalid(tr("The body of the template \"%1\" is longer than %2 characters.")
                               .arg(t.id)
                               .arg(MessageScriptRepository::kMaxBodyLength));

        if (hasControlCharacter(title) || hasControlCharacter(summary) || hasControlCharacter(body))
            return invalid(tr("The template \"%1\" has a control character in its title, summary or body.").arg(t.id));
        t.title = translated(title);
        t.summary = translated(summary);
        t.body = translated(body);
        result.m_templates.append(t);
    }

    // The picker offers every kind; a kind without a template would be an
    // empty shelf.
    for (const auto &[kind, key] : kScriptKindKeys) {
        if (result.templates(kind).isEmpty())
            return invalid(tr("The message templates have none of the kind \"%1\".")
                               .arg(QString::fromUtf16(key.data(), qsizetype(key.size()))));
    }
    return result;
}

QList<ScriptTemplate> TemplateLibrary::templates(ScriptKind kind) const
{
    QList<ScriptTemplate> out;
    for (const ScriptTemplate &t : m_templates) {
        if (t.kind == kind)
            out.append(t);
    }
    return out;
}

std::optional<ScriptTemplate> TemplateLibrary::find(const QString &id) const
{
    for (const ScriptTemplate &t : m_templates) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

QList<ScriptTemplate> TemplateLibrary::search(const QString &query, std::optional<ScriptKind> kind) const
{
    const QStringList terms = folded(query).split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    QList<ScriptTemplate> out;
    for (const ScriptTemplate &t : m_templates) {
        if (kind && t.kind != *kind)
            continue;
        const QString haystack = folded(t.title + u'\n' + t.summary + u'\n' + t.body + u'\n' + kindLabel(t.kind));
        const bool all = std::all_of(
            terms.cbegin(), terms.cend(), [&haystack](const QString &term) { return haystack.contains(term); });
        if (all)
            out.append(t);
    }
    return out;
}

QString TemplateLibrary::kindLabel(ScriptKind kind)
{
    switch (kind) {
    case ScriptKind::IStatement: return tr("I-statement");
    case ScriptKind::LowContact: return tr("Stepping back");
    case ScriptKind::Workplace: return tr("At work");
    case ScriptKind::EndingContact: return tr("Ending contact");
    case ScriptKind::HoldingBoundary: return tr("Holding a boundary");
    case ScriptKind::SoftStart: return tr("Soft start");
    case ScriptKind::ReflectiveListening: return tr("Reflective listening");
    case ScriptKind::ApologyWithRepair: return tr("Apology with repair");
    case ScriptKind::NeutralDeflection: return tr("Changing the subject");
    case ScriptKind::Custom: return tr("Other");
    }
    return tr("Other");
}

QString TemplateLibrary::kindDescription(ScriptKind kind)
{
    switch (kind) {
    case ScriptKind::IStatement:
        return tr("Name what happened, how it felt, what you need, and what you will do if it happens again.");
    case ScriptKind::LowContact: return tr("Step back from someone without a long explanation.");
    case ScriptKind::Workplace: return tr("Keep it professional, and ask for things in writing.");
    case ScriptKind::EndingContact: return tr("State the decision once, briefly, with no door left open.");
    case ScriptKind::HoldingBoundary:
        return tr("Say it again, briefly, when someone pushes back, without reopening old arguments.");
    case ScriptKind::SoftStart: return tr("Open a hard conversation gently, with one clear request.");
    case ScriptKind::ReflectiveListening: return tr("Say back what you heard before you answer.");
    case ScriptKind::ApologyWithRepair: return tr("Own your part and name what you will do differently.");
    case ScriptKind::NeutralDeflection: return tr("Turn away from a topic you do not discuss, kindly and briefly.");
    case ScriptKind::Custom: return tr("Your own words, for anything else.");
    }
    return {};
}

} // namespace bearings
