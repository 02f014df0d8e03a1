#pragma once

#include "journal/JournalEntry.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bearings::ui {

class MoodInput;
class SessionContext;
class WrapLabel;

// The quick-add form at the top of the journal: when, how, three optional
// moods, tags, a note and, for an incident, how serious it was, who was
// present and what evidence was kept. Ctrl+Enter saves. It also edits an
// existing entry ("Save changes" / "Cancel").
class JournalForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalForm)

public:
    explicit JournalForm(SessionContext &context, QWidget *parent = nullptr);

    // What the fields say now, for the current relationship.
    JournalEntry entry() const;
    bool isEditing() const { return m_editing.isValid(); }
    qint64 editingId() const { return m_editing.id; }
    // The inline problem shown, empty when none.
    QString problem() const;
    QWidget *firstField() const;

public Q_SLOTS:
    // Loads a stored entry in edit mode.
    void edit(const JournalEntry &entry);
    // Back to an empty "add" form; the channel stays, focus goes to "when".
    void reset();
    // Validates and saves (adds or updates). Returns through saved().
    void save();
    // Re-reads the user's tags, keeping what is ticked.
    void reloadTags();
    // Opens "Your tags"; a tag added there is ticked here.
    void manageTags();

Q_SIGNALS:
    void saved(qint64 id);

private:
    void showProblem(const QString &text);
    void updateIncident();
    void setCheckedTags(const QStringList &ids);
    QStringList checkedTags() const;

    SessionContext &m_context;
    JournalEntry m_editing;

    WrapLabel *m_title;
    QDateTimeEdit *m_when;
    QComboBox *m_channel;
    MoodInput *m_before;
    MoodInput *m_during;
    MoodInput *m_after;
    QListWidget *m_tags;
    QPushButton *m_manageTags;
    QPlainTextEdit *m_note;
    QCheckBox *m_incident;
    QWidget *m_incidentBox;
    QComboBox *m_severity;
    QLineEdit *m_present;
    QLineEdit *m_evidence;
    WrapLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_cancel;
};

} // namespace bearings::ui
