#pragma once

namespace bearings::ui {

class MainWindow;
class SessionContext;

// Builds the feature pages on an unlocked session and puts them in the
// window. The one place that knows every feature's page; locking removes
// them all again (MainWindow::resetPages).
class Pages final {
public:
    static void populate(MainWindow &window, SessionContext &context);
};

} // namespace bearings::ui
