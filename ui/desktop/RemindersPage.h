#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTimeEdit;

namespace bearings {
class Settings;
}

namespace bearings::ui {

class WrapLabel;

// The "Reminders" tab of the settings dialog: a weekly check-in reminder
// (off by default), its weekday and time, and what it will and will not say.
// It only edits; the dialog decides when the values are saved.
class RemindersPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemindersPage)

public:
    explicit RemindersPage(QWidget *parent = nullptr);

    void load(const Settings &settings);
    void save(Settings &settings) const;

private:
    void updateEnabled();

    QCheckBox *m_enabled;
    QComboBox *m_weekday;
    QTimeEdit *m_time;
    WrapLabel *m_trayNote;
};

} // namespace bearings::ui
