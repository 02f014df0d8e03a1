#include "RelationshipsDialog.h"

#include "RelationshipText.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kArchivedRole = Qt::UserRole + 1;
constexpr int kMaxNameLength = 200;
constexpr QSize kDefaultSize(760, 500);

constexpr std::array kKinds {RelationshipKind::Partner, RelationshipKind::Family, RelationshipKind::Friend,
    RelationshipKind::Colleague, RelationshipKind::CoParent, RelationshipKind::Other};

WrapLabel *caption(const QString &text)
{
    auto *label = new WrapLabel(text);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

} // namespace

RelationshipsDialog::RelationshipsDialog(SessionContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget)
    , m_addButton(new QPushButton)
    , m_formCard(new Card)
    , m_name(new QLineEdit)
    , m_kind(new QComboBox)
    , m_notes(new QPlainTextEdit)
    , m_error(new WrapLabel)
    , m_status(new WrapLabel)
    , m_save(new QPushButton)
    , m_archive(new QPushButton)
    , m_delete(new QPushButton)
{
    setObjectName(u"relationshipsDialog"_s);
    // Neutral words: the title can show outside the window.
    setWindowTitle(tr("People"));
    setAccessibleName(tr("People you have added"));
    resize(kDefaultSize);

    // The list.
    m_list->setObjectName(u"relationshipList"_s);
    m_list->setAccessibleName(tr("People you have added"));
    m_list->setAccessibleDescription(tr("Archived people are shown greyed, after the others."));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addButton->setObjectName(u"relationshipAdd"_s);
    m_addButton->setText(tr("&Add someone"));
    m_addButton->setAccessibleName(tr("Add someone"));
    m_addButton->setAutoDefault(false);

    auto *left = new QVBoxLayout;
    left->setSpacing(Spacing::Small);
    left->addWidget(m_list, 1);
    left->addWidget(m_addButton, 0, Qt::AlignLeft);

    // The form.
    m_name->setObjectName(u"relationshipName"_s);
    m_name->setAccessibleName(tr("Name"));
    m_name->setAccessibleDescription(tr("An alias or initials are fine."));
    m_name->setPlaceholderText(tr("An alias or initials are fine"));
    m_name->setMaxLength(kMaxNameLength);

    m_kind->setObjectName(u"relationshipKind"_s);
    m_kind->setAccessibleName(tr("Who they are to you"));
    for (const RelationshipKind kind : kKinds)
        m_kind->addItem(RelationshipText::kindLabel(kind), static_cast<int>(kind));

    m_notes->setObjectName(u"relationshipNotes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Anything you want to remember. Only you will see this."));
    m_notes->setTabChangesFocus(true);

    m_error->setObjectName(u"relationshipError"_s);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Attention));
    m_error->setPalette(errorPalette);

    m_status->setObjectName(u"relationshipStatus"_s);
    m_status->setProperty("bearingsRole", u"caption"_s);
    m_status->setVisible(false);

    m_save->setObjectName(u"relationshipSave"_s);
    m_save->setAutoDefault(false);
    m_archive->setObjectName(u"relationshipArchive"_s);
    m_archive->setAutoDefault(false);
    m_delete->setObjectName(u"relationshipDelete"_s);
    m_delete->setText(tr("&Delete…"));
    m_delete->setAccessibleName(tr("Delete"));
    m_delete->setAccessibleDescription(tr("Deletes this person and everything kept about them, after asking."));
    m_delete->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setSpacing(Spacing::Small);
    auto *nameLabel = new QLabel(tr("&Name"));
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    auto *kindLabel = new QLabel(tr("&Who they are"));
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    auto *notesLabel = new QLabel(tr("No&tes"));
    notesLabel->setBuddy(m_notes);
    form->addRow(notesLabel, m_notes);

    auto *saveRow = new QHBoxLayout;
    saveRow->setSpacing(Spacing::Small);
    saveRow->addWidget(m_save, 0, Qt::AlignLeft);
    saveRow->addWidget(m_status, 1);

    auto *manageRow = new QHBoxLayout;
    manageRow->setSpacing(Spacing::Small);
    manageRow->addWidget(m_archive);
    manageRow->addWidget(m_delete);
    manageRow->addStretch(1);

    m_formCard->setObjectName(u"relationshipForm"_s);
    m_formCard->body()->addLayout(form);
    m_formCard->body()->addWidget(m_error);
    m_formCard->body()->addLayout(saveRow);
    m_formCard->body()->addSpacing(Spacing::Small);
    m_formCard->body()->addLayout(manageRow);
    m_formCard->body()->addWidget(
        caption(tr("Archiving puts someone away without deleting anything. You can restore them at any time.")));
    m_formCard->body()->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(Spacing::Large);
    columns->addLayout(left, 2);
    columns->addWidget(m_formCard, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->setObjectName(u"relationshipsButtons"_s);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"relationshipsClose"_s);
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::Large, Spacing::Large, Spacing::Large, Spacing::Large);
    layout->setSpacing(Spacing::Medium);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &RelationshipsDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &RelationshipsDialog::startAdding);
    connect(m_save, &QPushButton::clicked, this, &RelationshipsDialog::save);
    connect(m_name, &QLineEdit::returnPressed, this, &RelationshipsDialog::save);
    connect(m_archive, &QPushButton::clicked, this, &RelationshipsDialog::toggleArchived);
    connect(m_delete, &QPushButton::clicked, this, &RelationshipsDialog::askToDelete);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (m_loading || !item)
            return;
        m_editingId = item->data(kIdRole).toLongLong();
        loadForm();
    });
    connect(&m_context, &SessionContext::relationshipsChanged, this, &RelationshipsDialog::reload);

    reload();
    if (m_list->count() == 0)
        startAdding();
    else if (m_context.currentRelationshipId() > 0)
        selectRelationship(m_context.currentRelationshipId());
    else
        selectRelationship(m_list->item(0)->data(kIdRole).toLongLong());
}

