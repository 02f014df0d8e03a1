#pragma once

#include "boundaries/Boundary.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace bearings::ui {

class BoundaryCard;
class BoundaryForm;
class EmptyState;
class NoticeBar;
class RefreshWhenShown;
class SessionContext;
class WrapLabel;

// The boundaries of the current relationship (DOMAIN.md section 4): its
// non-negotiables on top (edited in the assessment), a form to add or edit a
// boundary, then one card per boundary, active ones first and retired ones
// below. Deleting a boundary or a crossing can be undone for the session.
class BoundariesPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BoundariesPage)

public:
    explicit BoundariesPage(SessionContext &context, QWidget *parent = nullptr);

    BoundaryForm *form() const { return m_form; }
    // The cards in the order shown: active first, then retired.
    QList<BoundaryCard *> cards() const;
    BoundaryCard *card(qint64 boundaryId) const { return m_cards.value(boundaryId); }

public Q_SLOTS:
    // Re-reads the relationship, boundaries and crossings: now if the page is
    // shown, else when it is next shown (common/RefreshWhenShown.h).
    void refresh();
    void undo();

private:
    void populate();
    void relationshipChanged();
    void fillNonNegotiables();
    void deleteBoundary(qint64 id);
    void breachRemoved(const bearings::Breach &breach);
    void showError(const QString &message);

    struct DeletedBoundary {
        Boundary boundary;
        QList<Breach> breaches;
    };

    SessionContext &m_context;
    RefreshWhenShown *m_refresher;
    QHash<qint64, BoundaryCard *> m_cards;
    QList<qint64> m_order;
    std::optional<DeletedBoundary> m_deletedBoundary;
    std::optional<Breach> m_deletedBreach;

    QStackedWidget *m_stack;
    EmptyState *m_noRelationship;
    NoticeBar *m_notice;
    WrapLabel *m_nonNegotiables;
    QPushButton *m_editNonNegotiables;
    BoundaryForm *m_form;
    EmptyState *m_noBoundaries;
    QVBoxLayout *m_activeList;
    QLabel *m_retiredHeading;
    QVBoxLayout *m_retiredList;
};

} // namespace bearings::ui
