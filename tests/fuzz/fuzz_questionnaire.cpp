// Fuzz target: the questionnaire loader (Questionnaire::fromJson), and the
// scorer on whatever questionnaire it accepts. Whatever the bytes, loading
// refuses with Invalid or gives a questionnaire that keeps its promises: all
// five groups, every question found by its id with the text and reason the
// file gives (no translator is installed here), and a red flag answered yes
// always puts safety first.
#include "FuzzSupport.h"

#include "assessment/AssessmentScorer.h"
#include "assessment/Questionnaire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bearings;
using namespace Qt::Literals::StringLiterals;

namespace {

// Question id -> the text and the reason as the file has them, trimmed.
QHash<QString, QPair<QString, QString>> sourceTexts(const QByteArray &json)
{
    QHash<QString, QPair<QString, QString>> texts;
    for (const QJsonValue group : QJsonDocument::fromJson(json).object().value(u"groups"_s).toArray()) {
        for (const QJsonValue question : group.toObject().value(u"questions"_s).toArray()) {
            const QJsonObject q = question.toObject();
            texts.insert(q.value(u"id"_s).toString(),
                {q.value(u"text"_s).toString().trimmed(), q.value(u"why"_s).toString().trimmed()});
        }
    }
    return texts;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArray json = fuzz::view(data, size);
    auto loaded = Questionnaire::fromJson(json);
    if (fuzz::refusedAsInvalid(loaded))
        return 0;
    const Questionnaire &q = loaded.value();
    fuzz::require(q.isValid() && q.version() > 0, "an accepted questionnaire is not valid");
    fuzz::require(q.groups().size() == qsizetype(kQuestionGroupKeys.size()), "an accepted questionnaire lacks groups");

    const auto texts = sourceTexts(json);
    QMap<QString, int> none;
    QMap<QString, int> most;
    qsizetype inGroups = 0;
    for (const QuestionGroup group : q.groups()) {
        const QList<Question> questions = q.questions(group);
        fuzz::require(!questions.isEmpty(), "an accepted group has no questions");
        inGroups += questions.size();
        for (const Question &question : questions) {
            fuzz::require(question.group == group, "a question is listed under another group");
            fuzz::require(q.question(question.id) == question, "a question is not found by its id");
            fuzz::require(question.text == texts.value(question.id).first, "a question's text changed", question.id);
            fuzz::require(question.why == texts.value(question.id).second, "a question's reason changed", question.id);
            if (question.answer != AnswerType::Reflection) {
                none.insert(question.id, 0);
                most.insert(question.id, Questionnaire::maxValue(question));
            }
        }
    }
    fuzz::require(inGroups == q.questions().size(), "questions outside the listed groups");

    const AssessmentResult calm = AssessmentScorer::score(q, none);
    fuzz::require(calm.suggestion != Suggestion::SafetyFirst && calm.suggestion != Suggestion::Cut,
        "no answer at all suggests safety first or cut");
    fuzz::require(calm.drivers.isEmpty(), "answers of 0 drive a suggestion");
    const AssessmentResult worst = AssessmentScorer::score(q, most);
    fuzz::require(worst.suggestion == Suggestion::SafetyFirst, "every red flag answered yes is not safety first");
    return 0;
}
