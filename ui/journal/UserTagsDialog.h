#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace bearings::ui {

class SessionContext;
class WrapLabel;

// The person's own tags, next to the built-in ones: add a tag with a label
// and whether it is a positive, a hurtful or a neutral moment (that decides
// how it counts on the dashboard), or remove one. Opened from the journal
// form's "Your tags…" button.
class UserTagsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTagsDialog)

public:
    explicit UserTagsDialog(SessionContext &context, QWidget *parent = nullptr);

    // The id of the tag added last in this dialog, empty when none was.
    QString addedTagId() const { return m_addedId; }

    // A stable id for a new tag from its label: lowercase ASCII letters,
    // digits and dashes, at most 40 characters, unique among `taken`.
    static QString idForLabel(const QString &label, const QStringList &taken);

public Q_SLOTS:
    void addTag();
    void removeSelected();

private:
    void reload();
    void showProblem(const QString &text);

    SessionContext &m_context;
    QString m_addedId;
    QListWidget *m_list;
    QLineEdit *m_label;
    QComboBox *m_valence;
    QPushButton *m_add;
    QPushButton *m_remove;
    WrapLabel *m_problem;
};

} // namespace bearings::ui
