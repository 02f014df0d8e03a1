#include "JournalPage.h"

#include "IncidentReportDialog.h"
#include "JournalForm.h"
#include "JournalText.h"
#include "common/Accessibility.h"
#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/NoticeBar.h"
#include "common/PageHeader.h"
#include "common/RefreshWhenShown.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "journal/JournalRepository.h"
#include "journal/TagCatalog.h"
#include "mainwindow/SessionContext.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

// The "any date" sentinel of the date filters.
const QDate kAnyDate(2000, 1, 1);

enum Column { When, How, Moods, Tags, Note, Incident, ColumnCount };

QDateEdit *dateFilter(const QString &key, const QString &accessibleName)
{
    auto *edit = new QDateEdit;
    edit->setObjectName(key);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(QCoreApplication::translate("bearings::ui::JournalPage", "Any"));
    edit->setDate(kAnyDate);
    edit->setCalendarPopup(true);
    setAccessibleNameWithEditor(edit, accessibleName);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

JournalPage::JournalPage(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyState(u"journal"_s, tr("No relationship yet"),
          tr("Once you have added a relationship, you can keep a journal of your contact here.")))
    , m_notice(new NoticeBar)
    , m_form(new JournalForm(context))
    , m_from(dateFilter(u"filterFrom"_s, tr("Show entries from")))
    , m_to(dateFilter(u"filterTo"_s, tr("Show entries until")))
    , m_tag(new QComboBox)
    , m_incidentsOnly(new QCheckBox(tr("Incidents only")))
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_table(new QTableWidget)
    , m_report(new QPushButton(tr("Incident report…")))
    , m_edit(new QPushButton(tr("Edit")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_confirm(new QWidget)
    , m_confirmText(new WrapLabel)
    , m_confirmDelete(new QPushButton(tr("Delete")))
    , m_keep(new QPushButton(tr("Keep it")))
{
    m_refresher = new RefreshWhenShown(this, [this] { populate(); });
    setObjectName(u"journalPage"_s);
    setAccessibleName(tr("Journal"));

    auto *header = new PageHeader(
        tr("Journal"), tr("A few lines after each contact. Over weeks, the trend shows more than any single day."));

    m_notice->setObjectName(u"journalNotice"_s);
    m_empty->setObjectName(u"journalEmpty"_s);

    auto *formCard = new Card;
    formCard->setObjectName(u"journalFormCard"_s);
    formCard->body()->addWidget(m_form);

    // Filters.
    m_tag->setObjectName(u"filterTag"_s);
    m_tag->setAccessibleName(tr("Show entries with this tag"));
    m_incidentsOnly->setObjectName(u"filterIncidents"_s);
    m_incidentsOnly->setAccessibleName(tr("Show incidents only"));
    m_search->setObjectName(u"filterSearch"_s);
    m_search->setAccessibleName(tr("Search the notes"));
    m_search->setPlaceholderText(tr("Search the notes"));
    m_search->setClearButtonEnabled(true);
    m_count->setObjectName(u"entryCount"_s);
    m_count->setProperty("bearingsRole", u"caption"_s);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(Spacing::Small);
    filters->addWidget(buddyLabel(tr("From"), m_from));
    filters->addWidget(m_from);
    filters->addWidget(buddyLabel(tr("To"), m_to));
    filters->addWidget(m_to);
    filters->addWidget(buddyLabel(tr("Tag"), m_tag));
    filters->addWidget(m_tag);
    filters->addWidget(m_incidentsOnly);
    filters->addWidget(m_search, 1);

    // The list.
    m_table->setObjectName(u"journalList"_s);
    m_table->setAccessibleName(tr("Journal entries, newest first"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("How"), tr("Moods"), tr("Tags"), tr("Note"), tr("Incident")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Note, QHeaderView::Stretch);
    // Size the columns from the first rows, not the first 1,000 (Qt's
    // default): every restyle or relayout measured them all again, which made
    // unlocking a vault with years of entries markedly slower
    // (docs/BENCHMARKS.md). The rows are alike, so the widths come out the same.
    m_table->horizontalHeader()->setResizeContentsPrecision(100);
    m_table->setMinimumHeight(220);

    m_report->setObjectName(u"incidentReport"_s);
    m_report->setAccessibleName(tr("Make an incident report for a lawyer, HR or an advocate"));
    m_edit->setObjectName(u"editEntry"_s);
    m_edit->setAccessibleName(tr("Edit the selected entry"));
    m_delete->setObjectName(u"deleteEntry"_s);
    m_delete->setAccessibleName(tr("Delete the selected entry"));

    m_confirm->setObjectName(u"deleteConfirmation"_s);
    m_confirmText->setText(tr("Delete this entry? You can undo this until you lock Bearings."));
    m_confirmDelete->setObjectName(u"confirmDelete"_s);
    m_confirmDelete->setAccessibleName(tr("Yes, delete the entry"));
    m_keep->setObjectName(u"keepEntry"_s);
    m_keep->setAccessibleName(tr("Keep the entry"));
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->setSpacing(Spacing::Small);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_keep);
    confirmLayout->addWidget(m_confirmDelete);
    m_confirm->setVisible(false);

    auto *rowButtons = new QHBoxLayout;
    rowButtons->setSpacing(Spacing::Small);
    rowButtons->addWidget(m_count);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_report);
    rowButtons->addWidget(m_edit);
    rowButtons->addWidget(m_delete);

    auto *listCard = new Card(tr("Entries"));
    listCard->setObjectName(u"journalListCard"_s);
    listCard->body()->addLayout(filters);
    listCard->body()->addWidget(m_table);
    listCard->body()->addLayout(rowButtons);
    listCard->body()->addWidget(m_confirm);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(Spacing::Large);
    contentLayout->addWidget(formCard);
    contentLayout->addWidget(listCard);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"journalScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Large);
    layout->addWidget(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &JournalPage::fillList);
    connect(m_to, &QDateEdit::dateChanged, this, &JournalPage::fillList);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &JournalPage::fillList);
    connect(m_incidentsOnly, &QCheckBox::toggled, this, &JournalPage::fillList);
    connect(m_search, &QLineEdit::textChanged, this, &JournalPage::fillList);
    connect(m_table, &QTableWidget::activated, this, &JournalPage::editSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &JournalPage::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_table);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &JournalPage::askToDelete);
    connect(m_edit, &QPushButton::clicked, this, &JournalPage::editSelected);
    connect(m_report, &QPushButton::clicked, this, [this] {
        IncidentReportDialog dialog(m_context, this);
        dialog.exec();
    });
    connect(m_delete, &QPushButton::clicked, this, &JournalPage::askToDelete);
    connect(m_confirmDelete, &QPushButton::clicked, this, &JournalPage::confirmDelete);
    connect(m_keep, &QPushButton::clicked, this, &JournalPage::cancelDelete);
    connect(m_notice, &NoticeBar::actionTriggered, this, &JournalPage::undoDelete);
    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &JournalPage::relationshipChanged);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &JournalPage::refresh);
    connect(&m_context.database(), &Database::changed, this, &JournalPage::refresh);

    refresh();
}

