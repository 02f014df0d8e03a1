#include "ItemListEditor.h"

#include "common/Theme.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {
constexpr int kMaxItemLength = 500;
constexpr int kVisibleRows = 6;
} // namespace

ItemListEditor::ItemListEditor(const QString &name, const QString &placeholder, QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_field(new QLineEdit)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
{
    setAccessibleName(name);

    m_list->setObjectName(u"items"_s);
    m_list->setAccessibleName(name);
    m_list->setAccessibleDescription(tr("Double-click a line or press F2 to change it."));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * kVisibleRows + Spacing::Medium);

    m_field->setObjectName(u"newItem"_s);
    m_field->setPlaceholderText(placeholder);
    m_field->setAccessibleName(tr("New line for %1").arg(name));
    m_field->setMaxLength(kMaxItemLength);
    m_field->setClearButtonEnabled(true);

    m_add->setObjectName(u"addItem"_s);
    m_add->setText(tr("Add"));
    m_add->setAccessibleName(tr("Add to %1").arg(name));
    m_add->setAutoDefault(false);

    m_remove->setObjectName(u"removeItem"_s);
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove the selected line from %1").arg(name));
    m_remove->setAutoDefault(false);

    auto *row = new QHBoxLayout;
    row->setSpacing(Spacing::Small);
    row->addWidget(m_field, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    layout->addWidget(m_list);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, &ItemListEditor::addFromField);
    connect(m_field, &QLineEdit::returnPressed, this, &ItemListEditor::addFromField);
    connect(m_field, &QLineEdit::textChanged, this, &ItemListEditor::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &ItemListEditor::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ItemListEditor::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading)
            return;
        if (item->text().trimmed().isEmpty()) {
            // An emptied line goes away, like removing it; not from inside the
            // list's own signal.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_loading = true;
                    for (int i = m_list->count() - 1; i >= 0; --i) {
                        if (m_list->item(i)->text().trimmed().isEmpty())
                            delete m_list->takeItem(i);
                    }
                    m_loading = false;
                    updateButtons();
                },
                Qt::QueuedConnection);
        }
        Q_EMIT edited();
    });
    updateButtons();
}

void ItemListEditor::setItems(const QStringList &items)
{
    m_loading = true;
    m_list->clear();
    for (const QString &text : items) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_loading = false;
    updateButtons();
}

QStringList ItemListEditor::items() const
{
    QStringList result;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text().trimmed();
        if (!text.isEmpty())
            result << text;
    }
    return result;
}

void ItemListEditor::addFromField()
{
    const QString text = m_field->text().trimmed();
    if (text.isEmpty())
        return;
    m_loading = true;
    auto *item = new QListWidgetItem(text, m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_loading = false;
    m_field->clear();
    m_field->setFocus();
    updateButtons();
    Q_EMIT edited();
}

void ItemListEditor::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !item->isSelected())
        return;
    const int row = m_list->row(item);
    m_loading = true;
    delete item;
    m_loading = false;
    if (m_list->count() > 0)
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
    updateButtons();
    Q_EMIT edited();
}

void ItemListEditor::updateButtons()
{
    m_add->setEnabled(!m_field->text().trimmed().isEmpty());
    const QListWidgetItem *current = m_list->currentItem();
    m_remove->setEnabled(current && current->isSelected());
}

} // namespace bearings::ui
