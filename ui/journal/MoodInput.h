#pragma once

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QSlider;

namespace bearings::ui {

// One optional mood from −5 to +5: a "Note my mood …" check box that turns on
// a slider, with the chosen value shown beside it. Unchecked means "not noted".
class MoodInput final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoodInput)

public:
    // `label` is the check box text ("Mood before"), `accessibleSlider` the
    // slider's name for screen readers.
    MoodInput(const QString &key, const QString &label, const QString &accessibleSlider, QWidget *parent = nullptr);

    std::optional<int> value() const;
    void setValue(const std::optional<int> &value);

    QCheckBox *checkBox() const { return m_noted; }
    QSlider *slider() const { return m_slider; }

private:
    void updateState();

    QCheckBox *m_noted;
    QSlider *m_slider;
    QLabel *m_value;
};

} // namespace bearings::ui
