#pragma once

#include "relationships/Relationship.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace bearings::ui {

class Card;
class EmptyState;
class ItemListEditor;
class NoticeBar;
class SessionContext;
class WrapLabel;

// The current relationship's path: the strategy in plain words and what it
// involves, "Change…" (a StrategyChangeDialog, opened without blocking; the
// change and its reason go to RelationshipRepository::changeStrategy), the
// history of changes (newest first), and two short lists the person keeps:
// non-negotiables and values, saved as they are edited. Follows the session's
// current relationship; with no one added yet it shows an empty state whose
// button opens the RelationshipsDialog.
class StrategyPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyPanel)

public:
    explicit StrategyPanel(SessionContext &context, QWidget *parent = nullptr);

    // Opens the StrategyChangeDialog (a child of this panel, deleted when it
    // closes) for the current relationship.
    void openChangeDialog();

private:
    void reload();
    void reloadLists();
    void saveLists();
    void applyStrategy(qint64 relationshipId, Strategy strategy, const QString &reason);
    void openAddDialog();

    SessionContext &m_context;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_content;
    NoticeBar *m_notice;
    Card *m_strategyCard;
    QLabel *m_strategy;
    WrapLabel *m_description;
    QPushButton *m_change;
    QTreeWidget *m_history;
    ItemListEditor *m_nonNegotiables;
    ItemListEditor *m_values;
    qint64 m_relationshipId = 0;
    bool m_saving = false;
};

} // namespace bearings::ui
