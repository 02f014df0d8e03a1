#include "AssessmentText.h"

#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QLocale>
#include <QWidget>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString AssessmentText::suggestionName(Suggestion suggestion)
{
    switch (suggestion) {
    case Suggestion::Repair: return tr("Work on it together");
    case Suggestion::Limit: return tr("Limit contact");
    case Suggestion::Cut: return tr("End contact");
    case Suggestion::SafetyFirst: return tr("Safety first");
    }
    return {};
}

QString AssessmentText::suggestionSentence(Suggestion suggestion)
{
    switch (suggestion) {
    case Suggestion::Repair:
        return tr("Your answers suggest that working on this relationship together may be possible.");
    case Suggestion::Limit: return tr("Your answers suggest limiting contact, to protect your well-being.");
    case Suggestion::Cut:
        return tr("Your answers suggest ending contact, planned with care and with your safety in mind.");
    case Suggestion::SafetyFirst: return tr("Your answers suggest putting your safety first.");
    }
    return {};
}

QString AssessmentText::answerText(AnswerType type, int value)
{
    switch (type) {
    case AnswerType::YesNo: return value > 0 ? tr("Yes") : tr("No");
    case AnswerType::Frequency:
        if (value >= 2)
            return tr("Often");
        return value == 1 ? tr("Sometimes") : tr("Never");
    case AnswerType::Reflection: break;
    }
    return {};
}

QString AssessmentText::groupTitle(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Harm: return tr("How it affects you");
    case QuestionGroup::RepairSigns: return tr("What could help things change");
    case QuestionGroup::CutSigns: return tr("What keeps happening");
    case QuestionGroup::RedFlags: return tr("Your safety");
    case QuestionGroup::ThinkingTraps: return tr("Thinking it through");
    }
    return {};
}

QString AssessmentText::groupIntro(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Harm:
        return tr("These questions are about how you feel around this person. There are no right or wrong answers.");
    case QuestionGroup::RepairSigns:
        return tr("These look at whether the ground is there for things to get better between you.");
    case QuestionGroup::CutSigns:
        return tr("These look at patterns that tend to make lasting change hard, however much you want it.");
    case QuestionGroup::RedFlags:
        return tr("These questions are about your safety. If any of them is true for you, your safety comes first.");
    case QuestionGroup::ThinkingTraps:
        return tr("These are just for you. Write as much or as little as you like. Your words are not scored.");
    }
    return {};
}

QString AssessmentText::date(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat);
}

QString AssessmentText::dateTime(const QDateTime &when)
{
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    // Hours and minutes are enough.
    const QString time = locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
    return tr("%1, %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

QString AssessmentText::percent(double share)
{
    return tr("%1%").arg(static_cast<int>(std::lround(share * 100.0)));
}

void AssessmentText::makeCaption(QWidget *widget)
{
    widget->setProperty("bearingsRole", u"caption"_s);
    widget->setFont(Theme::font(Theme::TextStyle::Caption));
}

WrapLabel *AssessmentText::label(const QString &text, QWidget *parent)
{
    auto *label = new WrapLabel(text, parent);
    // WrapLabel keeps its minimum height right for its width; a preferred
    // (not minimum) vertical policy stops the word-wrap size hint, measured
    // at a narrow width, from stretching a scrolling page.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    return label;
}

WrapLabel *AssessmentText::caption(const QString &text, QWidget *parent)
{
    WrapLabel *label = AssessmentText::label(text, parent);
    makeCaption(label);
    return label;
}

} // namespace bearings::ui
