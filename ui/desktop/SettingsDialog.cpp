#include "SettingsDialog.h"

#include "GeneralPage.h"
#include "RemindersPage.h"
#include "privacy/LockingPage.h"
#include "privacy/PassphrasePage.h"
#include "privacy/SingleInstance.h"
#include "privacy/TracesPage.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr QSize kDefaultSize(680, 800);

QScrollArea *scrolling(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setObjectName(page->objectName() + u"Scroll"_s);
    area->setAccessibleName(page->accessibleName());
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(page);
    return area;
}

} // namespace

SettingsDialog::SettingsDialog(
    Settings &settings, const QString &vaultPath, Vault *vault, const QString &lockDirectory, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_initialTheme(Theme::mode())
    , m_tabs(new QTabWidget)
    , m_general(new GeneralPage)
    , m_locking(new LockingPage)
    , m_passphrase(new PassphrasePage(vault))
    , m_reminders(new RemindersPage)
    , m_traces(new TracesPage(
          vaultPath, settings.filePath(), lockDirectory.isEmpty() ? SingleInstance::defaultDirectory() : lockDirectory))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    QSize size = kDefaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);

    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->setAccessibleName(tr("Settings"));
    m_tabs->tabBar()->setAccessibleName(tr("Settings sections"));
    m_tabs->addTab(scrolling(m_general), tr("&General"));
    m_tabs->addTab(scrolling(m_locking), tr("&Locking"));
    m_tabs->addTab(scrolling(m_passphrase), tr("&Passphrase"));
    m_tabs->addTab(scrolling(m_reminders), tr("&Reminders"));
    m_tabs->addTab(m_traces, tr("&Traces on this computer"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"settingsButtons"_s);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"settingsOk"_s);
    ok->setAccessibleName(tr("OK"));
    ok->setAccessibleDescription(tr("Saves the choices on the General, Locking and Reminders tabs."));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"settingsCancel"_s);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes without saving the choices on the General, Locking and Reminders "
                                        "tabs. A passphrase you changed stays changed."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Medium, Spacing::Medium, Spacing::Medium, Spacing::Medium);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_general, &GeneralPage::themeChosen, this, &SettingsDialog::applyTheme);

    m_general->load(m_settings);
    m_locking->load(m_settings);
    m_reminders->load(m_settings);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void SettingsDialog::accept()
{
    if (m_passphrase->isBusy())
        return;
    if (!m_locking->validate()) {
        showTab(Tab::Locking);
        m_locking->focusProblem();
        return;
    }
    m_general->save(m_settings);
    m_locking->save(m_settings);
    m_reminders->save(m_settings);
    m_settings.sync();
    applyTheme(m_general->themeMode());
    QDialog::accept();
}

void SettingsDialog::reject()
{
    applyTheme(m_initialTheme);
    QDialog::reject();
}

void SettingsDialog::applyTheme(Theme::Mode mode)
{
    if (mode == Theme::mode())
        return;
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        Theme::apply(*app, mode);
}

} // namespace bearings::ui
