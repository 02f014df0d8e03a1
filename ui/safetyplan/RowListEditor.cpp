#include "RowListEditor.h"

#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

// Text fields and their headings share the width by stretch alone, so the
// headings stay above their fields whatever the text in them.
void shareWidth(QWidget *w)
{
    w->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    w->setMinimumWidth(0);
}

int removeButtonWidth()
{
    QPushButton probe(RowListEditor::tr("Remove"));
    return probe.sizeHint().width();
}

int checkColumnWidth(const QString &label)
{
    QLabel heading(label);
    QCheckBox probe;
    return std::max(heading.sizeHint().width(), probe.sizeHint().width());
}

} // namespace

RowListEditor::RowListEditor(const QList<Column> &columns, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_columns(columns)
    , m_texts(texts)
    , m_header(new QWidget)
    , m_list(new QVBoxLayout)
    , m_prompt(new WrapLabel(texts.emptyPrompt))
    , m_add(new QPushButton(texts.add))
{
    m_header->setObjectName(u"headings"_s);
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(Spacing::Small);
    for (const Column &column : std::as_const(m_columns)) {
        auto *heading = new QLabel(column.label);
        heading->setProperty("bearingsRole", u"caption"_s);
        if (column.check) {
            heading->setFixedWidth(checkColumnWidth(column.label));
            heading->setAlignment(Qt::AlignCenter);
            header->addWidget(heading);
        } else {
            shareWidth(heading);
            header->addWidget(heading, column.stretch);
        }
    }
    header->addSpacing(removeButtonWidth());

    m_prompt->setObjectName(u"emptyPrompt"_s);
    m_prompt->setProperty("bearingsRole", u"caption"_s);

    m_add->setObjectName(u"addRow"_s);
    m_add->setAccessibleName(texts.add);
    m_add->setAutoDefault(false);

    m_list->setContentsMargins(0, 0, 0, 0);
    m_list->setSpacing(Spacing::Small);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_add);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_prompt);
    layout->addWidget(m_header);
    layout->addLayout(m_list);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &RowListEditor::addRowFromButton);
    updateEmpty();
}

void RowListEditor::setRows(const QList<Row> &rows)
{
    for (const RowWidgets &old : std::as_const(m_rows)) {
        old.row->hide();
        m_list->removeWidget(old.row);
        old.row->deleteLater();
    }
    m_rows.clear();
    for (const Row &values : rows)
        m_rows.append(appendRow(values));
    renumber();
    updateEmpty();
}

QList<RowListEditor::Row> RowListEditor::rows() const
{
    QList<Row> result;
    for (const RowWidgets &w : m_rows) {
        Row values;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).check)
                values.append(static_cast<QCheckBox *>(w.fields.at(i))->isChecked());
            else
                values.append(static_cast<QLineEdit *>(w.fields.at(i))->text());
        }
        result.append(values);
    }
    return result;
}

QLineEdit *RowListEditor::field(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size() || m_columns.at(column).check)
        return nullptr;
    return static_cast<QLineEdit *>(m_rows.at(row).fields.at(column));
}

QCheckBox *RowListEditor::check(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size() || !m_columns.at(column).check)
        return nullptr;
    return static_cast<QCheckBox *>(m_rows.at(row).fields.at(column));
}

QPushButton *RowListEditor::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).remove : nullptr;
}

RowListEditor::RowWidgets RowListEditor::appendRow(const Row &values)
{
    // New rows go just before "Add" in the tab order, wherever Qt first put
    // the widgets created for them.
    QWidget *anchor = m_add->previousInFocusChain();

    RowWidgets w;
    w.row = new QWidget;
    w.row->setObjectName(u"row"_s);
    auto *layout = new QHBoxLayout(w.row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const Column &column = m_columns.at(i);
        if (column.check) {
            // The box sits in the middle of its column, under its heading.
            auto *cell = new QWidget;
            cell->setFixedWidth(checkColumnWidth(column.label));
            auto *cellLayout = new QHBoxLayout(cell);
            cellLayout->setContentsMargins(0, 0, 0, 0);
            auto *box = new QCheckBox;
            box->setObjectName(u"check%1"_s.arg(i));
            box->setChecked(values.value(i).toBool());
            connect(box, &QCheckBox::clicked, this, &RowListEditor::edited);
            cellLayout->addWidget(box, 0, Qt::AlignCenter);
            layout->addWidget(cell);
            w.fields.append(box);
        } else {
            auto *edit = new QLineEdit(values.value(i).toString());
            edit->setObjectName(u"field%1"_s.arg(i));
            edit->setPlaceholderText(column.placeholder);
            edit->setMaxLength(column.maxLength);
            // Long text shows its beginning, not its end (setMaxLength()
            // moves the cursor to the end).
            edit->setCursorPosition(0);
            shareWidth(edit);
            connect(edit, &QLineEdit::textEdited, this, &RowListEditor::edited);
            layout->addWidget(edit, column.stretch);
            w.fields.append(edit);
        }
    }
    w.remove = new QPushButton(tr("Remove"));
    w.remove->setObjectName(u"removeRow"_s);
    w.remove->setAutoDefault(false);
    w.remove->setFixedWidth(removeButtonWidth());
    layout->addWidget(w.remove);
    QWidget *row = w.row;
    connect(w.remove, &QPushButton::clicked, this, [this, row] { removeRow(row); });
    m_list->addWidget(w.row);
    // At once, not on the next turn of the event loop as a layout would.
    w.row->show();

    QWidget *previous = anchor;
    for (QWidget *next : std::as_const(w.fields)) {
        setTabOrder(previous, next);
        previous = next;
    }
    setTabOrder(previous, w.remove);
    setTabOrder(w.remove, m_add);
    return w;
}

void RowListEditor::addRowFromButton()
{
    Row values;
    for (const Column &column : std::as_const(m_columns))
        values.append(column.check ? QVariant(false) : QVariant(QString()));
    m_rows.append(appendRow(values));
    renumber();
    updateEmpty();
    m_rows.last().fields.first()->setFocus(Qt::TabFocusReason);
    Q_EMIT edited();
}

void RowListEditor::removeRow(QWidget *row)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [row](const RowWidgets &w) { return w.row == row; });
    if (it == m_rows.end())
        return;
    const qsizetype index = std::distance(m_rows.begin(), it);
    const bool hadFocus = row->isAncestorOf(QApplication::focusWidget());
    m_rows.erase(it);
    row->hide();
    m_list->removeWidget(row);
    // Not now: its own button is still emitting clicked().
    row->deleteLater();
    renumber();
    updateEmpty();
    if (hadFocus) {
        if (m_rows.isEmpty())
            m_add->setFocus(Qt::TabFocusReason);
        else
            m_rows.at(std::min(index, m_rows.size() - 1)).remove->setFocus(Qt::TabFocusReason);
    }
    Q_EMIT edited();
}

void RowListEditor::renumber()
{
    for (qsizetype r = 0; r < m_rows.size(); ++r) {
        const RowWidgets &w = m_rows.at(r);
        const QString rowName = m_texts.row.arg(r + 1);
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            w.fields.at(i)->setAccessibleName(tr("%1: %2").arg(rowName, m_columns.at(i).label));
        w.remove->setAccessibleName(m_texts.remove.arg(r + 1));
    }
}

void RowListEditor::updateEmpty()
{
    const bool empty = m_rows.isEmpty();
    m_header->setVisible(!empty);
    m_prompt->setVisible(empty && !m_texts.emptyPrompt.isEmpty());
}

} // namespace bearings::ui
