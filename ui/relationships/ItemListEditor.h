#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QPushButton;

namespace bearings::ui {

// A short list of phrases the person keeps and edits: a list (double-click or
// F2 edits a line), a field with "Add", and "Remove" for the selected line.
// Emits edited() after every change the person makes, never after setItems().
class ItemListEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ItemListEditor)

public:
    // `name` names the list for assistive technology ("Non-negotiables");
    // `placeholder` is shown in the empty field.
    ItemListEditor(const QString &name, const QString &placeholder, QWidget *parent = nullptr);

    void setItems(const QStringList &items);
    QStringList items() const;

    QListWidget *list() const { return m_list; }
    QLineEdit *field() const { return m_field; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void edited();

private:
    void addFromField();
    void removeSelected();
    void updateButtons();

    QListWidget *m_list;
    QLineEdit *m_field;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_loading = false;
};

} // namespace bearings::ui
