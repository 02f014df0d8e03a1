#include "TemplatePickerDialog.h"

#include "ScriptEditor.h"
#include "TwoLineItemDelegate.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

TemplatePickerDialog::TemplatePickerDialog(const TemplateLibrary &library, QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_search(new QLineEdit)
    , m_kind(new QComboBox)
    , m_list(new QListWidget)
    , m_count(new QLabel)
    , m_kindText(new WrapLabel)
    , m_preview(new ScriptEditor)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(u"templatePicker"_s);
    setWindowTitle(tr("Start from a template"));
    setAccessibleName(tr("Start from a template"));

    m_search->setObjectName(u"templateSearch"_s);
    m_search->setAccessibleName(tr("Search the templates"));
    m_search->setPlaceholderText(tr("Search, for example “work” or “ending”"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_kind->setObjectName(u"templateKind"_s);
    m_kind->setAccessibleName(tr("Show templates of this kind"));
    m_kind->addItem(tr("All kinds"), -1);
    for (const auto &[kind, key] : kScriptKindKeys)
        m_kind->addItem(TemplateLibrary::kindLabel(kind), int(kind));

    m_list->setObjectName(u"templateList"_s);
    m_list->setAccessibleName(tr("Templates"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setItemDelegate(new TwoLineItemDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(280);

    m_count->setObjectName(u"templateCount"_s);
    m_count->setProperty("bearingsRole", u"caption"_s);
    m_kindText->setObjectName(u"templateKindText"_s);
    m_kindText->setProperty("bearingsRole", u"caption"_s);

    m_preview->setObjectName(u"templatePreview"_s);
    m_preview->setAccessibleName(tr("The selected template"));
    m_preview->setReadOnly(true);
    m_preview->setMinimumWidth(320);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use this template"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"useTemplate"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Start a new draft from this template"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelTemplate"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without a new draft"));

    auto *searchRow = new QHBoxLayout;
    searchRow->setSpacing(Spacing::Small);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_kind);

    auto *left = new QVBoxLayout;
    left->setSpacing(Spacing::Small);
    left->addWidget(m_list, 1);
    left->addWidget(m_count);

    auto *right = new QVBoxLayout;
    right->setSpacing(Spacing::Small);
    right->addWidget(m_kindText);
    right->addWidget(m_preview, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(Spacing::Large);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Medium);
    layout->addLayout(searchRow);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &TemplatePickerDialog::filter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TemplatePickerDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatePickerDialog::updatePreview);
    // Enter reaches the default button ("Use this template") from the search
    // field and the list alike; a double-click needs its own connection.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (selectedTemplate())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (selectedTemplate())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(820, 520);
    filter();
    m_search->setFocus(Qt::OtherFocusReason);
}

bool TemplatePickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field goes into the list, as in a search box.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_list->count() > 0) {
            m_list->setFocus(Qt::TabFocusReason);
            m_list->setCurrentRow(qMin(m_list->currentRow() + 1, m_list->count() - 1));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

std::optional<ScriptTemplate> TemplatePickerDialog::selectedTemplate() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return std::nullopt;
    return m_shown.at(row);
}

bool TemplatePickerDialog::selectTemplate(const QString &id)
{
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).id == id) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void TemplatePickerDialog::filter()
{
    const int kindData = m_kind->currentData().toInt();
    const std::optional<ScriptKind> kind
        = kindData >= 0 ? std::optional<ScriptKind>(ScriptKind(kindData)) : std::nullopt;
    const QString previous = selectedTemplate() ? selectedTemplate()->id : QString();
    m_shown = m_library.search(m_search->text(), kind);

    const QSignalBlocker block(m_list);
    m_list->clear();
    int current = m_shown.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_shown.size(); ++i) {
        const ScriptTemplate &t = m_shown.at(i);
        auto *item = new QListWidgetItem(t.title, m_list);
        item->setData(
            TwoLineItemDelegate::kDetailsRole, QString(TemplateLibrary::kindLabel(t.kind) + u" · "_s + t.summary));
        item->setData(Qt::AccessibleTextRole, t.title);
        item->setData(Qt::AccessibleDescriptionRole, t.summary);
        item->setToolTip(t.summary);
        if (t.id == previous)
            current = i;
    }
    m_list->setCurrentRow(current);
    if (m_shown.isEmpty())
        m_count->setText(tr("No template matches. Try fewer words, or start a blank draft instead."));
    else if (m_shown.size() == 1)
        m_count->setText(tr("1 template"));
    else
        m_count->setText(tr("%1 templates").arg(m_shown.size()));
    updatePreview();
}

void TemplatePickerDialog::updatePreview()
{
    const std::optional<ScriptTemplate> t = selectedTemplate();
    m_preview->setPlainText(t ? t->body : QString());
    m_kindText->setText(t ? TemplateLibrary::kindDescription(t->kind) : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(t.has_value());
}

} // namespace bearings::ui
