#pragma once

#include "assessment/Questionnaire.h"

#include <QFrame>
#include <QList>

#include <optional>

class QButtonGroup;
class QPlainTextEdit;
class QRadioButton;

namespace bearings::ui {

// One question of the assessment, on a card: the question in plain words, a
// short "why we ask", and its answer: two radio buttons for yes/no, three for
// never/sometimes/often, or a small text field for a reflection. A question
// can stay unanswered.
class AssessmentQuestionRow final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentQuestionRow)

public:
    explicit AssessmentQuestionRow(const Question &question, QWidget *parent = nullptr);

    const Question &question() const { return m_question; }
    bool isReflection() const { return m_question.answer == AnswerType::Reflection; }

    // The chosen value, or nothing while unanswered (scored questions only).
    std::optional<int> value() const;
    void setValue(std::optional<int> value);
    // The person's own words (reflections only).
    QString reflection() const;
    void setReflection(const QString &text);

    // The radio button for a value, or nullptr.
    QRadioButton *button(int value) const;
    // Where the keyboard lands first on this question.
    QWidget *firstInput() const;
    // Every control of this question, in reading order.
    QList<QWidget *> inputs() const;

Q_SIGNALS:
    void changed();

private:
    Question m_question;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_buttons;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace bearings::ui
