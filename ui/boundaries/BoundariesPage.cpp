#include "BoundariesPage.h"

#include "BoundaryCard.h"
#include "BoundaryForm.h"
#include "boundaries/BoundaryRepository.h"
#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/NoticeBar.h"
#include "common/PageHeader.h"
#include "common/RefreshWhenShown.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

BoundariesPage::BoundariesPage(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_refresher(new RefreshWhenShown(this, [this] { populate(); }))
    , m_stack(new QStackedWidget)
    , m_noRelationship(new EmptyState(u"boundaries"_s, tr("No relationship yet"),
          tr("Once you have added a relationship, you can write down your boundaries here.")))
    , m_notice(new NoticeBar)
    , m_nonNegotiables(new WrapLabel)
    , m_editNonNegotiables(new QPushButton(tr("Edit in the assessment")))
    , m_form(new BoundaryForm(context))
    , m_noBoundaries(new EmptyState(u"boundaries"_s, tr("No boundaries yet"),
          tr("A boundary names a behaviour, your limit, and what you will do if it happens. It is not a punishment: "
             "it says what you will do to look after yourself. Keep it to something you can carry out every time.")))
    , m_activeList(new QVBoxLayout)
    , m_retiredHeading(new QLabel(tr("Retired boundaries")))
    , m_retiredList(new QVBoxLayout)
{
    setObjectName(u"boundariesPage"_s);
    setAccessibleName(tr("Boundaries"));

    auto *header = new PageHeader(
        tr("Boundaries"), tr("If this happens, I will… Follow-through matters more than the number of boundaries."));
    m_notice->setObjectName(u"boundariesNotice"_s);
    m_noRelationship->setObjectName(u"noRelationship"_s);
    m_noBoundaries->setObjectName(u"noBoundaries"_s);

    // Non-negotiables, read-only here.
    m_nonNegotiables->setObjectName(u"nonNegotiablesText"_s);
    m_editNonNegotiables->setObjectName(u"editNonNegotiables"_s);
    m_editNonNegotiables->setAccessibleName(tr("Edit your non-negotiables in the assessment"));
    auto *nonNegotiablesButtons = new QHBoxLayout;
    nonNegotiablesButtons->addStretch(1);
    nonNegotiablesButtons->addWidget(m_editNonNegotiables);
    auto *nonNegotiablesCard = new Card(tr("Non-negotiables"));
    nonNegotiablesCard->setObjectName(u"nonNegotiablesCard"_s);
    nonNegotiablesCard->body()->addWidget(m_nonNegotiables);
    nonNegotiablesCard->body()->addLayout(nonNegotiablesButtons);

    auto *formCard = new Card;
    formCard->setObjectName(u"boundaryFormCard"_s);
    formCard->body()->addWidget(m_form);

    m_activeList->setContentsMargins(0, 0, 0, 0);
    m_activeList->setSpacing(Spacing::Medium);
    m_retiredList->setContentsMargins(0, 0, 0, 0);
    m_retiredList->setSpacing(Spacing::Medium);
    m_retiredHeading->setObjectName(u"retiredHeading"_s);
    m_retiredHeading->setFont(Theme::font(Theme::TextStyle::SectionTitle));

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(Spacing::Large);
    contentLayout->addWidget(nonNegotiablesCard);
    contentLayout->addWidget(formCard);
    contentLayout->addWidget(m_noBoundaries);
    contentLayout->addLayout(m_activeList);
    contentLayout->addWidget(m_retiredHeading);
    contentLayout->addLayout(m_retiredList);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"boundariesScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);

    m_stack->addWidget(m_noRelationship);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Large);
    layout->addWidget(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_editNonNegotiables, &QPushButton::clicked, this, [this] { m_context.navigate(Area::Assessment); });
    connect(m_notice, &NoticeBar::actionTriggered, this, &BoundariesPage::undo);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &BoundariesPage::relationshipChanged);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &BoundariesPage::refresh);
    connect(&m_context.database(), &Database::changed, this, &BoundariesPage::refresh);

    refresh();
}

QList<BoundaryCard *> BoundariesPage::cards() const
{
    QList<BoundaryCard *> out;
    for (const qint64 id : m_order)
        out.append(m_cards.value(id));
    return out;
}

void BoundariesPage::relationshipChanged()
{
    m_form->reset();
    m_deletedBoundary.reset();
    m_deletedBreach.reset();
    refresh();
}

void BoundariesPage::showError(const QString &message)
{
    m_notice->showMessage(message, NoticeBar::Kind::Attention);
}

void BoundariesPage::fillNonNegotiables()
{
    QStringList items;
    if (const Result<Relationship> r
        = RelationshipRepository(m_context.database()).get(m_context.currentRelationshipId());
        r.ok())
        items = r.value().nonNegotiables;
    items.removeAll(QString());
    if (items.isEmpty()) {
        m_nonNegotiables->setText(tr("You have not named any non-negotiables yet: the few behaviours you will not "
                                     "accept at all."));
    } else {
        QStringList lines;
        for (const QString &item : std::as_const(items))
            lines.append(u"• "_s + item);
        m_nonNegotiables->setText(lines.join(u'\n'));
    }
    m_nonNegotiables->setAccessibleName(m_nonNegotiables->text());
}

