#include "BoundaryCard.h"

#include "boundaries/BoundaryRepository.h"
#include "boundaries/BoundaryStats.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/SessionContext.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

QPushButton *button(const QString &key, const QString &text)
{
    auto *b = new QPushButton(text);
    b->setObjectName(key);
    return b;
}

QLabel *caption(const QString &key)
{
    auto *label = new QLabel;
    label->setObjectName(key);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

QHBoxLayout *row()
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Small);
    return layout;
}

} // namespace

BoundaryCard::BoundaryCard(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_card(new Card)
    , m_status(caption(u"boundaryStatus"_s))
    , m_behaviour(new WrapLabel)
    , m_limit(new WrapLabel)
    , m_consequence(new WrapLabel)
    , m_followThrough(caption(u"followThrough"_s))
    , m_sinceLast(caption(u"sinceLastCrossing"_s))
    , m_count(caption(u"crossingCount"_s))
    , m_logCrossing(button(u"logCrossing"_s, tr("It was crossed…")))
    , m_edit(button(u"editBoundary"_s, tr("Edit")))
    , m_retire(button(u"retireBoundary"_s, tr("Retire")))
    , m_restore(button(u"restoreBoundary"_s, tr("Use again")))
    , m_delete(button(u"deleteBoundary"_s, tr("Delete…")))
    , m_confirm(new QWidget)
    , m_confirmText(new WrapLabel)
    , m_confirmDelete(button(u"confirmDelete"_s, tr("Delete")))
    , m_keep(button(u"keepBoundary"_s, tr("Keep it")))
    , m_crossingForm(new QWidget)
    , m_when(new QDateTimeEdit)
    , m_what(new QLineEdit)
    , m_followed(new QCheckBox(tr("I followed through")))
    , m_crossingProblem(new WrapLabel)
    , m_saveCrossing(button(u"saveCrossing"_s, tr("Save")))
    , m_cancelCrossing(button(u"cancelCrossing"_s, tr("Cancel")))
    , m_showCrossings(button(u"showCrossings"_s, {}))
    , m_history(new QWidget)
    , m_crossingList(new QListWidget)
    , m_deleteCrossing(button(u"deleteCrossing"_s, tr("Delete crossing")))
{
    m_behaviour->setObjectName(u"behaviourText"_s);
    m_behaviour->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_limit->setObjectName(u"limitText"_s);
    m_consequence->setObjectName(u"consequenceText"_s);
    m_restore->setVisible(false);

    auto *numbers = row();
    numbers->setSpacing(Spacing::Large);
    numbers->addWidget(m_followThrough);
    numbers->addWidget(m_sinceLast);
    numbers->addWidget(m_count);
    numbers->addStretch(1);

    auto *actions = row();
    actions->addWidget(m_logCrossing);
    actions->addStretch(1);
    actions->addWidget(m_showCrossings);
    actions->addWidget(m_edit);
    actions->addWidget(m_retire);
    actions->addWidget(m_restore);
    actions->addWidget(m_delete);

    // Delete, asked in place.
    m_confirm->setObjectName(u"deleteConfirmation"_s);
    m_confirmText->setText(tr("Delete this boundary and every crossing logged for it? You can undo this until you lock "
                              "Bearings."));
    auto *confirmLayout = row();
    m_confirm->setLayout(confirmLayout);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_keep);
    confirmLayout->addWidget(m_confirmDelete);
    m_confirm->setVisible(false);

    // Logging a crossing.
    m_crossingForm->setObjectName(u"crossingForm"_s);
    m_when->setObjectName(u"crossingWhen"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_what->setObjectName(u"crossingWhat"_s);
    m_what->setPlaceholderText(tr("What happened (optional)"));
    m_what->setMaxLength(BoundaryRepository::kMaxTextLength);
    m_followed->setObjectName(u"crossingFollowed"_s);
    m_crossingProblem->setObjectName(u"crossingProblem"_s);
    QPalette problemPalette = m_crossingProblem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Attention));
    m_crossingProblem->setPalette(problemPalette);
    m_crossingProblem->setVisible(false);
    auto *whenLabel = new QLabel(tr("When"));
    whenLabel->setBuddy(m_when);
    auto *crossingFields = row();
    crossingFields->addWidget(whenLabel);
    crossingFields->addWidget(m_when);
    crossingFields->addWidget(m_what, 1);
    crossingFields->addWidget(m_followed);
    auto *crossingButtons = row();
    crossingButtons->addStretch(1);
    crossingButtons->addWidget(m_cancelCrossing);
    crossingButtons->addWidget(m_saveCrossing);
    auto *crossingLayout = new QVBoxLayout(m_crossingForm);
    crossingLayout->setContentsMargins(0, 0, 0, 0);
    crossingLayout->setSpacing(Spacing::Small);
    crossingLayout->addLayout(crossingFields);
    crossingLayout->addWidget(m_crossingProblem);
    crossingLayout->addLayout(crossingButtons);
    m_crossingForm->setVisible(false);

    // Past crossings, newest first.
    m_history->setObjectName(u"crossingHistory"_s);
    m_crossingList->setObjectName(u"crossingList"_s);
    m_crossingList->setAccessibleName(tr("Past crossings, newest first"));
    m_crossingList->setMaximumHeight(160);
    auto *historyButtons = row();
    historyButtons->addStretch(1);
    historyButtons->addWidget(m_deleteCrossing);
    auto *historyLayout = new QVBoxLayout(m_history);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->setSpacing(Spacing::Small);
    historyLayout->addWidget(m_crossingList);
    historyLayout->addLayout(historyButtons);
    m_history->setVisible(false);
    m_showCrossings->setCheckable(true);

    m_card->body()->addWidget(m_status);
    m_card->body()->addWidget(m_behaviour);
    m_card->body()->addWidget(m_limit);
    m_card->body()->addWidget(m_consequence);
    m_card->body()->addLayout(numbers);
    m_card->body()->addLayout(actions);
    m_card->body()->addWidget(m_confirm);
    m_card->body()->addWidget(m_crossingForm);
    m_card->body()->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);

    connect(m_logCrossing, &QPushButton::clicked, this, &BoundaryCard::openCrossingForm);
    connect(m_saveCrossing, &QPushButton::clicked, this, &BoundaryCard::saveCrossing);
    connect(m_what, &QLineEdit::returnPressed, this, &BoundaryCard::saveCrossing);
    connect(m_cancelCrossing, &QPushButton::clicked, this, &BoundaryCard::closeCrossingForm);
    connect(m_edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_boundary); });
    connect(m_retire, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_restore, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(m_delete, &QPushButton::clicked, this, &BoundaryCard::askToDelete);
    connect(m_keep, &QPushButton::clicked, this, &BoundaryCard::cancelDelete);
    connect(m_confirmDelete, &QPushButton::clicked, this, [this] {
        m_confirm->setVisible(false);
        Q_EMIT deleteConfirmed(m_boundary.id);
    });
    connect(m_showCrossings, &QPushButton::toggled, this, [this](bool shown) {
        m_history->setVisible(shown);
        updateNames();
    });
    connect(m_crossingList, &QListWidget::currentRowChanged, this,
        [this](int current) { m_deleteCrossing->setEnabled(current >= 0); });
    connect(m_deleteCrossing, &QPushButton::clicked, this, &BoundaryCard::removeSelectedCrossing);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_crossingList);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &BoundaryCard::removeSelectedCrossing);
}

