#include "WrapLabel.h"

#include <QEvent>
#include <QResizeEvent>

namespace bearings::ui {

WrapLabel::WrapLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
}

void WrapLabel::setText(const QString &text)
{
    QLabel::setText(text);
    fitHeight();
}

void WrapLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        fitHeight();
}

void WrapLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitHeight();
}

void WrapLabel::fitHeight()
{
    // Width only changes the height, never the other way round, so this
    // settles after one extra layout pass. QLabel::heightForWidth() never
    // answers less than the current minimum height, so clear it first, or a
    // label once measured narrow would keep that height when it widens.
    const int previous = minimumHeight();
    setMinimumHeight(0);
    const int height = heightForWidth(width() > 0 ? width() : sizeHint().width());
    setMinimumHeight(height > 0 ? height : previous);
}

} // namespace bearings::ui
