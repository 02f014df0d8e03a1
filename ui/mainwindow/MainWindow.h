#pragma once

#include "Area.h"
#include "vault/VaultGate.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

class QListWidget;
class QStackedWidget;
class QPushButton;
class QLabel;

namespace bearings {
class Settings;
}

namespace bearings::ui {

class NoticeBar;
class WelcomePage;

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
    // Puts every area back to its empty state, dropping the pages and
    // whatever they held (on lock).
    void resetPages();

    // The window shows the first-run welcome, the vault gate (create or
    // unlock), or the workspace with the sidebar and pages.
    void showWelcome();
    void showGate(VaultGate::Mode mode);
    void showWorkspace();
    bool isShowingWelcome() const;
    bool isShowingGate() const;
    bool isShowingWorkspace() const;
    // The first-run welcome, built when first asked for (most starts never
    // show it).
    WelcomePage *welcome();
    // What the welcome tells about quick exit and locking; kept for when it
    // is built.
    void setWelcomeShortcuts(const QKeySequence &quickExit, int autoLockMinutes);
    VaultGate *gate() const { return m_gate; }
    NoticeBar *notice() const { return m_notice; }

    // The widget above the area list that picks the relationship every page
    // works on; the window takes ownership. nullptr removes it (on lock).
    void setRelationshipSwitcher(QWidget *switcher);

    // Discreet mode: a neutral title and icon that say nothing about Bearings.
    void setDiscreet(bool discreet);

Q_SIGNALS:
    void currentAreaChanged(bearings::ui::Area area);
    // The user asked to leave at once (the quick-exit button or shortcut).
    void quickExitRequested();
    void lockRequested();
    // The settings dialog (sidebar button or Ctrl+,), while the workspace shows.
    void settingsRequested();
    // The help (sidebar button, the gate's or the welcome's, or F1), at any time.
    void helpRequested();
    void minimized();
    // The person read the welcome and goes on.
    void welcomeFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildSidebar();
    void buildShortcuts();
    void restoreFromSettings();
    void saveToSettings();

    Settings &m_settings;
    QStackedWidget *m_root;
    WelcomePage *m_welcome = nullptr;
    QKeySequence m_welcomeQuickExit;
    int m_welcomeAutoLockMinutes = 0;
    VaultGate *m_gate;
    QWidget *m_workspace;
    NoticeBar *m_notice;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QLabel *m_brand;
    QWidget *m_switcherSlot;
    QPointer<QWidget> m_switcher;
    QPushButton *m_settingsButton;
    QPushButton *m_help;
    QPushButton *m_lock;
    QPushButton *m_quickExit;
};

} // namespace bearings::ui
