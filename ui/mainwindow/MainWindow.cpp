#include "MainWindow.h"

#include "common/EmptyState.h"
#include "common/Icons.h"
#include "common/NoticeBar.h"
#include "common/PageHeader.h"
#include "common/Theme.h"
#include "desktop/WelcomePage.h"
#include "privacy/DiscreetMode.h"
#include "settings/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {
constexpr int kSidebarWidth = 210;
constexpr int kSidebarRowHeight = 38;
constexpr QSize kDefaultSize(1100, 720);
constexpr QSize kMinimumSize(760, 520);

// The page an area shows while no vault is open: its title and a short
// introduction. It stands in the window from the start but is rarely seen
// (the gate covers the workspace until a vault is open, and opening one puts
// the real pages in), so its contents are built the first time it is shown;
// that keeps them out of the time to the first painted window.
class IntroPage final : public QWidget {
public:
    explicit IntroPage(Area area)
        : m_area(area)
    {
        setObjectName(AreaInfo::id(area) + u"Page"_s);
        setAccessibleName(AreaInfo::title(area));
    }

protected:
    void showEvent(QShowEvent *event) override
    {
        if (!layout()) {
            auto *box = new QVBoxLayout(this);
            box->setContentsMargins(Spacing::XXLarge, Spacing::XLarge, Spacing::XXLarge, Spacing::XLarge);
            box->addWidget(new PageHeader(AreaInfo::title(m_area), AreaInfo::subtitle(m_area)));
            box->addWidget(
                new EmptyState(AreaInfo::iconName(m_area), AreaInfo::emptyTitle(m_area), AreaInfo::emptyPrompt(m_area)),
                1);
        }
        QWidget::showEvent(event);
    }

private:
    Area m_area;
};
} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_root(new QStackedWidget)
    , m_gate(new VaultGate)
    , m_workspace(new QWidget)
    , m_notice(new NoticeBar)
    , m_sidebar(new QListWidget)
    , m_pages(new QStackedWidget)
    , m_brand(new QLabel)
    , m_switcherSlot(new QWidget)
    , m_settingsButton(new QPushButton)
    , m_help(new QPushButton)
    , m_lock(new QPushButton)
    , m_quickExit(new QPushButton)
{
    setDiscreet(false);
    setMinimumSize(kMinimumSize);

    auto *central = m_workspace;
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    buildSidebar();

    auto *sidebarPanel = new QWidget;
    sidebarPanel->setObjectName(u"sidebarPanel"_s);
    sidebarPanel->setFixedWidth(kSidebarWidth);
    auto *sideLayout = new QVBoxLayout(sidebarPanel);
    sideLayout->setContentsMargins(0, Spacing::Large, 0, Spacing::Large);
    sideLayout->setSpacing(Spacing::Small);
    m_brand->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_brand->setContentsMargins(Spacing::XLarge, 0, 0, Spacing::Small);
    sideLayout->addWidget(m_brand);
    auto *switcherLayout = new QVBoxLayout(m_switcherSlot);
    switcherLayout->setContentsMargins(Spacing::Large, 0, Spacing::Large, Spacing::Small);
    m_switcherSlot->setVisible(false);
    sideLayout->addWidget(m_switcherSlot);
    sideLayout->addWidget(m_sidebar, 1);

    m_quickExit->setObjectName(u"quickExit"_s);
    m_quickExit->setText(tr("Quick exit"));
    m_quickExit->setIcon(Icons::icon(u"quickexit"_s));
    m_quickExit->setToolTip(tr("Hide Bearings at once and close it"));
    m_quickExit->setAccessibleName(tr("Quick exit"));
    m_quickExit->setAccessibleDescription(tr("Hides this window at once and closes the app."));
    m_settingsButton->setObjectName(u"settings"_s);
    m_settingsButton->setText(tr("Settings"));
    m_settingsButton->setIcon(Icons::icon(u"settings"_s));
    m_settingsButton->setToolTip(
        tr("Language, look, locking, passphrase, reminders, and what Bearings leaves on this computer (Ctrl+,)"));
    m_settingsButton->setAccessibleName(tr("Settings"));
    m_settingsButton->setAccessibleDescription(tr("Opens the settings: language and look, locking, your passphrase, "
                                                  "reminders, and traces on this computer."));
    m_help->setObjectName(u"help"_s);
    m_help->setText(tr("Help"));
    m_help->setIcon(Icons::icon(u"help"_s));
    m_help->setToolTip(tr("How Bearings works, keyboard shortcuts and helplines (F1)"));
    m_help->setAccessibleName(tr("Help"));
    m_help->setAccessibleDescription(tr("Opens the help: how each area works, privacy, shortcuts and helplines."));
    m_lock->setObjectName(u"lock"_s);
    m_lock->setText(tr("Lock"));
    m_lock->setIcon(Icons::icon(u"lock"_s));
    m_lock->setToolTip(tr("Lock Bearings now (Ctrl+L)"));
    m_lock->setAccessibleName(tr("Lock"));
    m_lock->setAccessibleDescription(tr("Closes your vault. Your passphrase is needed to open it again."));
    auto *exitRow = new QVBoxLayout;
    exitRow->setContentsMargins(Spacing::Large, 0, Spacing::Large, 0);
    exitRow->setSpacing(Spacing::Small);
    auto *settingsRow = new QHBoxLayout;
    settingsRow->setSpacing(Spacing::Small);
    settingsRow->addWidget(m_settingsButton);
    settingsRow->addWidget(m_help);
    exitRow->addLayout(settingsRow);
    exitRow->addWidget(m_lock);
    exitRow->addWidget(m_quickExit);
    sideLayout->addLayout(exitRow);
    connect(m_quickExit, &QPushButton::clicked, this, &MainWindow::quickExitRequested);
    connect(m_settingsButton, &QPushButton::clicked, this, &MainWindow::settingsRequested);
    connect(m_help, &QPushButton::clicked, this, &MainWindow::helpRequested);
    connect(m_lock, &QPushButton::clicked, this, &MainWindow::lockRequested);
    connect(m_gate, &VaultGate::quickExitRequested, this, &MainWindow::quickExitRequested);
    connect(m_gate, &VaultGate::helpRequested, this, &MainWindow::helpRequested);
    auto *lockAction = new QAction(tr("Lock"), this);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockAction, &QAction::triggered, this, [this] {
        if (isShowingWorkspace())
            Q_EMIT lockRequested();
    });
    addAction(lockAction);
    auto *settingsAction = new QAction(tr("Settings"), this);
    settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(settingsAction, &QAction::triggered, this, [this] {
        if (isShowingWorkspace())
            Q_EMIT settingsRequested();
    });
    addAction(settingsAction);
    // Help holds nothing personal: F1 works on the welcome and the gate too.
    auto *helpAction = new QAction(tr("Help"), this);
    helpAction->setShortcut(QKeySequence::HelpContents);
    connect(helpAction, &QAction::triggered, this, &MainWindow::helpRequested);
    addAction(helpAction);

    for (const Area area : kAllAreas)
        m_pages->addWidget(new IntroPage(area));
    m_pages->setObjectName(u"pages"_s);
    m_pages->setAccessibleName(tr("Page"));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    auto *noticeRow = new QHBoxLayout;
    noticeRow->setContentsMargins(Spacing::XXLarge, Spacing::Medium, Spacing::XXLarge, 0);
    noticeRow->addWidget(m_notice);
    contentLayout->addLayout(noticeRow);
    contentLayout->addWidget(m_pages, 1);

    row->addWidget(sidebarPanel);
    row->addWidget(content, 1);
    m_root->addWidget(m_gate);
    m_root->addWidget(m_workspace);
    m_root->setCurrentWidget(m_workspace);
    setCentralWidget(m_root);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        Q_EMIT currentAreaChanged(kAllAreas.at(static_cast<std::size_t>(row)));
    });

    buildShortcuts();
    restoreFromSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildSidebar()
{
    m_sidebar->setObjectName(u"sidebar"_s);
    m_sidebar->setAccessibleName(tr("Areas"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    int index = 1;
    for (const Area area : kAllAreas) {
        auto *item = new QListWidgetItem(Icons::icon(AreaInfo::iconName(area)), AreaInfo::title(area), m_sidebar);
        item->setData(Qt::AccessibleTextRole, AreaInfo::title(area));
        item->setSizeHint(QSize(0, kSidebarRowHeight));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(AreaInfo::title(area)).arg(index++));
    }
}

void MainWindow::buildShortcuts()
{
    int index = 0;
    for (const Area area : kAllAreas) {
        auto *action = new QAction(AreaInfo::title(area), this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, area] { setCurrentArea(area); });
        addAction(action);
        ++index;
    }
}