void RelationshipsDialog::startAdding()
{
    m_editingId = 0;
    m_loading = true;
    m_list->setCurrentItem(nullptr);
    m_list->clearSelection();
    m_loading = false;
    loadForm();
    m_name->setFocus();
}

void RelationshipsDialog::selectRelationship(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toLongLong() == id) {
            m_editingId = id;
            m_loading = true;
            m_list->setCurrentRow(i);
            m_loading = false;
            loadForm();
            return;
        }
    }
}

void RelationshipsDialog::reload()
{
    RelationshipRepository repository(m_context.database());
    const auto all = repository.list(true);
    if (!all.ok()) {
        showError(all.error().message);
        return;
    }

    m_loading = true;
    m_list->clear();
    QListWidgetItem *selected = nullptr;
    const QColor greyed = palette().color(QPalette::Disabled, QPalette::Text);
    for (const Relationship &r : all.value()) {
        QString text = RelationshipText::displayName(r);
        if (r.archived)
            text = tr("%1 (archived)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(kIdRole, r.id);
        item->setData(kArchivedRole, r.archived);
        if (r.archived)
            item->setForeground(greyed);
        if (r.id == m_editingId)
            selected = item;
    }
    if (selected)
        m_list->setCurrentItem(selected);
    m_loading = false;

    // The one in the form is gone (deleted elsewhere): show another.
    if (m_editingId > 0 && !selected) {
        if (m_list->count() > 0)
            selectRelationship(m_list->item(0)->data(kIdRole).toLongLong());
        else
            startAdding();
    }
    updateButtons();
}

void RelationshipsDialog::loadForm()
{
    m_error->setVisible(false);
    m_status->setVisible(false);
    if (m_editingId == 0) {
        m_formCard->setTitle(tr("Add someone"));
        m_name->clear();
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(RelationshipKind::Other)));
        m_notes->clear();
        m_editingArchived = false;
        updateButtons();
        return;
    }
    RelationshipRepository repository(m_context.database());
    const auto relationship = repository.get(m_editingId);
    if (!relationship.ok()) {
        showError(relationship.error().message);
        return;
    }
    m_formCard->setTitle(tr("Details"));
    m_name->setText(relationship->name);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(relationship->kind)));
    m_notes->setPlainText(relationship->notes);
    m_editingArchived = relationship->archived;
    updateButtons();
}

void RelationshipsDialog::save()
{
    RelationshipRepository repository(m_context.database());
    const auto kind = static_cast<RelationshipKind>(m_kind->currentData().toInt());
    if (m_editingId == 0) {
        Relationship r;
        r.name = m_name->text();
        r.kind = kind;
        r.notes = m_notes->toPlainText();
        const auto added = repository.add(r);
        if (!added.ok()) {
            showError(added.error().message);
            return;
        }
        m_editingId = added.value();
        // The first person added becomes the one every page shows.
        if (m_context.currentRelationshipId() == 0)
            m_context.setCurrentRelationship(m_editingId);
        m_context.notifyRelationshipsChanged();
        selectRelationship(m_editingId);
        showStatus(tr("%1 is added.").arg(r.name));
        return;
    }

    auto stored = repository.get(m_editingId);
    if (!stored.ok()) {
        showError(stored.error().message);
        return;
    }
    Relationship r = stored.value();
    r.name = m_name->text();
    r.kind = kind;
    r.notes = m_notes->toPlainText();
    if (const Status s = repository.update(r); !s.ok()) {
        showError(s.error().message);
        return;
    }
    m_context.notifyRelationshipsChanged();
    loadForm();
    showStatus(tr("Saved."));
}