QString BoundaryCard::followThroughText(const QList<Breach> &breaches)
{
    const std::optional<double> rate = BoundaryStats::followThroughRate(breaches);
    if (!rate)
        return tr("Nothing to follow through on yet");
    const auto followed
        = std::count_if(breaches.cbegin(), breaches.cend(), [](const Breach &b) { return b.consequenceCarriedOut; });
    if (breaches.size() == 1)
        return followed == 1 ? tr("Followed through the one time") : tr("Not followed through the one time");
    return tr("Followed through %1 of %2 times").arg(followed).arg(breaches.size());
}

QString BoundaryCard::sinceLastText(const QList<Breach> &breaches, const QDate &today)
{
    const std::optional<int> days = BoundaryStats::daysSinceLastBreach(breaches, today);
    if (!days)
        return breaches.isEmpty() ? tr("Not crossed yet") : tr("Not crossed before today");
    if (*days == 0)
        return tr("Last crossed today");
    if (*days == 1)
        return tr("1 day since it was last crossed");
    return tr("%1 days since it was last crossed").arg(*days);
}

QString BoundaryCard::crossingCountText(qsizetype count)
{
    if (count == 0)
        return tr("No crossings logged");
    if (count == 1)
        return tr("Crossed once");
    return tr("Crossed %1 times").arg(count);
}

void BoundaryCard::setData(const Boundary &boundary, const QList<Breach> &breaches, const QDate &today)
{
    m_boundary = boundary;
    m_breaches = breaches;
    setObjectName(u"boundary_%1"_s.arg(boundary.id));

    m_status->setText(tr("Retired"));
    m_status->setVisible(!boundary.active);
    m_behaviour->setText(boundary.behaviour);
    m_limit->setText(tr("My limit: %1").arg(boundary.limit));
    // The person writes the whole sentence ("I will leave the room"), so the
    // lead-in adds no verb of its own.
    m_consequence->setText(tr("If it happens: %1").arg(boundary.consequence));
    m_followThrough->setText(followThroughText(breaches));
    m_sinceLast->setText(sinceLastText(breaches, today));
    m_count->setText(crossingCountText(breaches.size()));
    m_retire->setVisible(boundary.active);
    m_restore->setVisible(!boundary.active);
    fillCrossings();
    updateNames();
}

