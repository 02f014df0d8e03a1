#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace bearings::ui {

// The areas of the app, in sidebar order.
enum class Area { Dashboard, Journal, Boundaries, CheckIns, Assessment, Messages, SafetyPlan };

inline constexpr std::array kAllAreas {Area::Dashboard, Area::Journal, Area::Boundaries, Area::CheckIns,
    Area::Assessment, Area::Messages, Area::SafetyPlan};

// Names, icons and the words an area shows before it has content.
class AreaInfo final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::AreaInfo)

public:
    static QString id(Area area);          // stable, for settings; never translated
    static QString title(Area area);       // sidebar and page title
    static QString subtitle(Area area);    // one sentence under the page title
    static QString iconName(Area area);    // resources/icons/<name>.svg
    static QString emptyTitle(Area area);  // empty state heading
    static QString emptyPrompt(Area area); // empty state helpful prompt
    static bool fromId(const QString &id, Area *area);
};

} // namespace bearings::ui
