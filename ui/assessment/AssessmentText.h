#pragma once

#include "assessment/Assessment.h"
#include "assessment/Questionnaire.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QWidget;

namespace bearings::ui {

class WrapLabel;

// The words the assessment screens share: what a suggestion means, how an
// answer reads, what each step is about. Suggestions are always phrased as what
// the answers suggest, never as advice.
class AssessmentText final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::AssessmentText)

public:
    // Short name of a suggestion, for tables and summaries ("Limit contact").
    static QString suggestionName(Suggestion suggestion);
    // One sentence: "Your answers suggest ...".
    static QString suggestionSentence(Suggestion suggestion);
    // The answer as the person chose it ("Yes", "Sometimes").
    static QString answerText(AnswerType type, int value);
    // A step's title and the sentence that introduces it.
    static QString groupTitle(QuestionGroup group);
    static QString groupIntro(QuestionGroup group);
    // Dates as the person's locale writes them.
    static QString date(const QDateTime &when);
    static QString dateTime(const QDateTime &when);
    // A share 0..1 as a whole percentage ("40%").
    static QString percent(double share);

    // Gives a label the caption look (smaller, muted).
    static void makeCaption(QWidget *widget);
    // A wrapped label for a scrolling page: its height follows its width, so
    // the page is never taller than its text needs.
    static WrapLabel *label(const QString &text = {}, QWidget *parent = nullptr);
    static WrapLabel *caption(const QString &text = {}, QWidget *parent = nullptr);
};

} // namespace bearings::ui
