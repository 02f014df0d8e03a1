#include "Questionnaire.h"

#include "common/TextChecks.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace bearings {

namespace {

const QString kResourcePath = u":/bearings/assessment/questionnaire.json"_s;

// A JSON number that is a whole int, or nullopt.
std::optional<int> toInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (std::trunc(d) != d || d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(d);
}

// The first key of `object` that is not in `allowed`, or an empty string.
QString unknownKey(const QJsonObject &object, const QStringList &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            return it.key();
    }
    return {};
}

// The JSON holds English source text; translations live under this context.
QString translated(const QString &source)
{
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate("bearings::Questionnaire", utf8.constData());
}

} // namespace

Result<Questionnaire> Questionnaire::load()
{
    QFile file(kResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, tr("The questionnaire is missing from this copy of Bearings."),
            kResourcePath + u": "_s + file.errorString());
    return fromJson(file.readAll());
}

Result<Questionnaire> Questionnaire::fromJson(const QByteArray &json)
{
    const auto invalid = [](const QString &message) { return makeError(ErrorCode::Invalid, message); };

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("The questionnaire is not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset));
    if (!doc.isObject())
        return invalid(tr("The questionnaire must be a JSON object."));
    const QJsonObject root = doc.object();
    if (const QString key = unknownKey(root, {u"format"_s, u"version"_s, u"groups"_s}); !key.isEmpty())
        return invalid(tr("The questionnaire has an unknown field \"%1\".").arg(key));

    const std::optional<int> format = toInt(root.value(u"format"_s));
    if (!format)
        return invalid(tr("The questionnaire needs a whole number \"format\"."));
    if (*format != kFormat)
        return invalid(tr("The questionnaire \"format\" is %1; this version of Bearings reads format %2.")
                           .arg(*format)
                           .arg(kFormat));
    const std::optional<int> version = toInt(root.value(u"version"_s));
    if (!version || *version <= 0)
        return invalid(tr("The questionnaire needs a \"version\" that is a whole number above 0."));
    if (!root.value(u"groups"_s).isArray())
        return invalid(tr("The questionnaire needs a list of \"groups\"."));

    static const QRegularExpression idPattern(u"^[a-z0-9][a-z0-9-]{0,59}$"_s);
    Questionnaire result;
    result.m_version = *version;
    QSet<QString> questionIds;
    const QJsonArray groups = root.value(u"groups"_s).toArray();
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const int groupNumber = int(g + 1);
        if (!groups.at(g).isObject())
            return invalid(tr("Group %1 of the questionnaire must be a JSON object.").arg(groupNumber));
        const QJsonObject groupObject = groups.at(g).toObject();
        if (const QString key = unknownKey(groupObject, {u"id"_s, u"questions"_s}); !key.isEmpty())
            return invalid(tr("Group %1 of the questionnaire has an unknown field \"%2\".").arg(groupNumber).arg(key));
        const QString groupId = groupObject.value(u"id"_s).toString();
        const std::optional<QuestionGroup> group = enumFromKey(kQuestionGroupKeys, groupId);
        if (!group)
            return invalid(tr("Group %1 of the questionnaire has an unknown id \"%2\".").arg(groupNumber).arg(groupId));
        if (result.m_groups.contains(*group))
            return invalid(tr("The questionnaire lists the group \"%1\" more than once.").arg(groupId));
        result.m_groups.append(*group);

        if (!groupObject.value(u"questions"_s).isArray() || groupObject.value(u"questions"_s).toArray().isEmpty())
            return invalid(tr("The group \"%1\" needs a list of questions with at least one question.").arg(groupId));
        const QJsonArray questions = groupObject.value(u"questions"_s).toArray();
        for (qsizetype i = 0; i < questions.size(); ++i) {
            const int questionNumber = int(i + 1);
            if (!questions.at(i).isObject())
                return invalid(
                    tr("Question %1 in the group \"%2\" must be a JSON object.").arg(questionNumber).arg(groupId));
            const QJsonObject object = questions.at(i).toObject();
            if (const QString key = unknownKey(object, {u"id"_s, u"answer"_s, u"text"_s, u"why"_s, u"abuse"_s});
                !key.isEmpty())
                return invalid(tr("Question %1 in the group \"%2\" has an unknown field \"%3\".")
                                   .arg(questionNumber)
                                   .arg(groupId, key));

            Question q;
            q.group = *group;
            q.id = object.value(u"id"_s).toString();
            if (!idPattern.match(q.id).hasMatch())
                return invalid(tr("Question %1 in the group \"%2\" needs an id of lowercase letters, digits and "
                                  "dashes (found \"%3\").")
                                   .arg(questionNumber)
                                   .arg(groupId, q.id));
            if (questionIds.contains(q.id))
                return invalid(tr("The question id \"%1\" is used more than once.").arg(q.id));
            questionIds.insert(q.id);

            const QString answerKey = object.value(u"answer"_s).toString();
            const std::optional<AnswerType> answer = enumFromKey(kAnswerTypeKeys, answerKey);
            if (!answer)
                return invalid(tr("The question \"%1\" has an unknown answer type \"%2\".").arg(q.id, answerKey));
            q.answer = *answer;

            const QString text = object.value(u"text"_s).toString().trimmed();
            if (text.isEmpty())
                return invalid(tr("The question \"%1\" needs a \"text\".").arg(q.id));
            const QString why = object.value(u"why"_s).toString().trimmed();
            if (why.isEmpty())
                return invalid(tr("The question \"%1\" needs a \"why\".").arg(q.id));
            if (hasControlCharacter(text) || hasControlCharacter(why))
                return invalid(tr("The question \"%1\" has a control character in its \"text\" or \"why\".").arg(q.id));
            q.text = translated(text);
            q.why = translated(why);

            if (object.contains(u"abuse"_s)) {
                if (!object.value(u"abuse"_s).isBool())
                    return invalid(
                        tr("The question \"%1\" has an \"abuse\" field that is not true or false.").arg(q.id));
                q.abuse = object.value(u"abuse"_s).toBool();
            }

            // Group rules: reflections are the thinking traps and nothing else;
            // red flags are plain yes/no so that "sometimes" cannot soften them;
            // the abuse mark belongs to the cut signs, where the scorer reads it.
            if (q.answer == AnswerType::Reflection && q.group != QuestionGroup::ThinkingTraps)
                return invalid(tr("The question \"%1\" is a reflection, but reflections belong only in the group "
                                  "\"thinking_traps\".")
                                   .arg(q.id));
            if (q.group == QuestionGroup::ThinkingTraps && q.answer != AnswerType::Reflection)
                return invalid(tr("The question \"%1\" is in the group \"thinking_traps\", which holds only "
                                  "reflections.")
                                   .arg(q.id));
            if (q.group == QuestionGroup::RedFlags && q.answer != AnswerType::YesNo)
                return invalid(tr("The red flag \"%1\" must be a yes/no question.").arg(q.id));
            if (q.abuse && q.group != QuestionGroup::CutSigns)
                return invalid(tr("The question \"%1\" is marked as abuse, but only cut signs can be.").arg(q.id));

            result.m_questions.append(q);
        }
    }

    for (const auto &[group, key] : kQuestionGroupKeys) {
        if (!result.m_groups.contains(group))
            return invalid(tr("The questionnaire is missing the group \"%1\".")
                               .arg(QString::fromUtf16(key.data(), qsizetype(key.size()))));
    }
    return result;
}

QList<Question> Questionnaire::questions(QuestionGroup group) const
{
    QList<Question> result;
    for (const Question &q : m_questions) {
        if (q.group == group)
            result.append(q);
    }
    return result;
}

std::optional<Question> Questionnaire::question(const QString &id) const
{
    for (const Question &q : m_questions) {
        if (q.id == id)
            return q;
    }
    return std::nullopt;
}

int Questionnaire::maxValue(const Question &question)
{
    return maxValue(question.answer);
}

int Questionnaire::maxValue(AnswerType answer)
{
    switch (answer) {
    case AnswerType::YesNo: return 1;
    case AnswerType::Frequency: return 2;
    case AnswerType::Reflection: return 0;
    }
    return 0;
}

} // namespace bearings
