#include "LogisticsItemRow.h"

#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

LogisticsItemRow::LogisticsItemRow(const LogisticsItem &item, QWidget *parent)
    : QWidget(parent)
    , m_item(item)
    , m_check(new QCheckBox)
    , m_text(new WrapLabel)
    , m_editor(new QLineEdit)
    , m_editButton(new QPushButton)
    , m_remove(new QPushButton)
    , m_message(new WrapLabel)
{
    setObjectName(u"logisticsItem"_s);

    m_check->setObjectName(u"logisticsDone"_s);
    m_check->setChecked(item.done);
    m_text->setObjectName(u"logisticsText"_s);
    m_text->setCursor(Qt::PointingHandCursor);
    m_text->installEventFilter(this);
    m_editor->setObjectName(u"logisticsEditor"_s);
    m_editor->setVisible(false);
    m_editor->installEventFilter(this);
    m_editButton->setObjectName(u"editLogisticsItem"_s);
    m_editButton->setAutoDefault(false);
    m_editButton->setFlat(true);
    m_remove->setObjectName(u"removeLogisticsItem"_s);
    m_remove->setText(tr("Remove"));
    m_remove->setAutoDefault(false);
    m_remove->setFlat(true);
    m_message->setObjectName(u"logisticsItemMessage"_s);
    QPalette p = m_message->palette();
    p.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    m_message->setPalette(p);
    m_message->setVisible(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Spacing::Small);
    row->addWidget(m_check);
    row->addWidget(m_text, 1);
    row->addWidget(m_editor, 1);
    row->addWidget(m_editButton);
    row->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::XSmall);
    layout->addLayout(row);
    layout->addWidget(m_message);

    setText(item.text);
    setDone(item.done);
    cancelEditing();

    connect(m_check, &QCheckBox::toggled, this, [this](bool done) {
        setDone(done);
        Q_EMIT doneToggled(m_item.id, done);
    });
    connect(m_editButton, &QPushButton::clicked, this, [this] {
        if (isEditing())
            submit();
        else
            startEditing();
    });
    connect(m_editor, &QLineEdit::returnPressed, this, &LogisticsItemRow::submit);
    connect(m_remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(m_item.id); });
}

void LogisticsItemRow::setDone(bool done)
{
    m_item.done = done;
    if (m_check->isChecked() != done) {
        const QSignalBlocker block(m_check);
        m_check->setChecked(done);
    }
    // Done steps step back visually but stay readable.
    m_text->setProperty("bearingsRole", done ? u"caption"_s : QString());
    m_text->style()->unpolish(m_text);
    m_text->style()->polish(m_text);
    updateNames();
}

void LogisticsItemRow::setText(const QString &text)
{
    m_item.text = text;
    m_text->setText(text);
    updateNames();
}

void LogisticsItemRow::updateNames()
{
    m_check->setAccessibleName(m_item.text);
    m_check->setAccessibleDescription(m_item.done ? tr("Done") : tr("Not done yet"));
    m_editor->setAccessibleName(tr("Text of this step"));
    m_editButton->setAccessibleName(isEditing() ? tr("Save the step") : tr("Edit the step: %1").arg(m_item.text));
    m_remove->setAccessibleName(tr("Remove the step: %1").arg(m_item.text));
}

bool LogisticsItemRow::isEditing() const
{
    return !m_editor->isHidden();
}

void LogisticsItemRow::startEditing()
{
    m_editor->setText(m_item.text);
    m_text->setVisible(false);
    m_editor->setVisible(true);
    m_editButton->setText(tr("Save"));
    updateNames();
    m_editor->setFocus(Qt::OtherFocusReason);
    m_editor->selectAll();
}

void LogisticsItemRow::cancelEditing()
{
    const bool hadFocus = m_editor->hasFocus();
    m_editor->setVisible(false);
    m_text->setVisible(true);
    m_editButton->setText(tr("Edit"));
    m_message->setVisible(false);
    updateNames();
    if (hadFocus)
        m_editButton->setFocus(Qt::OtherFocusReason);
}

void LogisticsItemRow::submit()
{
    const QString text = m_editor->text().trimmed();
    if (text == m_item.text) {
        cancelEditing();
        return;
    }
    Q_EMIT textSubmitted(m_item.id, text);
}

void LogisticsItemRow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool LogisticsItemRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::MouseButtonRelease) {
        if (static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            m_check->toggle();
            return true;
        }
    }
    if (watched == m_editor && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        cancelEditing();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace bearings::ui
