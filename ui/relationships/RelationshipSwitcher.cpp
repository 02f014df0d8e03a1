#include "RelationshipSwitcher.h"

#include "RelationshipText.h"
#include "RelationshipsDialog.h"
#include "common/Theme.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

RelationshipSwitcher::RelationshipSwitcher(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_combo(new QComboBox)
    , m_add(new QPushButton)
    , m_manage(new QPushButton)
{
    setObjectName(u"relationshipSwitcher"_s);
    setAccessibleName(tr("Relationship"));

    m_combo->setObjectName(u"relationshipCombo"_s);
    m_combo->setAccessibleName(tr("Relationship shown"));
    m_combo->setAccessibleDescription(tr("Every page shows the relationship chosen here."));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(8);

    m_add->setObjectName(u"switcherAdd"_s);
    m_add->setText(tr("Add someone"));
    m_add->setAccessibleName(tr("Add someone"));
    m_add->setAccessibleDescription(tr("Adds a person this app keeps notes about. An alias or initials are fine."));

    m_manage->setObjectName(u"switcherManage"_s);
    m_manage->setText(tr("Manage…"));
    m_manage->setAccessibleName(tr("Manage relationships"));
    m_manage->setAccessibleDescription(tr("Add, rename, archive or delete relationships."));

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(Spacing::XSmall);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_manage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::XSmall);
    layout->addWidget(m_combo);
    layout->addLayout(buttons);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        const qint64 id = m_combo->itemData(index).toLongLong();
        if (id > 0)
            m_context.setCurrentRelationship(id);
    });
    connect(m_add, &QPushButton::clicked, this, &RelationshipSwitcher::openAddDialog);
    connect(m_manage, &QPushButton::clicked, this, &RelationshipSwitcher::openManageDialog);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &RelationshipSwitcher::syncToCurrent);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &RelationshipSwitcher::reload);

    reload();
}

void RelationshipSwitcher::openAddDialog()
{
    openDialog(true);
}

void RelationshipSwitcher::openManageDialog()
{
    openDialog(false);
}

void RelationshipSwitcher::openDialog(bool adding)
{
    // A child of this widget: it goes away with the session when the app locks.
    auto *dialog = new RelationshipsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (adding)
        dialog->startAdding();
    dialog->open();
}

void RelationshipSwitcher::reload()
{
    RelationshipRepository repository(m_context.database());
    const auto relationships = repository.list(false);
    const QList<Relationship> active = relationships.ok() ? relationships.value() : QList<Relationship> {};

    m_filling = true;
    m_combo->clear();
    for (const Relationship &r : active)
        m_combo->addItem(RelationshipText::displayName(r), r.id);
    if (active.isEmpty())
        m_combo->addItem(tr("No one added yet"), qint64(0));
    m_combo->setEnabled(!active.isEmpty());
    m_add->setVisible(active.isEmpty());
    m_filling = false;

    // Start with the first person when none is chosen yet.
    if (m_context.currentRelationshipId() == 0 && !active.isEmpty())
        m_context.setCurrentRelationship(active.first().id);
    syncToCurrent();
}

void RelationshipSwitcher::syncToCurrent()
{
    if (!m_combo->isEnabled())
        return;
    m_filling = true;
    m_combo->setCurrentIndex(m_combo->findData(m_context.currentRelationshipId()));
    m_filling = false;
}

} // namespace bearings::ui
