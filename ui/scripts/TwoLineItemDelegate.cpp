#include "TwoLineItemDelegate.h"

#include "common/Theme.h"

#include <QApplication>
#include <QListView>
#include <QPainter>

namespace bearings::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kGap = 2;
const int kTextFlags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

QFont titleFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setWeight(QFont::DemiBold);
    return f;
}

QFont detailsFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.92);
    return f;
}

} // namespace

TwoLineItemDelegate::TwoLineItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

TwoLineItemDelegate::Layout TwoLineItemDelegate::layoutFor(
    const QStyleOptionViewItem &option, const QModelIndex &index, int width) const
{
    const int textWidth = qMax(40, width - 2 * kPadding);
    const QString title = index.data(Qt::DisplayRole).toString();
    const QString details = index.data(kDetailsRole).toString();
    const QRect titleRect
        = QFontMetrics(titleFont(option)).boundingRect(QRect(0, 0, textWidth, 10000), kTextFlags, title);
    Layout layout;
    layout.title = QRect(kPadding, kPadding, textWidth, titleRect.height());
    if (!details.isEmpty()) {
        const QRect detailsRect
            = QFontMetrics(detailsFont(option)).boundingRect(QRect(0, 0, textWidth, 10000), kTextFlags, details);
        layout.details = QRect(kPadding, layout.title.bottom() + 1 + kGap, textWidth, detailsRect.height());
    }
    return layout;
}

void TwoLineItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString title = opt.text;
    const QString details = index.data(kDetailsRole).toString();
    // The style draws the selection and focus; the text is drawn here.
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor titleColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor detailsColour = selected ? opt.palette.color(group, QPalette::HighlightedText)
                                          : opt.palette.color(group, QPalette::PlaceholderText);

    const Layout layout = layoutFor(opt, index, opt.rect.width());
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setFont(titleFont(opt));
    painter->setPen(titleColour);
    painter->drawText(layout.title, kTextFlags, title);
    if (!details.isEmpty()) {
        painter->setFont(detailsFont(opt));
        painter->setPen(detailsColour);
        painter->drawText(layout.details, kTextFlags, details);
    }
    painter->restore();
}

QSize TwoLineItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The width the view gives its items; the text wraps to it.
    int width = opt.rect.width();
    if (const auto *view = qobject_cast<const QListView *>(opt.widget))
        width = view->viewport()->width() - 2 * view->spacing();
    if (width <= 0)
        width = 240;
    const Layout layout = layoutFor(opt, index, width);
    const int bottom = layout.details.isNull() ? layout.title.bottom() : layout.details.bottom();
    return {width, bottom + 1 + kPadding};
}

} // namespace bearings::ui