Area MainWindow::currentArea() const
{
    const int row = m_sidebar->currentRow();
    return row < 0 ? Area::Dashboard : kAllAreas.at(static_cast<std::size_t>(row));
}

void MainWindow::setCurrentArea(Area area)
{
    m_sidebar->setCurrentRow(static_cast<int>(area));
}

void MainWindow::setPage(Area area, QWidget *page)
{
    const int index = static_cast<int>(area);
    QWidget *old = m_pages->widget(index);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
}

QWidget *MainWindow::page(Area area) const
{
    return m_pages->widget(static_cast<int>(area));
}

void MainWindow::resetPages()
{
    for (const Area area : kAllAreas)
        setPage(area, new IntroPage(area));
    m_notice->hide();
}

void MainWindow::setRelationshipSwitcher(QWidget *switcher)
{
    if (m_switcher) {
        m_switcher->hide();
        m_switcher->deleteLater();
    }
    m_switcher = switcher;
    if (switcher)
        m_switcherSlot->layout()->addWidget(switcher);
    m_switcherSlot->setVisible(switcher != nullptr);
}

WelcomePage *MainWindow::welcome()
{
    if (!m_welcome) {
        m_welcome = new WelcomePage;
        m_welcome->setShortcuts(m_welcomeQuickExit, m_welcomeAutoLockMinutes);
        connect(m_welcome, &WelcomePage::continueRequested, this, &MainWindow::welcomeFinished);
        connect(m_welcome, &WelcomePage::quickExitRequested, this, &MainWindow::quickExitRequested);
        connect(m_welcome, &WelcomePage::helpRequested, this, &MainWindow::helpRequested);
        m_root->addWidget(m_welcome);
    }
    return m_welcome;
}

