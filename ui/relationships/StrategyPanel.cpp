#include "StrategyPanel.h"

#include "ItemListEditor.h"
#include "RelationshipText.h"
#include "RelationshipsDialog.h"
#include "StrategyChangeDialog.h"
#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/NoticeBar.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kHistoryRows = 5;

WrapLabel *caption(const QString &text)
{
    auto *label = new WrapLabel(text);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

} // namespace

StrategyPanel::StrategyPanel(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyState(u"bearings"_s, tr("No one added yet"),
          tr("Add the person this is about to choose a path and write down what matters to you. An alias or "
             "initials are enough.")))
    , m_content(new QWidget)
    , m_notice(new NoticeBar)
    , m_strategyCard(new Card)
    , m_strategy(new QLabel)
    , m_description(new WrapLabel)
    , m_change(new QPushButton)
    , m_history(new QTreeWidget)
    , m_nonNegotiables(new ItemListEditor(tr("Non-negotiables"), tr("Something you will not accept at all")))
    , m_values(new ItemListEditor(tr("What matters to you"), tr("Something you value or need")))
{
    setObjectName(u"strategyPanel"_s);
    setAccessibleName(tr("Your path"));

    QPushButton *addSomeone = m_empty->setAction(tr("Add someone"));
    addSomeone->setObjectName(u"strategyAddSomeone"_s);
    m_empty->setObjectName(u"strategyEmpty"_s);

    // The current path.
    m_strategyCard->setObjectName(u"strategyCard"_s);
    m_strategy->setObjectName(u"currentStrategy"_s);
    m_strategy->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_strategy->setTextFormat(Qt::PlainText);
    m_description->setObjectName(u"strategyDescription"_s);
    m_change->setObjectName(u"changeStrategy"_s);
    m_change->setText(tr("&Change…"));
    m_change->setAccessibleName(tr("Change the path"));
    m_change->setAccessibleDescription(tr("Choose another path and, if you like, note why."));
    auto *strategyRow = new QHBoxLayout;
    strategyRow->setSpacing(Spacing::Medium);
    strategyRow->addWidget(m_strategy, 1);
    strategyRow->addWidget(m_change, 0, Qt::AlignTop);
    m_strategyCard->body()->addLayout(strategyRow);
    m_strategyCard->body()->addWidget(m_description);

    // How it has changed.
    m_history->setObjectName(u"strategyHistory"_s);
    m_history->setAccessibleName(tr("How your path has changed, newest first"));
    m_history->setColumnCount(3);
    m_history->setHeaderLabels({tr("When"), tr("Path"), tr("Why")});
    m_history->setRootIsDecorated(false);
    m_history->setItemsExpandable(false);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->setWordWrap(true);
    m_history->header()->setStretchLastSection(true);
    m_history->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Room for a few rows and the header; the list scrolls beyond that.
    m_history->setFixedHeight(m_history->fontMetrics().lineSpacing() * (kHistoryRows + 2) + Spacing::Medium);
    auto *historyCard = new Card(tr("How it has changed"));
    historyCard->setObjectName(u"strategyHistoryCard"_s);
    historyCard->body()->addWidget(m_history);

    // What the person will not accept, and what matters to them.
    m_nonNegotiables->setObjectName(u"nonNegotiables"_s);
    auto *nonNegotiableCard = new Card(tr("Non-negotiables"));
    nonNegotiableCard->setObjectName(u"nonNegotiablesCard"_s);
    nonNegotiableCard->body()->addWidget(
        caption(tr("The few things you will not accept at all. Changes are saved as you make them.")));
    nonNegotiableCard->body()->addWidget(m_nonNegotiables);

    m_values->setObjectName(u"values"_s);
    auto *valuesCard = new Card(tr("What matters to you"));
    valuesCard->setObjectName(u"valuesCard"_s);
    valuesCard->body()->addWidget(
        caption(tr("What you value or need in this relationship. Changes are saved as you make them.")));
    valuesCard->body()->addWidget(m_values);

    auto *lists = new QHBoxLayout;
    lists->setSpacing(Spacing::Large);
    lists->addWidget(nonNegotiableCard, 1);
    lists->addWidget(valuesCard, 1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(Spacing::Large);
    contentLayout->addWidget(m_notice);
    contentLayout->addWidget(m_strategyCard);
    contentLayout->addWidget(historyCard);
    contentLayout->addLayout(lists);

    // The panel sits inside a scrolling page, so it does not scroll itself.
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(addSomeone, &QPushButton::clicked, this, &StrategyPanel::openAddDialog);
    connect(m_change, &QPushButton::clicked, this, &StrategyPanel::openChangeDialog);
    connect(m_nonNegotiables, &ItemListEditor::edited, this, &StrategyPanel::saveLists);
    connect(m_values, &ItemListEditor::edited, this, &StrategyPanel::saveLists);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &StrategyPanel::reload);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &StrategyPanel::reload);

    reload();
}

