#pragma once

#include <QCoreApplication>
#include <QString>

namespace bearings::ui {

// What the app shows of itself to someone glancing at the screen or the task
// bar. Discreet: a plain "Notes" window with a notepad icon; normal: Bearings.
class DiscreetMode final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::DiscreetMode)

public:
    static QString windowTitle(bool discreet);
    static QString iconName(bool discreet); // resources/icons/<name>.svg
};

} // namespace bearings::ui
