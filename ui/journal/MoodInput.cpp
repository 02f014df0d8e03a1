#include "MoodInput.h"

#include "JournalText.h"
#include "common/Theme.h"
#include "journal/JournalEntry.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHBoxLayout>

#include <QLabel>
#include <QSlider>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

MoodInput::MoodInput(const QString &key, const QString &label, const QString &accessibleSlider, QWidget *parent)
    : QWidget(parent)
    , m_noted(new QCheckBox(label))
    , m_slider(new QSlider(Qt::Horizontal))
    , m_value(new QLabel)
{
    setObjectName(key);
    m_noted->setObjectName(key + u"Noted"_s);
    m_noted->setAccessibleName(tr("Note this mood: %1").arg(label));
    m_noted->setToolTip(tr("Leave unticked if you did not notice or do not want to note it."));
    m_slider->setObjectName(key + u"Slider"_s);
    m_slider->setRange(kMoodMin, kMoodMax);
    m_slider->setValue(0);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(accessibleSlider);
    m_slider->setAccessibleDescription(tr("From −5, very bad, to +5, very good."));
    m_slider->setMinimumWidth(120);
    m_value->setObjectName(key + u"Value"_s);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(u"\u22125 "_s) + Spacing::Small);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    // The same label width for every mood, so the three sliders line up.
    const QFontMetrics metrics(m_noted->font());
    int labelWidth = 0;
    for (const QString &word : {tr("Before"), tr("During"), tr("After"), label})
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(word));
    m_noted->setMinimumWidth(labelWidth + metrics.height() * 2);
    layout->addWidget(m_noted);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_value);

    connect(m_noted, &QCheckBox::toggled, this, &MoodInput::updateState);
    connect(m_slider, &QSlider::valueChanged, this, &MoodInput::updateState);
    updateState();
}

std::optional<int> MoodInput::value() const
{
    if (!m_noted->isChecked())
        return std::nullopt;
    return m_slider->value();
}

void MoodInput::setValue(const std::optional<int> &value)
{
    m_slider->setValue(value.value_or(0));
    m_noted->setChecked(value.has_value());
    updateState();
}

void MoodInput::updateState()
{
    m_slider->setEnabled(m_noted->isChecked());
    const QString text = JournalText::mood(value());
    m_value->setText(text);
    m_slider->setAccessibleDescription(
        m_noted->isChecked() ? tr("Now %1, from −5 to +5.").arg(text) : tr("Not noted. Tick the box first."));
}

} // namespace bearings::ui
