#include "DiscreetMode.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString DiscreetMode::windowTitle(bool discreet)
{
    // Translated: an English "Notes" on a German desktop would stand out.
    return discreet ? tr("Notes") : tr("Bearings");
}

QString DiscreetMode::iconName(bool discreet)
{
    return discreet ? u"notes"_s : u"bearings"_s;
}

} // namespace bearings::ui
