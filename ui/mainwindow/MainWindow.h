#pragma once

#include "Area.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QPushButton;

namespace bearings {
class Settings;
}

namespace bearings::ui {

// The shell: a sidebar of areas beside a stack of pages. Each area's page is
// supplied by its feature; until then the area shows its empty state.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Area currentArea() const;
    void setCurrentArea(Area area);
    // Replaces the page shown for `area`; the window takes ownership.
    void setPage(Area area, QWidget *page);
    QWidget *page(Area area) const;

Q_SIGNALS:
    void currentAreaChanged(bearings::ui::Area area);
    // The user asked to leave at once (the quick-exit button or shortcut).
    void quickExitRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildSidebar();
    void buildShortcuts();
    void restoreFromSettings();
    void saveToSettings();
    QWidget *makeIntroPage(Area area);

    Settings &m_settings;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QPushButton *m_quickExit;
};

} // namespace bearings::ui
