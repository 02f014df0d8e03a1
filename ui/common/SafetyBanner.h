#pragma once

#include <QFrame>

namespace bearings {
struct SafetyPlan;
}

namespace bearings::ui {

// "Your safety comes first": shown above everything else wherever the latest
// assessment puts safety first. It names the emergency number and hotlines
// from the person's own safety plan (or the defaults until they save one) and
// offers to open the plan.
class SafetyBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SafetyBanner)

public:
    // `why` is the one sentence under the title that says why it shows here.
    SafetyBanner(const SafetyPlan &plan, const QString &why, QWidget *parent = nullptr);

Q_SIGNALS:
    void openPlanRequested();
};

} // namespace bearings::ui
