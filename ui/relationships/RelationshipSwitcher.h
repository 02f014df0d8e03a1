#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

namespace bearings::ui {

class SessionContext;

// The compact picker in the sidebar: which relationship the pages show.
// Lists active relationships as "name · kind"; choosing one makes it the
// session's current relationship. With no one added yet it shows a disabled
// placeholder and an "Add someone" button. "Manage…" opens the
// RelationshipsDialog (non-blocking, a child of this widget, so it closes with
// the session).
class RelationshipSwitcher final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelationshipSwitcher)

public:
    explicit RelationshipSwitcher(SessionContext &context, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }

    // Opens the dialog, ready to add someone or showing the current one.
    void openAddDialog();
    void openManageDialog();

private:
    void reload();
    void syncToCurrent();
    void openDialog(bool adding);

    SessionContext &m_context;
    QComboBox *m_combo;
    QPushButton *m_add;
    QPushButton *m_manage;
    bool m_filling = false;
};

} // namespace bearings::ui