void StrategyPanel::reload()
{
    const qint64 id = m_context.currentRelationshipId();
    RelationshipRepository repository(m_context.database());
    const auto relationship = repository.get(id);
    if (id == 0 || !relationship.ok()) {
        m_relationshipId = 0;
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const bool switched = id != m_relationshipId;
    m_relationshipId = id;
    m_stack->setCurrentIndex(1);
    if (switched)
        m_notice->hide();

    const Relationship &r = relationship.value();
    m_strategyCard->setTitle(tr("Your path with %1").arg(r.name));
    m_strategy->setText(RelationshipText::strategyLabel(r.strategy));
    m_strategy->setAccessibleName(tr("Current path: %1").arg(m_strategy->text()));
    m_description->setText(RelationshipText::strategyDescription(r.strategy));

    m_history->clear();
    if (const auto history = repository.strategyHistory(id); history.ok()) {
        const QLocale locale;
        const QList<StrategyChange> &changes = history.value();
        for (auto it = changes.crbegin(); it != changes.crend(); ++it) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(0, locale.toString(it->changedAt.toLocalTime().date(), QLocale::ShortFormat));
            item->setToolTip(0, locale.toString(it->changedAt.toLocalTime(), QLocale::LongFormat));
            item->setText(1, RelationshipText::strategyLabel(it->strategy));
            item->setText(2, it->reason);
            item->setToolTip(2, it->reason);
        }
    } else {
        m_notice->showMessage(history.error().message, NoticeBar::Kind::Attention);
    }

    // Our own saves announce themselves too; the lists already show them.
    if (switched || !m_saving) {
        m_nonNegotiables->setItems(r.nonNegotiables);
        m_values->setItems(r.values);
    }
}

void StrategyPanel::saveLists()
{
    if (m_relationshipId == 0)
        return;
    RelationshipRepository repository(m_context.database());
    auto stored = repository.get(m_relationshipId);
    if (!stored.ok()) {
        m_notice->showMessage(stored.error().message, NoticeBar::Kind::Attention);
        return;
    }
    // Only the lists change; name, kind and notes stay as they are stored.
    Relationship r = stored.value();
    r.nonNegotiables = m_nonNegotiables->items();
    r.values = m_values->items();
    if (const Status s = repository.update(r); !s.ok()) {
        m_notice->showMessage(
            tr("This change could not be saved. %1").arg(s.error().message), NoticeBar::Kind::Attention);
        return;
    }
    m_saving = true;
    m_context.notifyRelationshipsChanged();
    m_saving = false;
}

void StrategyPanel::openChangeDialog()
{
    if (m_relationshipId == 0)
        return;
    RelationshipRepository repository(m_context.database());
    const auto relationship = repository.get(m_relationshipId);
    if (!relationship.ok()) {
        m_notice->showMessage(relationship.error().message, NoticeBar::Kind::Attention);
        return;
    }
    // A child of this panel: it goes away with the session when the app locks.
    auto *dialog = new StrategyChangeDialog(relationship->strategy, relationship->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = m_relationshipId;
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, id] { applyStrategy(id, dialog->strategy(), dialog->reason()); });
    dialog->open();
}

void StrategyPanel::applyStrategy(qint64 relationshipId, Strategy strategy, const QString &reason)
{
    RelationshipRepository repository(m_context.database());
    if (const Status s = repository.changeStrategy(relationshipId, strategy, reason); !s.ok()) {
        m_notice->showMessage(
            tr("The new path could not be saved. %1").arg(s.error().message), NoticeBar::Kind::Attention);
        return;
    }
    m_notice->hide();
    // Other pages show the path too.
    m_context.notifyRelationshipsChanged();
}

void StrategyPanel::openAddDialog()
{
    auto *dialog = new RelationshipsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->startAdding();
    dialog->open();
}

} // namespace bearings::ui
