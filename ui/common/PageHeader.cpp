#include "PageHeader.h"

#include "Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(subtitle, this))
    , m_actions(new QHBoxLayout)
{
    m_title->setObjectName(u"pageTitle"_s);
    m_title->setFont(Theme::font(Theme::TextStyle::PageTitle));
    m_title->setAccessibleName(title);
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);

    m_subtitle->setObjectName(u"pageSubtitle"_s);
    m_subtitle->setProperty("bearingsRole", u"caption"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setVisible(!subtitle.isEmpty());

    auto *texts = new QVBoxLayout;
    texts->setSpacing(Spacing::XSmall);
    texts->addWidget(m_title);
    texts->addWidget(m_subtitle);

    m_actions->setSpacing(Spacing::Small);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, Spacing::Medium);
    row->setSpacing(Spacing::Large);
    row->addLayout(texts, 1);
    row->addLayout(m_actions);
}

void PageHeader::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setAccessibleName(title);
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

void PageHeader::addAction(QWidget *widget)
{
    m_actions->addWidget(widget, 0, Qt::AlignTop);
}

void PageHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange)
        m_title->setFont(Theme::font(Theme::TextStyle::PageTitle));
    QWidget::changeEvent(event);
}

} // namespace bearings::ui
