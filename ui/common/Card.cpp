#include "Card.h"

#include "Theme.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

Card::Card(const QString &title, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_body(new QVBoxLayout)
{
    setProperty("bearingsCard", true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(title);

    m_title->setObjectName(u"cardTitle"_s);
    m_title->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_title->setVisible(!title.isEmpty());

    m_body->setSpacing(Spacing::Small);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(m_title);
    layout->addLayout(m_body);
}

void Card::setTitle(const QString &title)
{
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    setAccessibleName(title);
}

QString Card::title() const
{
    return m_title->text();
}

} // namespace bearings::ui