void BoundariesPage::refresh()
{
    m_refresher->request();
}

void BoundariesPage::populate()
{
    if (!m_context.isOpen())
        return;
    const qint64 relationship = m_context.currentRelationshipId();
    m_stack->setCurrentIndex(relationship > 0 ? 1 : 0);

    QList<Boundary> boundaries;
    BoundaryRepository repo(m_context.database());
    if (relationship > 0) {
        fillNonNegotiables();
        const Result<QList<Boundary>> listed = repo.list(relationship, true);
        if (listed.ok())
            boundaries = listed.value();
        else
            showError(listed.error().message);
    }

    // Update cards in place so focus and open forms survive; cards that are
    // gone are deleted later, as their own button may have started this.
    QHash<qint64, BoundaryCard *> kept;
    m_order.clear();
    const QDate today = m_context.database().clock().today();
    int activeIndex = 0;
    int retiredIndex = 0;
    for (const Boundary &b : std::as_const(boundaries)) {
        BoundaryCard *c = m_cards.take(b.id);
        if (!c) {
            c = new BoundaryCard(m_context);
            connect(c, &BoundaryCard::editRequested, m_form, &BoundaryForm::edit);
            connect(c, &BoundaryCard::deleteConfirmed, this, &BoundariesPage::deleteBoundary);
            connect(c, &BoundaryCard::breachRemoved, this, &BoundariesPage::breachRemoved);
            connect(c, &BoundaryCard::failed, this, &BoundariesPage::showError);
        }
        QList<Breach> breaches;
        if (const Result<QList<Breach>> found = repo.breaches(b.id); found.ok())
            breaches = found.value();
        c->setData(b, breaches, today);
        if (b.active) {
            m_retiredList->removeWidget(c);
            m_activeList->removeWidget(c);
            m_activeList->insertWidget(activeIndex++, c);
        } else {
            m_activeList->removeWidget(c);
            m_retiredList->removeWidget(c);
            m_retiredList->insertWidget(retiredIndex++, c);
        }
        c->setVisible(true);
        kept.insert(b.id, c);
        m_order.append(b.id);
    }
    for (BoundaryCard *gone : std::as_const(m_cards)) {
        gone->hide();
        m_activeList->removeWidget(gone);
        m_retiredList->removeWidget(gone);
        gone->deleteLater();
    }
    m_cards = kept;
    // Retired ones go after the active ones, in the order listed.
    std::stable_partition(
        m_order.begin(), m_order.end(), [this](qint64 id) { return m_cards.value(id)->boundary().active; });

    m_noBoundaries->setVisible(boundaries.isEmpty());
    m_retiredHeading->setVisible(retiredIndex > 0);
    if (m_form->editingId() > 0 && !m_cards.contains(m_form->editingId()))
        m_form->reset();
}

void BoundariesPage::deleteBoundary(qint64 id)
{
    if (!m_context.isOpen())
        return;
    BoundaryCard *c = m_cards.value(id);
    if (!c)
        return;
    DeletedBoundary deleted {c->boundary(), c->breaches()};
    if (const Status removed = BoundaryRepository(m_context.database()).remove(id); !removed.ok()) {
        showError(removed.error().message);
        return;
    }
    m_deletedBreach.reset();
    m_deletedBoundary = deleted;
    m_notice->showMessage(tr("The boundary was deleted."), NoticeBar::Kind::Info, tr("Undo"));
}

void BoundariesPage::breachRemoved(const Breach &breach)
{
    m_deletedBoundary.reset();
    m_deletedBreach = breach;
    m_notice->showMessage(tr("The crossing was deleted."), NoticeBar::Kind::Info, tr("Undo"));
}

void BoundariesPage::undo()
{
    if (!m_context.isOpen())
        return;
    Database &db = m_context.database();
    BoundaryRepository repo(db);
    if (m_deletedBreach) {
        Breach b = *m_deletedBreach;
        b.id = 0;
        if (const Result<qint64> added = repo.logBreach(b); !added.ok()) {
            showError(added.error().message);
            return;
        }
        m_deletedBreach.reset();
        m_notice->showMessage(tr("The crossing is back."));
        return;
    }
    if (!m_deletedBoundary)
        return;
    const DeletedBoundary deleted = *m_deletedBoundary;
    const Status restored = db.write([&]() -> Status {
        Boundary b = deleted.boundary;
        b.id = 0;
        const Result<qint64> added = repo.add(b);
        if (!added.ok())
            return added.error();
        if (!deleted.boundary.active) {
            if (Status retired = repo.retire(added.value()); !retired.ok())
                return retired;
        }
        for (Breach breach : deleted.breaches) {
            breach.id = 0;
            breach.boundaryId = added.value();
            if (const Result<qint64> logged = repo.logBreach(breach); !logged.ok())
                return logged.error();
        }
        return {};
    });
    if (!restored.ok()) {
        showError(restored.error().message);
        return;
    }
    m_deletedBoundary.reset();
    m_notice->showMessage(tr("The boundary is back."));
}

} // namespace bearings::ui
