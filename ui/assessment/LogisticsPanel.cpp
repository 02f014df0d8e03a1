#include "LogisticsPanel.h"

#include "LogisticsItemRow.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "logistics/LogisticsRepository.h"
#include "mainwindow/SessionContext.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr LogisticsCategory kStepCategories[] = {LogisticsCategory::Banking, LogisticsCategory::Mail,
    LogisticsCategory::Accounts, LogisticsCategory::Keys, LogisticsCategory::Property, LogisticsCategory::Lease,
    LogisticsCategory::Pets, LogisticsCategory::Calendars, LogisticsCategory::Custom};
constexpr LogisticsCategory kSupportCategories[]
    = {LogisticsCategory::SupportPeople, LogisticsCategory::SupportGroups, LogisticsCategory::ProfessionalHelp};

WrapLabel *caption(const QString &text, const QString &objectName = {})
{
    auto *label = new WrapLabel(text);
    label->setObjectName(objectName);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

QLabel *groupHeading(const QString &text)
{
    auto *label = new QLabel(text);
    label->setObjectName(u"logisticsGroup"_s);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

// Our own writes update the rows in place; changes from elsewhere (another
// page, an import) rebuild the list.
class WriteScope final {
public:
    explicit WriteScope(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~WriteScope() { --m_depth; }
    WriteScope(const WriteScope &) = delete;
    WriteScope &operator=(const WriteScope &) = delete;

private:
    int &m_depth;
};

} // namespace

LogisticsPanel::LogisticsPanel(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_note(caption({}, u"logisticsNote"_s))
    , m_stepsCard(new Card(tr("Practical steps")))
    , m_supportCard(new Card(tr("Support")))
    , m_addCard(new Card(tr("Add your own")))
    , m_progress(new WrapLabel)
    , m_emptyText(caption(tr("Nothing here yet. You can start from a short starter checklist and change it to fit, "
                             "or add your own steps below."),
          u"logisticsEmpty"_s))
    , m_seed(new QPushButton)
    , m_steps(new QVBoxLayout)
    , m_support(new QVBoxLayout)
    , m_supportEmpty(caption(
          tr("No one here yet. Even one person or place you can turn to makes a difference."), u"supportEmpty"_s))
    , m_addCategory(new QComboBox)
    , m_addText(new QLineEdit)
    , m_addButton(new QPushButton)
    , m_message(new WrapLabel)
{
    setObjectName(u"logisticsPanel"_s);
    setAccessibleName(tr("Practical steps and support"));

    m_progress->setObjectName(u"logisticsProgress"_s);
    QFont progressFont = m_progress->font();
    progressFont.setWeight(QFont::DemiBold);
    m_progress->setFont(progressFont);

    m_seed->setObjectName(u"seedLogistics"_s);
    m_seed->setText(tr("Add a starter checklist"));
    m_seed->setAccessibleName(m_seed->text());

    m_message->setObjectName(u"logisticsMessage"_s);
    QPalette errorPalette = m_message->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    m_message->setPalette(errorPalette);
    m_message->setVisible(false);

    m_steps->setContentsMargins(0, 0, 0, 0);
    m_steps->setSpacing(Spacing::Small);
    m_support->setContentsMargins(0, 0, 0, 0);
    m_support->setSpacing(Spacing::Small);

    m_stepsCard->setObjectName(u"logisticsStepsCard"_s);
    m_stepsCard->body()->addWidget(
        caption(tr("Small, concrete steps that make the change real. Tick them off at your own pace.")));
    m_stepsCard->body()->addWidget(m_progress);
    m_stepsCard->body()->addSpacing(Spacing::XSmall);
    m_stepsCard->body()->addWidget(m_emptyText);
    m_stepsCard->body()->addWidget(m_seed, 0, Qt::AlignLeft);
    m_stepsCard->body()->addLayout(m_steps);

    m_supportCard->setObjectName(u"logisticsSupportCard"_s);
    m_supportCard->body()->addWidget(
        caption(tr("The people, groups and professionals who can back you up while you do this.")));
    m_supportCard->body()->addWidget(m_supportEmpty);
    m_supportCard->body()->addLayout(m_support);

    // Adding a step or a source of support.
    m_addCategory->setObjectName(u"logisticsCategory"_s);
    m_addCategory->setAccessibleName(tr("Category of the new step"));
    for (LogisticsCategory c : kStepCategories)
        m_addCategory->addItem(categoryName(c), int(c));
    m_addCategory->insertSeparator(m_addCategory->count());
    for (LogisticsCategory c : kSupportCategories)
        m_addCategory->addItem(categoryName(c), int(c));
    m_addCategory->setCurrentIndex(m_addCategory->findData(int(LogisticsCategory::Custom)));
    m_addText->setObjectName(u"logisticsNewText"_s);
    m_addText->setAccessibleName(tr("Text of the new step"));
    m_addText->setPlaceholderText(tr("A step in your own words, or someone you can call"));
    m_addText->setMaxLength(LogisticsRepository::kMaxTextLength);
    m_addButton->setObjectName(u"addLogisticsItem"_s);
    m_addButton->setText(tr("Add"));
    m_addButton->setAccessibleName(tr("Add the step"));
    auto *addRow = new QHBoxLayout;
    addRow->setSpacing(Spacing::Small);
    addRow->addWidget(m_addCategory);
    addRow->addWidget(m_addText, 1);
    addRow->addWidget(m_addButton);
    m_addCard->setObjectName(u"logisticsAddCard"_s);
    m_addCard->body()->addLayout(addRow);
    m_addCard->body()->addWidget(m_message);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(m_note);
    layout->addWidget(m_stepsCard);
    layout->addWidget(m_supportCard);
    layout->addWidget(m_addCard);

    connect(m_seed, &QPushButton::clicked, this, &LogisticsPanel::addStarterChecklist);
    connect(m_addButton, &QPushButton::clicked, this, &LogisticsPanel::addItem);
    connect(m_addText, &QLineEdit::returnPressed, this, &LogisticsPanel::addItem);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &LogisticsPanel::refresh);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &LogisticsPanel::refresh);
    connect(&m_context.database(), &Database::changed, this, [this] {
        if (m_writing == 0)
            refresh();
    });

    refresh();
}

QString LogisticsPanel::categoryName(LogisticsCategory category)
{
    switch (category) {
    case LogisticsCategory::Banking: return tr("Banking and money");
    case LogisticsCategory::Mail: return tr("Mail");
    case LogisticsCategory::Accounts: return tr("Accounts and passwords");
    case LogisticsCategory::Keys: return tr("Keys and access");
    case LogisticsCategory::Property: return tr("Shared belongings");
    case LogisticsCategory::Lease: return tr("Lease and home");
    case LogisticsCategory::Pets: return tr("Pets");
    case LogisticsCategory::Calendars: return tr("Shared calendars and groups");
    case LogisticsCategory::SupportPeople: return tr("Trusted people");
    case LogisticsCategory::SupportGroups: return tr("Support groups");
    case LogisticsCategory::ProfessionalHelp: return tr("Professional help");
    case LogisticsCategory::Custom: return tr("Other steps");
    }
    return {};
}

bool LogisticsPanel::isSupport(LogisticsCategory category)
{
    return std::find(std::begin(kSupportCategories), std::end(kSupportCategories), category)
        != std::end(kSupportCategories);
}

void LogisticsPanel::refresh()
{
    const qint64 relationshipId = m_context.currentRelationshipId();
    m_strategy = Strategy::Undecided;
    if (relationshipId > 0) {
        const Result<Relationship> r = RelationshipRepository(m_context.database()).get(relationshipId);
        if (r.ok())
            m_strategy = r->strategy;
    }
    m_applicable = m_strategy == Strategy::Limit || m_strategy == Strategy::Cut;

    m_note->setText(relationshipId > 0
            ? tr("Practical steps and a list of your support appear here when you choose to limit contact or to "
                 "step away.")
            : tr("Practical steps appear here once you have added a relationship."));
    m_note->setVisible(!m_applicable);
    m_stepsCard->setVisible(m_applicable);
    m_supportCard->setVisible(m_applicable);
    m_addCard->setVisible(m_applicable);

    m_items.clear();
    if (m_applicable) {
        const Result<QList<LogisticsItem>> items = LogisticsRepository(m_context.database()).list(relationshipId);
        if (items.ok())
            m_items = items.value();
        else
            showMessage(items.error().message);
    }
    rebuild();
}

void LogisticsPanel::clearRows(QVBoxLayout *layout)
{
    // The row that asked for this may still be running its signal: detach
    // now, delete once control is back in the event loop.
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
}

void LogisticsPanel::rebuild()
{
    clearRows(m_steps);
    clearRows(m_support);
    m_rows.clear();

    const auto addGroup = [this](QVBoxLayout *target, LogisticsCategory category) {
        QList<LogisticsItem> items;
        std::copy_if(m_items.cbegin(), m_items.cend(), std::back_inserter(items),
            [category](const LogisticsItem &i) { return i.category == category; });
        if (items.isEmpty())
            return;
        if (target->count() > 0)
            target->addSpacing(Spacing::Small);
        QLabel *heading = groupHeading(categoryName(category));
        target->addWidget(heading);
        heading->show(); // at once, not when the layout next runs
        for (const LogisticsItem &item : items) {
            auto *row = new LogisticsItemRow(item);
            connect(row, &LogisticsItemRow::doneToggled, this, &LogisticsPanel::setDone);
            connect(row, &LogisticsItemRow::textSubmitted, this, &LogisticsPanel::saveText);
            connect(row, &LogisticsItemRow::removeRequested, this, &LogisticsPanel::removeItem);
            target->addWidget(row);
            row->show();
            m_rows.insert(item.id, row);
        }
    };
    for (LogisticsCategory c : kStepCategories)
        addGroup(m_steps, c);
    for (LogisticsCategory c : kSupportCategories)
        addGroup(m_support, c);

    const bool empty = m_items.isEmpty();
    m_emptyText->setVisible(empty);
    m_seed->setVisible(empty);
    m_supportEmpty->setVisible(
        std::none_of(m_items.cbegin(), m_items.cend(), [](const LogisticsItem &i) { return isSupport(i.category); }));
    updateProgress();
    updateTabOrder();
}

void LogisticsPanel::updateProgress()
{
    m_progress->setText(progressText());
    m_progress->setVisible(!m_items.isEmpty());
    m_progress->setAccessibleName(m_progress->text());
}

QString LogisticsPanel::progressText() const
{
    if (m_items.isEmpty())
        return {};
    const auto done = std::count_if(m_items.cbegin(), m_items.cend(), [](const LogisticsItem &i) { return i.done; });
    return tr("%1 of %2 done").arg(done).arg(m_items.size());
}

void LogisticsPanel::updateTabOrder()
{
    QList<QWidget *> chain {m_seed};
    for (QVBoxLayout *layout : {m_steps, m_support}) {
        for (int i = 0; i < layout->count(); ++i) {
            if (auto *row = qobject_cast<LogisticsItemRow *>(layout->itemAt(i)->widget()))
                chain += {row->checkBox(), row->editor(), row->editButton(), row->removeButton()};
        }
    }
    chain += {m_addCategory, m_addText, m_addButton};
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void LogisticsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void LogisticsPanel::addStarterChecklist()
{
    const qint64 relationshipId = m_context.currentRelationshipId();
    if (!m_applicable || relationshipId <= 0)
        return;
    Result<int> added = 0;
    {
        const WriteScope scope(m_writing);
        added = LogisticsRepository(m_context.database()).seedDefaults(relationshipId, m_strategy);
    }
    if (!added.ok()) {
        showMessage(added.error().message);
        return;
    }
    showMessage({});
    refresh();
    if (!m_items.isEmpty())
        m_rows.value(m_items.first().id)->checkBox()->setFocus(Qt::OtherFocusReason);
}

void LogisticsPanel::addItem()
{
    const qint64 relationshipId = m_context.currentRelationshipId();
    if (!m_applicable || relationshipId <= 0)
        return;
    LogisticsItem item;
    item.relationshipId = relationshipId;
    item.category = LogisticsCategory(m_addCategory->currentData().toInt());
    item.text = m_addText->text();
    if (Status s = LogisticsRepository::validateText(item.text); !s.ok()) {
        showMessage(s.error().message);
        m_addText->setFocus(Qt::OtherFocusReason);
        return;
    }
    Result<qint64> id = 0;
    {
        const WriteScope scope(m_writing);
        id = LogisticsRepository(m_context.database()).add(item);
    }
    if (!id.ok()) {
        showMessage(id.error().message);
        return;
    }
    showMessage({});
    m_addText->clear();
    refresh();
    m_addText->setFocus(Qt::OtherFocusReason);
}

void LogisticsPanel::setDone(qint64 id, bool done)
{
    Status s;
    {
        const WriteScope scope(m_writing);
        s = LogisticsRepository(m_context.database()).setDone(id, done);
    }
    LogisticsItemRow *row = m_rows.value(id);
    if (!s.ok()) {
        if (row) {
            row->setDone(!done);
            row->showMessage(s.error().message);
        }
        return;
    }
    for (LogisticsItem &item : m_items) {
        if (item.id == id)
            item.done = done;
    }
    if (row)
        row->showMessage({});
    updateProgress();
}

void LogisticsPanel::saveText(qint64 id, const QString &text)
{
    LogisticsItemRow *row = m_rows.value(id);
    if (Status s = LogisticsRepository::validateText(text); !s.ok()) {
        if (row)
            row->showMessage(s.error().message);
        return;
    }
    Status s;
    {
        const WriteScope scope(m_writing);
        s = LogisticsRepository(m_context.database()).updateText(id, text);
    }
    if (!s.ok()) {
        if (row)
            row->showMessage(s.error().message);
        return;
    }
    for (LogisticsItem &item : m_items) {
        if (item.id == id)
            item.text = text.trimmed();
    }
    if (row) {
        row->setText(text.trimmed());
        row->cancelEditing();
        row->editButton()->setFocus(Qt::OtherFocusReason);
    }
}

void LogisticsPanel::removeItem(qint64 id)
{
    const auto index = std::find_if(m_items.cbegin(), m_items.cend(), [id](const LogisticsItem &i) {
        return i.id == id;
    }) - m_items.cbegin();
    Status s;
    {
        const WriteScope scope(m_writing);
        s = LogisticsRepository(m_context.database()).remove(id);
    }
    if (!s.ok()) {
        if (LogisticsItemRow *row = m_rows.value(id))
            row->showMessage(s.error().message);
        return;
    }
    refresh();
    // Keep the keyboard near where the step was.
    if (m_items.isEmpty()) {
        if (m_seed->isVisible())
            m_seed->setFocus(Qt::OtherFocusReason);
        else
            m_addText->setFocus(Qt::OtherFocusReason);
    } else {
        const qsizetype next = qMin<qsizetype>(index, m_items.size() - 1);
        if (LogisticsItemRow *row = m_rows.value(m_items.at(next).id))
            row->checkBox()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace bearings::ui
