#include "EmptyState.h"

#include "Icons.h"
#include "Theme.h"
#include "WrapLabel.h"

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
    , m_title(new WrapLabel(title, this))
    , m_prompt(new WrapLabel(prompt, this))
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
    m_prompt->setFixedWidth(kTextWidth);
    m_title->setFixedWidth(kTextWidth);

    m_action->setVisible(false);

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
    QWidget::changeEvent(event);
}

void EmptyState::updateIcon()
{
    m_icon->setPixmap(Icons::icon(m_iconName, Theme::accent(Theme::Accent::Muted))
                          .pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF()));
}

} // namespace bearings::ui
