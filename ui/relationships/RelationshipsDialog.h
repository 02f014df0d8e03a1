#pragma once

#include "relationships/Relationship.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace bearings::ui {

class Card;
class SessionContext;
class WrapLabel;

// Everyone the person has added: a list (active first, archived greyed) and
// a form for the selected one (name, kind, notes) or for someone new, with
// Archive/Restore and Delete. Changes are saved through RelationshipRepository
// and announced with SessionContext::notifyRelationshipsChanged(); archiving
// or deleting the current relationship moves the session to another one (or
// to none).
//
// Deleting asks first in a QMessageBox that names everything that goes with
// the relationship. The box is opened without blocking (QDialog::open()), so
// tests and assistive tools reach it through deleteConfirmation() and press
// one of its buttons; Cancel is the default and the Escape button.
class RelationshipsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipsDialog)

public:
    explicit RelationshipsDialog(SessionContext &context, QWidget *parent = nullptr);

    // Clears the form for someone new and puts the cursor in the name field.
    void startAdding();
    // Shows this relationship in the form (archived ones too).
    void selectRelationship(qint64 id);
    // The relationship in the form; 0 while adding someone new.
    qint64 selectedRelationshipId() const { return m_editingId; }

    // The open delete confirmation, or nullptr.
    QMessageBox *deleteConfirmation() const { return m_confirmation; }

private:
    void reload();
    void loadForm();
    void save();
    void toggleArchived();
    void askToDelete();
    void deleteRelationship(qint64 id);
    void moveCurrentAwayFrom(qint64 id);
    void showError(const QString &message);
    void showStatus(const QString &message);
    void updateButtons();

    SessionContext &m_context;
    QListWidget *m_list;
    QPushButton *m_addButton;
    Card *m_formCard;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QPlainTextEdit *m_notes;
    WrapLabel *m_error;
    WrapLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_archive;
    QPushButton *m_delete;
    QPointer<QMessageBox> m_confirmation;
    qint64 m_editingId = 0;
    bool m_editingArchived = false;
    bool m_loading = false;
};

} // namespace bearings::ui
