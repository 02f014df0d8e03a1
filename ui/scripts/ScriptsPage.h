#pragma once

#include "scripts/CheckerFinding.h"
#include "scripts/MessageScript.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace bearings::ui {

class CheckerPanel;
class EmptyState;
class NoticeBar;
class PlaceholderPanel;
class ScriptEditor;
class SessionContext;
class TemplatePickerDialog;
class WrapLabel;

// "Messages": drafting what the person needs to say (DOMAIN.md section 6).
//
// Left, the saved drafts of the current relationship (or all drafts), with
// rename, duplicate and delete (undoable until lock). In the middle, the
// editor with Bearings' syntax highlighting, undo and redo, and under it the
// preview of the final message with its word and character count, copy
// (the clipboard is cleared after the vault's timeout) and export as text.
// Right, the blanks to fill in and the checker's findings.
//
// Edits are saved to the (encrypted, in-memory) database a moment after
// typing stops, when another draft is opened, and before the vault locks.
// Values typed for blanks and dismissed findings are kept per draft until
// the vault locks; "Fill in" writes the values into the draft itself.
class ScriptsPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptsPage)

public:
    static constexpr int kAutosaveDelayMs = 1200;
    // Chooses the file "Export" writes to; an empty path cancels. The default
    // asks with QFileDialog; tests put in their own.
    using PathChooser = std::function<QString(QWidget *parent, const QString &suggestedPath)>;

    explicit ScriptsPage(SessionContext &context, QWidget *parent = nullptr);
    ~ScriptsPage() override;

    // The drafts in the list, in order.
    const QList<MessageScript> &scripts() const { return m_scripts; }
    qint64 currentScriptId() const { return m_current ? m_current->id : 0; }
    // The draft with the typed values filled in: what copy and export use.
    QString finalMessage() const;
    // The findings shown (not dismissed).
    QList<CheckerFinding> findings() const { return m_findings; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // The template picker while it is open.
    TemplatePickerDialog *templatePicker() const;
    ScriptEditor *editor() const { return m_editor; }
    PlaceholderPanel *placeholderPanel() const { return m_placeholders; }
    CheckerPanel *checkerPanel() const { return m_checker; }
    void setExportPathChooser(PathChooser chooser);

public Q_SLOTS:
    void refresh();
    void openTemplatePicker();
    // Adds a draft from the template and opens it; false (with a notice) on failure.
    bool createFromTemplate(const QString &templateId);
    void createBlank();
    void selectScript(qint64 id);
    // Writes pending edits now (also done a moment after typing stops).
    void saveNow();
    void focusTitle();
    void duplicateCurrent();
    void askToDelete();
    void confirmDelete();
    void cancelDelete();
    void undoDelete();
    // Writes the typed values into every matching blank of the draft.
    void fillPlaceholders();
    void copyMessage();
    void exportMessage();
    void restoreDismissed();

private:
    void buildLayout();
    void relationshipChanged();
    void scopeChanged();
    void showAllDrafts();
    void fillScope();
    void fillList();
    void fillRelationshipChoices();
    void loadCurrentIntoEditor();
    void clearEditor();
    void textEdited();
    void titleEdited();
    void kindChosen();
    void relationshipChosen();
    void valuesEdited();
    void updateDerived();
    void updateButtons();
    void setSaveState(const QString &text);
    void showFinding(const CheckerFinding &finding, bool moveFocus);
    void dismiss(const CheckerFinding &finding);
    void pickerFinished(int result);
    bool addAndOpen(MessageScript &script, const QString &notice);
    qint64 scopeRelationship() const;
    QHash<QString, QString> currentValues() const;

    SessionContext &m_context;
    QList<MessageScript> m_scripts;
    std::optional<MessageScript> m_current;
    std::optional<MessageScript> m_deleted;
    qint64 m_pendingDelete = 0;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_refreshing = false;
    bool m_showAll = false; // the person chose "All drafts"
    QHash<qint64, QHash<QString, QString>> m_values;
    QHash<qint64, QSet<QString>> m_dismissed;
    QList<CheckerFinding> m_findings;
    QHash<qint64, QString> m_relationshipNames;
    QTimer m_autosave;
    PathChooser m_chooseExportPath;
    QPointer<TemplatePickerDialog> m_picker;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    NoticeBar *m_notice;
    QPushButton *m_newFromTemplate;
    QPushButton *m_newBlank;
    QComboBox *m_scope;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QWidget *m_confirm;
    WrapLabel *m_confirmText;
    QPushButton *m_confirmDelete;
    QPushButton *m_keep;
    QStackedWidget *m_editorStack;
    WrapLabel *m_noSelection;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QComboBox *m_for;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QLabel *m_saveState;
    ScriptEditor *m_editor;
    QPlainTextEdit *m_preview;
    QLabel *m_counts;
    QPushButton *m_copy;
    QPushButton *m_export;
    PlaceholderPanel *m_placeholders;
    CheckerPanel *m_checker;
};

} // namespace bearings::ui
