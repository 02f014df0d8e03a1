#pragma once

#include "logistics/LogisticsItem.h"
#include "relationships/Relationship.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace bearings::ui {

class Card;
class LogisticsItemRow;
class SessionContext;
class WrapLabel;

// The practical side of limiting contact or stepping away (DOMAIN.md
// section 7): a checklist grouped by category, and a separate Support group
// (trusted people, support groups, professional help). Each step can be
// ticked, edited and removed; new steps are added with a category. An empty
// list offers a starter checklist. For repair or an undecided path the panel
// shows one line saying when these steps appear, and nothing else.
class LogisticsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogisticsPanel)

public:
    explicit LogisticsPanel(SessionContext &context, QWidget *parent = nullptr);

    // Whether the current relationship's path is limit or cut.
    bool isApplicable() const { return m_applicable; }
    // "5 of 12 done", or empty when there are no steps.
    QString progressText() const;
    LogisticsItemRow *rowFor(qint64 itemId) const { return m_rows.value(itemId); }

    static QString categoryName(LogisticsCategory category);
    static bool isSupport(LogisticsCategory category);

public Q_SLOTS:
    // Re-reads the strategy and the steps.
    void refresh();
    // Adds the starter checklist for the current path (only when empty).
    void addStarterChecklist();
    // Adds a step from the category list and text field.
    void addItem();

private:
    void rebuild();
    void clearRows(QVBoxLayout *layout);
    void updateProgress();
    void updateTabOrder();
    void setDone(qint64 id, bool done);
    void saveText(qint64 id, const QString &text);
    void removeItem(qint64 id);
    void showMessage(const QString &text);

    SessionContext &m_context;
    bool m_applicable = false;
    Strategy m_strategy = Strategy::Undecided;
    int m_writing = 0;
    QList<LogisticsItem> m_items;
    QHash<qint64, LogisticsItemRow *> m_rows;

    WrapLabel *m_note;
    Card *m_stepsCard;
    Card *m_supportCard;
    Card *m_addCard;
    WrapLabel *m_progress;
    WrapLabel *m_emptyText;
    QPushButton *m_seed;
    QVBoxLayout *m_steps;
    QVBoxLayout *m_support;
    WrapLabel *m_supportEmpty;
    QComboBox *m_addCategory;
    QLineEdit *m_addText;
    QPushButton *m_addButton;
    WrapLabel *m_message;
};

} // namespace bearings::ui
