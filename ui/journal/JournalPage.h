#pragma once

#include "journal/JournalEntry.h"
#include "journal/JournalFilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace bearings::ui {

class EmptyState;
class JournalForm;
class NoticeBar;
class SessionContext;
class RefreshWhenShown;
class WrapLabel;

// The journal of the current relationship: a quick-add form at the top, then
// the entries, newest first, with filters by date, tag, incidents and words in
// the note. A row opens in the form for editing (double-click or Enter);
// deleting asks in place and can be undone for the rest of the session.
class JournalPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)

public:
    explicit JournalPage(SessionContext &context, QWidget *parent = nullptr);

    // What the list shows now, in order. The page re-reads while it is shown;
    // a hidden page only notes that the data changed and re-reads when it is
    // next shown, so unlocking a vault with years of notes does not list them
    // all behind the Overview.
    const QList<JournalEntry> &entries() const { return m_entries; }
    JournalFilter filter() const;
    JournalForm *form() const { return m_form; }

public Q_SLOTS:
    // Re-reads tags and entries from the database: now if the page is shown,
    // else when it is next shown (common/RefreshWhenShown.h).
    void refresh();
    void editSelected();
    // Asks, in place, whether to delete the selected entry.
    void askToDelete();
    void confirmDelete();
    void cancelDelete();
    // Adds the last deleted entry back.
    void undoDelete();

private:
    void relationshipChanged();
    void fillTagFilter();
    void populate();
    void fillList();
    std::optional<JournalEntry> selectedEntry() const;
    void updateButtons();

    SessionContext &m_context;
    QList<JournalEntry> m_entries;
    std::optional<JournalEntry> m_deleted;
    qint64 m_pendingDelete = 0;
    RefreshWhenShown *m_refresher = nullptr;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    NoticeBar *m_notice;
    JournalForm *m_form;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_tag;
    QCheckBox *m_incidentsOnly;
    QLineEdit *m_search;
    QLabel *m_count;
    QTableWidget *m_table;
    QPushButton *m_report;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QWidget *m_confirm;
    WrapLabel *m_confirmText;
    QPushButton *m_confirmDelete;
    QPushButton *m_keep;
};

} // namespace bearings::ui
