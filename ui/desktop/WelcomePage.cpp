#include "WelcomePage.h"

#include "WelcomeText.h"
#include "common/Card.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "privacy/QuickExitGesture.h"
#include "settings/Settings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {
constexpr int kCardWidth = 600;
}

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_quickExit(QuickExitGesture::defaultShortcut())
    , m_autoLockMinutes(Settings::kDefaultAutoLockMinutes)
    , m_title(new WrapLabel)
    , m_intro(new WrapLabel)
    , m_sections(new QVBoxLayout)
    , m_continue(new QPushButton)
    , m_help(new QPushButton)
    , m_quickExitButton(new QPushButton)
{
    setObjectName(u"welcomePage"_s);
    setAccessibleName(WelcomeText::title());

    m_title->setObjectName(u"welcomeTitle"_s);
    m_title->setFont(Theme::font(Theme::TextStyle::PageTitle));
    m_intro->setObjectName(u"welcomeIntro"_s);
    m_sections->setSpacing(Spacing::Large);

    m_continue->setObjectName(u"welcomeContinue"_s);
    m_continue->setText(tr("&Continue"));
    m_continue->setAccessibleName(tr("Continue"));
    m_continue->setAccessibleDescription(tr("Goes on to create your private vault."));
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    m_help->setObjectName(u"welcomeHelp"_s);
    m_help->setText(tr("Help"));
    m_help->setIcon(Icons::icon(u"help"_s));
    m_help->setAccessibleName(tr("Help"));
    m_help->setToolTip(tr("How Bearings works, and helplines (F1)"));
    m_quickExitButton->setObjectName(u"welcomeQuickExit"_s);
    m_quickExitButton->setText(tr("Quick exit"));
    m_quickExitButton->setAccessibleName(tr("Quick exit"));
    m_quickExitButton->setIcon(Icons::icon(u"quickexit"_s));
    m_quickExitButton->setToolTip(tr("Hide Bearings at once and close it"));

    auto *card = new Card;
    card->setFixedWidth(kCardWidth);
    card->setAccessibleName(WelcomeText::title());
    auto *body = card->body();
    body->setSpacing(Spacing::Medium);
    body->addWidget(m_title);
    body->addWidget(m_intro);
    body->addSpacing(Spacing::Small);
    body->addLayout(m_sections);
    body->addSpacing(Spacing::Small);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_continue);
    body->addLayout(buttons);

    // The card can be taller than a small window: it scrolls.
    auto *inner = new QWidget;
    inner->setObjectName(u"welcomeContent"_s);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, Spacing::XLarge);
    innerLayout->addStretch(1);
    innerLayout->addWidget(card, 0, Qt::AlignHCenter);
    innerLayout->addStretch(2);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"welcomeScroll"_s);
    scroll->setAccessibleName(WelcomeText::title());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->setWidget(inner);
    // The scroll area itself needs no Tab stop: the text is read, not edited.
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *topRow = new QHBoxLayout;
    topRow->addStretch(1);
    topRow->addWidget(m_help);
    topRow->addWidget(m_quickExitButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XXLarge, Spacing::XLarge, Spacing::XXLarge, 0);
    layout->setSpacing(Spacing::Medium);
    layout->addLayout(topRow);
    layout->addWidget(scroll, 1);

    connect(m_continue, &QPushButton::clicked, this, &WelcomePage::continueRequested);
    connect(m_help, &QPushButton::clicked, this, &WelcomePage::helpRequested);
    connect(m_quickExitButton, &QPushButton::clicked, this, &WelcomePage::quickExitRequested);

    rebuild();
}

void WelcomePage::setShortcuts(const QKeySequence &quickExit, int autoLockMinutes)
{
    m_quickExit = quickExit;
    m_autoLockMinutes = autoLockMinutes;
    rebuild();
}

void WelcomePage::rebuild()
{
    m_title->setText(WelcomeText::title());
    m_intro->setText(WelcomeText::intro());
    while (QLayoutItem *item = m_sections->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto sections = WelcomeText::sections(m_quickExit, m_autoLockMinutes);
    for (const WelcomeText::Section &section : sections) {
        auto *block = new QWidget;
        block->setObjectName(u"welcome_"_s + section.id);
        auto *blockLayout = new QVBoxLayout(block);
        blockLayout->setContentsMargins(0, 0, 0, 0);
        blockLayout->setSpacing(Spacing::XSmall);
        auto *heading = new QLabel(section.title);
        heading->setObjectName(u"welcomeHeading"_s);
        QFont font = Theme::font(Theme::TextStyle::Body);
        font.setWeight(QFont::DemiBold);
        heading->setFont(font);
        heading->setProperty("bearingsCaution", section.caution);
        blockLayout->addWidget(heading);
        blockLayout->addWidget(new WrapLabel(section.body));
        m_sections->addWidget(block);
    }
    colourCautions();
}

void WelcomePage::colourCautions()
{
    const auto headings = findChildren<QLabel *>(u"welcomeHeading"_s);
    for (QLabel *heading : headings) {
        if (!heading->property("bearingsCaution").toBool())
            continue;
        QPalette palette = heading->palette();
        palette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Attention));
        heading->setPalette(palette);
    }
}

QString WelcomePage::text() const
{
    QStringList parts {m_title->text(), m_intro->text()};
    const auto labels = findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label != m_title && label != m_intro && m_sections->parentWidget()->isAncestorOf(label))
            parts.append(label->text());
    }
    return parts.join(u'\n');
}

void WelcomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange)
        colourCautions();
}

void WelcomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_continue->setFocus();
}

} // namespace bearings::ui
