#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace bearings::ui {

class WrapLabel;

// Rows of a few fields each (a person: name, phone, who they are, whether
// they know the plan), with column headings, "Remove" on every row and one
// "Add" button below. A short prompt stands in for the rows while there are
// none. Emits edited() after every change the person makes, never after
// setRows().
class RowListEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RowListEditor)

public:
    struct Column {
        QString label;       // the heading, and part of each field's accessible name
        QString placeholder; // text fields only
        bool check = false;  // a check box instead of a text field
        int stretch = 1;     // share of the width, for text fields
        int maxLength = 200;
    };
    // What the buttons and fields are called. `row` and `remove` contain %1,
    // the row's number: "Person %1", "Remove person %1".
    struct Texts {
        QString add;
        QString row;
        QString remove;
        QString emptyPrompt;
    };
    // A row's values, one per column: QString for text, bool for a check.
    using Row = QVariantList;

    RowListEditor(const QList<Column> &columns, const Texts &texts, QWidget *parent = nullptr);

    void setRows(const QList<Row> &rows);
    QList<Row> rows() const;
    int rowCount() const { return int(m_rows.size()); }

    QPushButton *addButton() const { return m_add; }
    QLineEdit *field(int row, int column) const;
    QCheckBox *check(int row, int column) const;
    QPushButton *removeButton(int row) const;
    WrapLabel *emptyPrompt() const { return m_prompt; }

Q_SIGNALS:
    void edited();

private:
    struct RowWidgets {
        QWidget *row = nullptr;
        QList<QWidget *> fields;
        QPushButton *remove = nullptr;
    };

    RowWidgets appendRow(const Row &values);
    void addRowFromButton();
    void removeRow(QWidget *row);
    void renumber();
    void updateEmpty();

    QList<Column> m_columns;
    Texts m_texts;
    QWidget *m_header;
    QVBoxLayout *m_list;
    WrapLabel *m_prompt;
    QPushButton *m_add;
    QList<RowWidgets> m_rows;
};

} // namespace bearings::ui
