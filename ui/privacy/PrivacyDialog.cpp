#include "PrivacyDialog.h"

#include "LockingPage.h"
#include "PassphrasePage.h"
#include "SingleInstance.h"
#include "TracesPage.h"
#include "common/Theme.h"
#include "settings/Settings.h"

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

constexpr QSize kDefaultSize(660, 800);

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

PrivacyDialog::PrivacyDialog(
    Settings &settings, const QString &vaultPath, Vault *vault, const QString &lockDirectory, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_tabs(new QTabWidget)
    , m_locking(new LockingPage)
    , m_passphrase(new PassphrasePage(vault))
    , m_traces(new TracesPage(
          vaultPath, settings.filePath(), lockDirectory.isEmpty() ? SingleInstance::defaultDirectory() : lockDirectory))
{
    setObjectName(u"privacyDialog"_s);
    setWindowTitle(tr("Privacy"));
    setAccessibleName(tr("Privacy"));
    QSize size = kDefaultSize;
    if (const QScreen *screen = this->screen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);

    m_tabs->setObjectName(u"privacyTabs"_s);
    m_tabs->setAccessibleName(tr("Privacy"));
    m_tabs->tabBar()->setAccessibleName(tr("Privacy sections"));
    m_tabs->addTab(scrolling(m_locking), tr("&Locking"));
    m_tabs->addTab(scrolling(m_passphrase), tr("&Passphrase"));
    m_tabs->addTab(m_traces, tr("&Traces on this computer"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(u"privacyButtons"_s);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"privacyOk"_s);
    ok->setAccessibleName(tr("OK"));
    ok->setAccessibleDescription(tr("Saves the choices on the Locking tab."));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"privacyCancel"_s);
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAccessibleDescription(tr("Closes without saving the choices on the Locking tab."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Medium, Spacing::Medium, Spacing::Medium, Spacing::Medium);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &PrivacyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PrivacyDialog::reject);

    m_locking->load(m_settings);
}

PrivacyDialog::~PrivacyDialog() = default;

void PrivacyDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(static_cast<int>(tab));
}

void PrivacyDialog::accept()
{
    if (m_passphrase->isBusy())
        return;
    if (!m_locking->validate()) {
        showTab(Tab::Locking);
        m_locking->focusProblem();
        return;
    }
    m_locking->save(m_settings);
    m_settings.sync();
    QDialog::accept();
}

} // namespace bearings::ui
