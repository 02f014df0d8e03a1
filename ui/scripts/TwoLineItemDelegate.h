#pragma once

#include <QStyledItemDelegate>

namespace bearings::ui {

// Draws a list item as a title (the display text, in the body font, demi-bold)
// over a quieter second part (kDetailsRole, wrapped, in the caption colour),
// so lists of drafts, templates and findings read at a glance.
class TwoLineItemDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TwoLineItemDelegate)

public:
    static constexpr int kDetailsRole = Qt::UserRole + 40;

    explicit TwoLineItemDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect title;
        QRect details;
    };
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
};

} // namespace bearings::ui
