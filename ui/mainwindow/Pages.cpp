#include "Pages.h"

#include "MainWindow.h"
#include "SessionContext.h"

namespace bearings::ui {

void Pages::populate(MainWindow &window, SessionContext &context)
{
    // Areas whose feature has not landed yet keep their empty state.
    Q_UNUSED(window)
    Q_UNUSED(context)
}

} // namespace bearings::ui
