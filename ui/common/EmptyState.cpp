#include "EmptyState.h"

#include "Icons.h"
#include "Theme.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {
constexpr int kIconSize = 56;
constexpr int kTextWidth = 440;
} // namespace

EmptyState::EmptyState(const QString &iconName, const QString &title, const QString &prompt, QWidget *parent)
    : QWidget(parent)
    , m_iconName(iconName)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(title, this))
    , m_prompt(new QLabel(prompt, this))
    , m_action(new QPushButton(this))
{
    setAccessibleName(title);
    setAccessibleDescription(prompt);

    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setAccessibleName(title);
    updateIcon();

    m_title->setObjectName(u"emptyStateTitle"_s);
    m_title->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_prompt->setObjectName(u"emptyStatePrompt"_s);
    m_prompt->setProperty("bearingsRole", u"caption"_s);
    m_prompt->setAlignment(Qt::AlignCenter);
    m_prompt->setWordWrap(true);
    // A fixed width lets the word-wrapped label compute its height; under an
    // alignment flag a wrapped QLabel otherwise gets one line's height.
    m_prompt->setFixedWidth(kTextWidth);
    m_title->setFixedWidth(kTextWidth);

    m_action->setVisible(false);
    fitTextHeights();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Spacing::Medium);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(Spacing::Small);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_prompt, 0, Qt::AlignHCenter);
    layout->addSpacing(Spacing::Small);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

QPushButton *EmptyState::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setAccessibleName(text);
    m_action->setVisible(true);
    return m_action;
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::prompt() const
{
    return m_prompt->text();
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcon();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
        fitTextHeights();
    QWidget::changeEvent(event);
}

void EmptyState::fitTextHeights()
{
    // QStackedLayout does not pass height-for-width on, so a wrapped label
    // would get one line's height. The width is fixed: pin the exact height.
    for (QLabel *label : {m_title, m_prompt})
        label->setMinimumHeight(label->heightForWidth(kTextWidth));
}

void EmptyState::updateIcon()
{
    m_icon->setPixmap(Icons::icon(m_iconName, Theme::accent(Theme::Accent::Muted))
                          .pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
}

} // namespace bearings::ui