JournalFilter JournalPage::filter() const
{
    JournalFilter f;
    f.relationshipId = m_context.currentRelationshipId();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date();
    f.tag = m_tag->currentData().toString();
    f.incidentsOnly = m_incidentsOnly->isChecked();
    f.search = m_search->text().trimmed();
    return f;
}

void JournalPage::relationshipChanged()
{
    m_form->reset();
    m_confirm->setVisible(false);
    m_pendingDelete = 0;
    refresh();
}

void JournalPage::refresh()
{
    m_refresher->request();
}

void JournalPage::populate()
{
    if (!m_context.isOpen())
        return;
    const bool hasRelationship = m_context.currentRelationshipId() > 0;
    m_stack->setCurrentIndex(hasRelationship ? 1 : 0);
    m_form->reloadTags();
    fillTagFilter();
    fillList();
}

void JournalPage::fillTagFilter()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const TagInfo &tag : TagCatalog::builtIn())
        m_tag->addItem(tag.label, tag.id);
    const Result<QList<TagInfo>> user = JournalRepository(m_context.database()).userTags();
    if (user.ok()) {
        for (const TagInfo &tag : user.value())
            m_tag->addItem(tag.label, tag.id);
    }
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void JournalPage::fillList()
{
    if (!m_context.isOpen())
        return;
    const qint64 selectedId = selectedEntry() ? selectedEntry()->id : 0;
    m_entries.clear();
    JournalRepository repo(m_context.database());
    if (m_context.currentRelationshipId() > 0) {
        const Result<QList<JournalEntry>> listed = repo.list(filter());
        if (listed.ok())
            m_entries = listed.value();
        else
            m_notice->showMessage(listed.error().message, NoticeBar::Kind::Attention);
    }
    QList<TagInfo> userTags;
    if (const Result<QList<TagInfo>> user = repo.userTags(); user.ok())
        userTags = user.value();

    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_entries.size()));
    const QLocale locale;
    for (int row = 0; row < m_entries.size(); ++row) {
        const JournalEntry &e = m_entries.at(row);
        const QString incident
            = e.incident ? (e.severity ? tr("Incident, severity %1").arg(*e.severity) : tr("Incident")) : QString();
        const QStringList cells {locale.toString(e.occurredAt, QLocale::ShortFormat),
            JournalText::channelLabel(e.channel), JournalText::moods(e), JournalText::tags(e.tags, userTags),
            JournalText::firstLine(e.note), incident};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, e.id);
            if (column == Note)
                item->setToolTip(e.note);
            m_table->setItem(row, column, item);
        }
        if (e.id == selectedId)
            m_table->selectRow(row);
    }
    // Two whole sentences rather than "%n note(s)": English has no .ts file
    // to supply plural forms.
    m_count->setText(m_entries.size() == 1 ? tr("1 note") : tr("%1 notes").arg(m_entries.size()));
    m_count->setAccessibleName(m_count->text());
    if (m_pendingDelete > 0 && !selectedEntry())
        cancelDelete();
    updateButtons();
}