void BoundaryCard::updateNames()
{
    const QString b = m_boundary.behaviour;
    m_card->setAccessibleName(tr("Boundary: %1").arg(b));
    for (QLabel *label : {m_followThrough, m_sinceLast, m_count})
        label->setAccessibleName(label->text());
    m_logCrossing->setAccessibleName(tr("Log a time this boundary was crossed: %1").arg(b));
    m_edit->setAccessibleName(tr("Edit the boundary: %1").arg(b));
    m_retire->setAccessibleName(tr("Retire the boundary: %1").arg(b));
    m_restore->setAccessibleName(tr("Use this boundary again: %1").arg(b));
    m_delete->setAccessibleName(tr("Delete the boundary: %1").arg(b));
    m_confirmDelete->setAccessibleName(tr("Yes, delete the boundary"));
    m_keep->setAccessibleName(tr("Keep the boundary"));
    m_when->setAccessibleName(tr("When it was crossed"));
    if (auto *line = m_when->findChild<QLineEdit *>())
        line->setAccessibleName(m_when->accessibleName());
    m_what->setAccessibleName(tr("What happened"));
    m_followed->setAccessibleName(tr("I followed through"));
    m_saveCrossing->setAccessibleName(tr("Save this crossing"));
    m_cancelCrossing->setAccessibleName(tr("Cancel logging a crossing"));
    m_deleteCrossing->setAccessibleName(tr("Delete the selected crossing"));

    m_showCrossings->setText(m_showCrossings->isChecked() ? tr("Hide crossings") : tr("Show crossings"));
    m_showCrossings->setAccessibleName(m_showCrossings->isChecked() ? tr("Hide the past crossings of: %1").arg(b)
                                                                    : tr("Show the past crossings of: %1").arg(b));
    m_showCrossings->setEnabled(!m_breaches.isEmpty() || m_showCrossings->isChecked());
}

void BoundaryCard::fillCrossings()
{
    const qint64 selected
        = m_crossingList->currentItem() ? m_crossingList->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker block(m_crossingList);
    m_crossingList->clear();
    const QLocale locale;
    for (auto it = m_breaches.crbegin(); it != m_breaches.crend(); ++it) {
        const QString when = locale.toString(it->occurredAt, QLocale::ShortFormat);
        const QString followed = it->consequenceCarriedOut ? tr("followed through") : tr("not followed through");
        const QString text = it->description.isEmpty() ? tr("%1, %2").arg(when, followed)
                                                       : tr("%1, %2: %3").arg(when, followed, it->description);
        auto *item = new QListWidgetItem(text, m_crossingList);
        item->setData(Qt::UserRole, it->id);
        if (it->id == selected)
            m_crossingList->setCurrentItem(item);
    }
    m_deleteCrossing->setEnabled(m_crossingList->currentRow() >= 0);
}

void BoundaryCard::openCrossingForm()
{
    m_when->setDateTime(m_context.database().clock().now());
    m_what->clear();
    m_followed->setChecked(false);
    m_crossingProblem->setVisible(false);
    m_crossingForm->setVisible(true);
    m_what->setFocus(Qt::OtherFocusReason);
}

void BoundaryCard::closeCrossingForm()
{
    m_crossingForm->setVisible(false);
    m_logCrossing->setFocus(Qt::OtherFocusReason);
}

void BoundaryCard::saveCrossing()
{
    if (!m_context.isOpen() || !m_crossingForm->isVisible())
        return;
    Breach breach;
    breach.boundaryId = m_boundary.id;
    breach.occurredAt = m_when->dateTime();
    breach.description = m_what->text().trimmed();
    breach.consequenceCarriedOut = m_followed->isChecked();
    const Result<qint64> logged = BoundaryRepository(m_context.database()).logBreach(breach);
    if (!logged.ok()) {
        m_crossingProblem->setText(logged.error().message);
        m_crossingProblem->setAccessibleName(logged.error().message);
        m_crossingProblem->setVisible(true);
        return;
    }
    closeCrossingForm();
}

void BoundaryCard::askToDelete()
{
    m_confirm->setVisible(true);
    m_keep->setFocus(Qt::OtherFocusReason);
}

void BoundaryCard::cancelDelete()
{
    m_confirm->setVisible(false);
    m_delete->setFocus(Qt::OtherFocusReason);
}

void BoundaryCard::setActive(bool active)
{
    if (!m_context.isOpen())
        return;
    BoundaryRepository repo(m_context.database());
    const Status done = active ? repo.reactivate(m_boundary.id) : repo.retire(m_boundary.id);
    if (!done.ok()) {
        Q_EMIT failed(done.error().message);
        return;
    }
    (active ? m_retire : m_restore)->setFocus(Qt::OtherFocusReason);
}

void BoundaryCard::removeSelectedCrossing()
{
    if (!m_context.isOpen() || !m_crossingList->currentItem())
        return;
    const qint64 id = m_crossingList->currentItem()->data(Qt::UserRole).toLongLong();
    const auto found
        = std::find_if(m_breaches.cbegin(), m_breaches.cend(), [id](const Breach &b) { return b.id == id; });
    if (found == m_breaches.cend())
        return;
    const Breach removed = *found;
    if (const Status done = BoundaryRepository(m_context.database()).removeBreach(id); !done.ok()) {
        Q_EMIT failed(done.error().message);
        return;
    }
    m_crossingList->setFocus(Qt::OtherFocusReason);
    Q_EMIT breachRemoved(removed);
}

} // namespace bearings::ui
