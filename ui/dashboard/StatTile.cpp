#include "StatTile.h"

#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

StatTile::StatTile(const QString &heading, QWidget *parent)
    : QFrame(parent)
    , m_heading(new QLabel(heading))
    , m_value(new QLabel)
    , m_detail(new WrapLabel)
    , m_action(new QPushButton)
{
    setProperty("bearingsCard", true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(heading);
    m_heading->setObjectName(u"tileHeading"_s);
    m_heading->setProperty("bearingsRole", u"caption"_s);
    m_heading->setFont(Theme::font(Theme::TextStyle::Caption));
    m_heading->setWordWrap(true);
    m_value->setObjectName(u"tileValue"_s);
    m_value->setFont(Theme::font(Theme::TextStyle::PageTitle));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(u"tileDetail"_s);
    m_detail->setFont(Theme::font(Theme::TextStyle::Caption));
    m_action->setObjectName(u"tileAction"_s);
    m_action->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Medium, Spacing::Large, Spacing::Medium);
    layout->setSpacing(Spacing::XSmall);
    layout->addWidget(m_heading);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    layout->addWidget(m_action, 0, Qt::AlignLeft);
}

void StatTile::setValue(const QString &value, const QColor &colour)
{
    m_value->setText(value);
    // A style sheet, not the palette: the app's style sheet styles cards and
    // would otherwise win over a label's palette.
    m_value->setStyleSheet(colour.isValid() ? u"color: %1;"_s.arg(colour.name()) : QString());
    describe();
}

void StatTile::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    describe();
}

QPushButton *StatTile::setAction(const QString &text, const QString &accessibleName)
{
    m_action->setText(text);
    m_action->setAccessibleName(accessibleName.isEmpty() ? text : accessibleName);
    m_action->setVisible(!text.isEmpty());
    return m_action;
}

QString StatTile::heading() const
{
    return m_heading->text();
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::detail() const
{
    return m_detail->text();
}

void StatTile::describe()
{
    setAccessibleDescription(
        m_detail->text().isEmpty() ? m_value->text() : m_value->text() + u". "_s + m_detail->text());
}

} // namespace bearings::ui