std::optional<JournalEntry> JournalPage::selectedEntry() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    const int row = items.isEmpty() ? m_table->currentRow() : items.first()->row();
    if (row < 0 || row >= m_entries.size() || items.isEmpty())
        return std::nullopt;
    return m_entries.at(row);
}

void JournalPage::updateButtons()
{
    const bool selected = selectedEntry().has_value();
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

void JournalPage::editSelected()
{
    if (const std::optional<JournalEntry> e = selectedEntry())
        m_form->edit(*e);
}

void JournalPage::askToDelete()
{
    const std::optional<JournalEntry> e = selectedEntry();
    if (!e)
        return;
    m_pendingDelete = e->id;
    m_confirm->setVisible(true);
    m_keep->setFocus(Qt::OtherFocusReason);
}

void JournalPage::cancelDelete()
{
    m_pendingDelete = 0;
    m_confirm->setVisible(false);
}

void JournalPage::confirmDelete()
{
    if (!m_context.isOpen() || m_pendingDelete <= 0)
        return;
    JournalRepository repo(m_context.database());
    const Result<JournalEntry> stored = repo.get(m_pendingDelete);
    const qint64 id = m_pendingDelete;
    cancelDelete();
    if (!stored.ok()) {
        m_notice->showMessage(stored.error().message, NoticeBar::Kind::Attention);
        return;
    }
    if (const Status removed = repo.remove(id); !removed.ok()) {
        m_notice->showMessage(removed.error().message, NoticeBar::Kind::Attention);
        return;
    }
    if (m_form->editingId() == id)
        m_form->reset();
    m_deleted = stored.value();
    m_notice->showMessage(tr("The entry was deleted."), NoticeBar::Kind::Info, tr("Undo"));
    m_table->setFocus(Qt::OtherFocusReason);
}

void JournalPage::undoDelete()
{
    if (!m_context.isOpen() || !m_deleted)
        return;
    JournalEntry e = *m_deleted;
    e.id = 0;
    const Result<qint64> added = JournalRepository(m_context.database()).add(e);
    if (!added.ok()) {
        m_notice->showMessage(added.error().message, NoticeBar::Kind::Attention);
        return;
    }
    m_deleted.reset();
    m_notice->showMessage(tr("The entry is back."));
}

} // namespace bearings::ui