void RelationshipsDialog::toggleArchived()
{
    if (m_editingId == 0)
        return;
    const qint64 id = m_editingId;
    const bool archive = !m_editingArchived;
    RelationshipRepository repository(m_context.database());
    if (const Status s = repository.setArchived(id, archive); !s.ok()) {
        showError(s.error().message);
        return;
    }
    if (archive)
        moveCurrentAwayFrom(id);
    else if (m_context.currentRelationshipId() == 0)
        m_context.setCurrentRelationship(id);
    m_context.notifyRelationshipsChanged();
    selectRelationship(id);
    showStatus(archive ? tr("Archived. Nothing was deleted.") : tr("Restored."));
}

void RelationshipsDialog::askToDelete()
{
    if (m_editingId == 0 || m_confirmation)
        return;
    const qint64 id = m_editingId;
    RelationshipRepository repository(m_context.database());
    const auto relationship = repository.get(id);
    const auto footprint = repository.footprint(id);
    if (!relationship.ok() || !footprint.ok()) {
        showError(relationship.ok() ? footprint.error().message : relationship.error().message);
        return;
    }

    auto *box = new QMessageBox(this);
    m_confirmation = box;
    box->setObjectName(u"deleteConfirmation"_s);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete"));
    box->setText(tr("Delete %1 and everything kept about them?").arg(relationship->name));
    box->setInformativeText(RelationshipText::footprintSummary(footprint.value()));
    box->setAccessibleName(tr("Delete %1?").arg(relationship->name));
    box->setAccessibleDescription(box->informativeText());
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmDelete"_s);
    remove->setAccessibleName(tr("Delete for good"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelDelete"_s);
    cancel->setAccessibleName(tr("Cancel, keep everything"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);

    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        const bool confirmed = box->clickedButton() == remove;
        box->deleteLater();
        if (confirmed)
            deleteRelationship(id);
    });
    box->open();
}

void RelationshipsDialog::deleteRelationship(qint64 id)
{
    RelationshipRepository repository(m_context.database());
    const auto relationship = repository.get(id);
    if (const Status s = repository.remove(id); !s.ok()) {
        showError(s.error().message);
        return;
    }
    moveCurrentAwayFrom(id);
    // reload() moves the form on to someone else, or to adding someone new.
    m_context.notifyRelationshipsChanged();
    if (relationship.ok())
        showStatus(tr("%1 is deleted.").arg(relationship->name));
}

void RelationshipsDialog::moveCurrentAwayFrom(qint64 id)
{
    if (m_context.currentRelationshipId() != id)
        return;
    RelationshipRepository repository(m_context.database());
    qint64 next = 0;
    if (const auto active = repository.list(false); active.ok()) {
        for (const Relationship &r : active.value()) {
            if (r.id != id) {
                next = r.id;
                break;
            }
        }
    }
    m_context.setCurrentRelationship(next);
}

void RelationshipsDialog::showError(const QString &message)
{
    m_status->setVisible(false);
    m_error->setText(message);
    m_error->setVisible(true);
    m_name->setFocus();
}

void RelationshipsDialog::showStatus(const QString &message)
{
    m_error->setVisible(false);
    m_status->setText(message);
    m_status->setVisible(true);
}

void RelationshipsDialog::updateButtons()
{
    const bool editing = m_editingId > 0;
    m_save->setText(editing ? tr("&Save changes") : tr("&Save"));
    m_save->setAccessibleName(editing ? tr("Save changes") : tr("Save this person"));
    m_archive->setText(m_editingArchived ? tr("&Restore") : tr("A&rchive"));
    m_archive->setAccessibleName(m_editingArchived ? tr("Restore") : tr("Archive"));
    m_archive->setAccessibleDescription(m_editingArchived
            ? tr("Brings this person back into the list of people you are working on.")
            : tr("Puts this person away without deleting anything."));
    m_archive->setEnabled(editing);
    m_delete->setEnabled(editing);
    m_addButton->setEnabled(editing);
}

} // namespace bearings::ui