void MainWindow::setWelcomeShortcuts(const QKeySequence &quickExit, int autoLockMinutes)
{
    m_welcomeQuickExit = quickExit;
    m_welcomeAutoLockMinutes = autoLockMinutes;
    if (m_welcome)
        m_welcome->setShortcuts(quickExit, autoLockMinutes);
}

void MainWindow::showWelcome()
{
    m_gate->clearFields();
    m_root->setCurrentWidget(welcome());
    m_welcome->setFocus();
}

void MainWindow::showGate(VaultGate::Mode mode)
{
    m_gate->clearFields();
    m_gate->setMode(mode);
    m_gate->setBusy(false);
    m_root->setCurrentWidget(m_gate);
    m_gate->setFocus();
}

void MainWindow::showWorkspace()
{
    m_gate->clearFields();
    m_root->setCurrentWidget(m_workspace);
    m_sidebar->setFocus();
}

bool MainWindow::isShowingWelcome() const
{
    return m_welcome && m_root->currentWidget() == m_welcome;
}

bool MainWindow::isShowingGate() const
{
    return m_root->currentWidget() == m_gate;
}

bool MainWindow::isShowingWorkspace() const
{
    return m_root->currentWidget() == m_workspace;
}

void MainWindow::setDiscreet(bool discreet)
{
    setWindowTitle(DiscreetMode::windowTitle(discreet));
    setWindowIcon(Icons::icon(DiscreetMode::iconName(discreet), Theme::accent(Theme::Accent::Primary)));
    m_brand->setText(DiscreetMode::windowTitle(discreet));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && (windowState() & Qt::WindowMinimized))
        Q_EMIT minimized();
    // The desktop switched between light and dark: follow it, unless the
    // person chose one in the settings.
    if (event->type() == QEvent::ThemeChange && Theme::mode() == Theme::Mode::System) {
        if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
            Theme::apply(*app, Theme::Mode::System);
    }
}

void MainWindow::restoreFromSettings()
{
    if (!restoreGeometry(m_settings.windowGeometry())) {
        QSize size = kDefaultSize;
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    Area area = Area::Dashboard;
    AreaInfo::fromId(m_settings.lastArea(), &area);
    setCurrentArea(area);
}

void MainWindow::saveToSettings()
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setLastArea(AreaInfo::id(currentArea()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveToSettings();
    QMainWindow::closeEvent(event);
}

} // namespace bearings::ui
