#include "NoticeBar.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_action(new QPushButton)
    , m_close(new QPushButton)
{
    setObjectName(u"noticeBar"_s);
    setProperty("bearingsCard", true);
    setAccessibleName(tr("Notice"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setObjectName(u"noticeText"_s);
    m_action->setObjectName(u"noticeAction"_s);
    m_close->setObjectName(u"noticeClose"_s);
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss this notice"));

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(Spacing::Large, Spacing::Medium, Spacing::Large, Spacing::Medium);
    row->setSpacing(Spacing::Medium);
    row->addWidget(m_text, 1);
    row->addWidget(m_action);
    row->addWidget(m_close);

    connect(m_action, &QPushButton::clicked, this, &NoticeBar::actionTriggered);
    connect(m_close, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void NoticeBar::showMessage(const QString &message, Kind kind, const QString &actionText)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    QPalette p = m_text->palette();
    p.setColor(QPalette::WindowText,
        kind == Kind::Attention ? Theme::accent(Theme::Accent::Attention) : palette().color(QPalette::WindowText));
    m_text->setPalette(p);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_action->setVisible(!actionText.isEmpty());
    show();
}

QString NoticeBar::message() const
{
    return m_text->text();
}

} // namespace bearings::ui
