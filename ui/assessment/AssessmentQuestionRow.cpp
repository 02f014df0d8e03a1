#include "AssessmentQuestionRow.h"

#include "AssessmentText.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QButtonGroup>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {
constexpr int kReflectionLines = 4;
} // namespace

AssessmentQuestionRow::AssessmentQuestionRow(const Question &question, QWidget *parent)
    : QFrame(parent)
    , m_question(question)
{
    setObjectName(u"question-%1"_s.arg(question.id));
    setProperty("bearingsCard", true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(question.text);

    auto *text = AssessmentText::label(question.text, this);
    text->setObjectName(u"questionText"_s);
    auto *why = AssessmentText::label(tr("Why we ask: %1").arg(question.why), this);
    why->setObjectName(u"questionWhy"_s);
    AssessmentText::makeCaption(why);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Medium, Spacing::Large, Spacing::Medium);
    layout->setSpacing(Spacing::XSmall);
    layout->addWidget(text);
    layout->addWidget(why);
    layout->addSpacing(Spacing::XSmall);

    if (isReflection()) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(u"reflection-%1"_s.arg(question.id));
        m_text->setTabChangesFocus(true);
        m_text->setAccessibleName(question.text);
        m_text->setAccessibleDescription(question.why);
        m_text->setPlaceholderText(tr("A few words are enough, or leave it empty."));
        const int line = QFontMetrics(m_text->font()).lineSpacing();
        m_text->setFixedHeight(line * kReflectionLines + 2 * Spacing::Small);
        text->setBuddy(m_text);
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &AssessmentQuestionRow::changed);
        return;
    }

    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    const int max = Questionnaire::maxValue(question);
    auto *row = new QHBoxLayout;
    row->setSpacing(Spacing::XLarge);
    // Yes before No reads naturally; Never, Sometimes, Often rise left to right.
    QList<int> values;
    if (question.answer == AnswerType::YesNo)
        values = {1, 0};
    else
        for (int v = 0; v <= max; ++v)
            values.append(v);
    for (const int v : values) {
        auto *button = new QRadioButton(AssessmentText::answerText(question.answer, v), this);
        button->setObjectName(u"answer-%1-%2"_s.arg(question.id).arg(v));
        button->setProperty("answerValue", v);
        button->setAccessibleName(AssessmentText::answerText(question.answer, v));
        button->setAccessibleDescription(question.text);
        m_group->addButton(button, v);
        m_buttons.append(button);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            Q_EMIT changed();
    });
}

std::optional<int> AssessmentQuestionRow::value() const
{
    if (!m_group || m_group->checkedId() < 0)
        return std::nullopt;
    return m_group->checkedId();
}

void AssessmentQuestionRow::setValue(std::optional<int> value)
{
    if (!m_group)
        return;
    const QSignalBlocker blocker(m_group);
    if (value) {
        if (QAbstractButton *b = m_group->button(*value))
            b->setChecked(true);
        return;
    }
    // An exclusive group cannot be emptied by unchecking its one checked button.
    m_group->setExclusive(false);
    for (QRadioButton *b : std::as_const(m_buttons))
        b->setChecked(false);
    m_group->setExclusive(true);
}

QString AssessmentQuestionRow::reflection() const
{
    return m_text ? m_text->toPlainText() : QString();
}

void AssessmentQuestionRow::setReflection(const QString &text)
{
    if (!m_text)
        return;
    const QSignalBlocker blocker(m_text);
    m_text->setPlainText(text);
}

QRadioButton *AssessmentQuestionRow::button(int value) const
{
    return m_group ? qobject_cast<QRadioButton *>(m_group->button(value)) : nullptr;
}

QWidget *AssessmentQuestionRow::firstInput() const
{
    if (m_text)
        return m_text;
    if (QAbstractButton *checked = m_group->checkedButton())
        return checked;
    return m_buttons.isEmpty() ? nullptr : m_buttons.constFirst();
}

QList<QWidget *> AssessmentQuestionRow::inputs() const
{
    if (m_text)
        return {m_text};
    QList<QWidget *> result;
    for (QRadioButton *b : m_buttons)
        result.append(b);
    return result;
}

} // namespace bearings::ui
