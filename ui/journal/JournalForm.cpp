#include "JournalForm.h"

#include "JournalText.h"
#include "MoodInput.h"
#include "UserTagsDialog.h"
#include "common/Accessibility.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "journal/JournalRepository.h"
#include "journal/TagCatalog.h"
#include "mainwindow/SessionContext.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kTagIdRole = Qt::UserRole;

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

JournalForm::JournalForm(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_title(new WrapLabel)
    , m_when(new QDateTimeEdit)
    , m_channel(new QComboBox)
    , m_before(new MoodInput(u"moodBefore"_s, tr("Before"), tr("Mood before, from −5 to +5")))
    , m_during(new MoodInput(u"moodDuring"_s, tr("During"), tr("Mood during, from −5 to +5")))
    , m_after(new MoodInput(u"moodAfter"_s, tr("After"), tr("Mood after, from −5 to +5")))
    , m_tags(new QListWidget)
    , m_manageTags(new QPushButton(tr("Your tags…")))
    , m_note(new QPlainTextEdit)
    , m_incident(new QCheckBox(tr("This was an incident I want on record")))
    , m_incidentBox(new QWidget)
    , m_severity(new QComboBox)
    , m_present(new QLineEdit)
    , m_evidence(new QLineEdit)
    , m_problem(new WrapLabel)
    , m_save(new QPushButton)
    , m_cancel(new QPushButton(tr("Cancel")))
{
    setObjectName(u"journalForm"_s);
    setAccessibleName(tr("Add to the journal"));

    m_title->setObjectName(u"journalFormTitle"_s);
    m_title->setFont(Theme::font(Theme::TextStyle::SectionTitle));

    m_when->setObjectName(u"when"_s);
    m_when->setCalendarPopup(true);
    setAccessibleNameWithEditor(m_when, tr("When it happened"));
    m_when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));

    m_channel->setObjectName(u"channel"_s);
    m_channel->setAccessibleName(tr("How you were in contact"));
    for (const Channel c : {Channel::InPerson, Channel::Call, Channel::Text, Channel::Online, Channel::Other})
        m_channel->addItem(JournalText::channelLabel(c), int(c));

    auto *moods = new QWidget;
    auto *moodLayout = new QVBoxLayout(moods);
    moodLayout->setContentsMargins(0, 0, 0, 0);
    moodLayout->setSpacing(Spacing::XSmall);
    moodLayout->addWidget(m_before);
    moodLayout->addWidget(m_during);
    moodLayout->addWidget(m_after);

    m_tags->setObjectName(u"tags"_s);
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setAccessibleDescription(tr("Tick what fits. Space ticks the highlighted tag."));
    m_tags->setMinimumHeight(140);
    m_tags->setSelectionMode(QAbstractItemView::SingleSelection);

    m_manageTags->setObjectName(u"manageTags"_s);
    m_manageTags->setAccessibleName(tr("Add or remove tags of your own"));
    connect(m_manageTags, &QPushButton::clicked, this, &JournalForm::manageTags);
    auto *tagsBox = new QWidget;
    auto *tagsLayout = new QVBoxLayout(tagsBox);
    tagsLayout->setContentsMargins(0, 0, 0, 0);
    tagsLayout->setSpacing(Spacing::XSmall);
    tagsLayout->addWidget(m_tags);
    tagsLayout->addWidget(m_manageTags, 0, Qt::AlignLeft);

    m_note->setObjectName(u"note"_s);
    m_note->setAccessibleName(tr("What happened"));
    m_note->setPlaceholderText(tr("What happened, in your own words."));
    m_note->setTabChangesFocus(true);
    // A few lines are enough for a quick note; it scrolls beyond that, and
    // the list of earlier notes stays in view.
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 5 + 2 * m_note->frameWidth() + 8);
    m_note->setMinimumHeight(70);

    m_incident->setObjectName(u"incident"_s);
    m_incident->setAccessibleName(tr("This was an incident I want on record"));

    m_severity->setObjectName(u"severity"_s);
    m_severity->setAccessibleName(tr("How serious it was"));
    m_severity->addItem(tr("Choose…"), 0);
    for (int s = kSeverityMin; s <= kSeverityMax; ++s)
        m_severity->addItem(JournalText::severityLabel(s), s);
    m_present->setObjectName(u"present"_s);
    m_present->setAccessibleName(tr("Who was present"));
    m_present->setPlaceholderText(tr("Names or roles, if anyone"));
    m_evidence->setObjectName(u"evidence"_s);
    m_evidence->setAccessibleName(tr("Evidence kept"));
    m_evidence->setPlaceholderText(tr("Messages, photos, emails you saved"));
    auto *incidentLayout = new QFormLayout(m_incidentBox);
    incidentLayout->setContentsMargins(0, 0, 0, 0);
    incidentLayout->addRow(buddyLabel(tr("How serious"), m_severity), m_severity);
    incidentLayout->addRow(buddyLabel(tr("Who was present"), m_present), m_present);
    incidentLayout->addRow(buddyLabel(tr("Evidence kept"), m_evidence), m_evidence);

    m_problem->setObjectName(u"journalProblem"_s);
    m_problem->setAccessibleName(tr("Problem"));
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    m_problem->setPalette(problemPalette);
    m_problem->setVisible(false);

    m_save->setObjectName(u"saveEntry"_s);
    m_save->setDefault(false);
    m_save->setToolTip(tr("Ctrl+Enter"));
    m_cancel->setObjectName(u"cancelEdit"_s);
    m_cancel->setAccessibleName(tr("Cancel editing"));

    auto *when = new QWidget;
    auto *whenLayout = new QHBoxLayout(when);
    whenLayout->setContentsMargins(0, 0, 0, 0);
    whenLayout->setSpacing(Spacing::Small);
    whenLayout->addWidget(m_when);
    whenLayout->addWidget(buddyLabel(tr("How"), m_channel));
    whenLayout->addWidget(m_channel);
    whenLayout->addStretch(1);

    auto *form = new QFormLayout;
    form->setSpacing(Spacing::Small);
    form->addRow(buddyLabel(tr("When"), m_when), when);
    form->addRow(new QLabel(tr("Mood")), moods);
    form->addRow(buddyLabel(tr("Tags"), m_tags), tagsBox);
    form->addRow(buddyLabel(tr("Note"), m_note), m_note);
    form->addRow(QString(), m_incident);
    form->addRow(QString(), m_incidentBox);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing::Small);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &JournalForm::save);
    }
    connect(m_save, &QPushButton::clicked, this, &JournalForm::save);
    connect(m_cancel, &QPushButton::clicked, this, &JournalForm::reset);
    connect(m_incident, &QCheckBox::toggled, this, &JournalForm::updateIncident);

    reloadTags();
    reset();
}

QWidget *JournalForm::firstField() const
{
    return m_when;
}

QString JournalForm::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

JournalEntry JournalForm::entry() const
{
    JournalEntry e = m_editing;
    e.relationshipId = isEditing() ? m_editing.relationshipId : m_context.currentRelationshipId();
    e.occurredAt = m_when->dateTime();
    e.channel = Channel(m_channel->currentData().toInt());
    e.moodBefore = m_before->value();
    e.moodDuring = m_during->value();
    e.moodAfter = m_after->value();
    e.tags = checkedTags();
    e.note = m_note->toPlainText().trimmed();
    e.incident = m_incident->isChecked();
    e.severity.reset();
    e.present.clear();
    e.evidence.clear();
    if (e.incident) {
        if (const int s = m_severity->currentData().toInt(); s > 0)
            e.severity = s;
        e.present = m_present->text().trimmed();
        e.evidence = m_evidence->text().trimmed();
    }
    return e;
}

void JournalForm::edit(const JournalEntry &entry)
{
    m_editing = entry;
    m_title->setText(tr("Edit this entry"));
    m_save->setText(tr("Save changes"));
    m_save->setAccessibleName(tr("Save changes"));
    m_cancel->setVisible(true);
    m_when->setDateTime(entry.occurredAt);
    m_channel->setCurrentIndex(qMax(0, m_channel->findData(int(entry.channel))));
    m_before->setValue(entry.moodBefore);
    m_during->setValue(entry.moodDuring);
    m_after->setValue(entry.moodAfter);
    setCheckedTags(entry.tags);
    m_note->setPlainText(entry.note);
    m_incident->setChecked(entry.incident);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(entry.severity.value_or(0))));
    m_present->setText(entry.present);
    m_evidence->setText(entry.evidence);
    updateIncident();
    showProblem({});
    m_when->setFocus(Qt::OtherFocusReason);
}

void JournalForm::reset()
{
    m_editing = {};
    m_title->setText(tr("Add to the journal"));
    m_save->setText(tr("Save"));
    m_save->setAccessibleName(tr("Save this entry"));
    m_cancel->setVisible(false);
    m_when->setDateTime(m_context.database().clock().now());
    m_before->setValue(std::nullopt);
    m_during->setValue(std::nullopt);
    m_after->setValue(std::nullopt);
    setCheckedTags({});
    m_note->clear();
    m_incident->setChecked(false);
    m_severity->setCurrentIndex(0);
    m_present->clear();
    m_evidence->clear();
    updateIncident();
    showProblem({});
    m_when->setFocus(Qt::OtherFocusReason);
}

void JournalForm::save()
{
    if (!m_context.isOpen())
        return;
    JournalEntry e = entry();
    if (e.relationshipId <= 0) {
        showProblem(tr("Please add a relationship first."));
        return;
    }
    if (const Status valid = JournalRepository::validate(e); !valid.ok()) {
        showProblem(valid.error().message);
        return;
    }
    JournalRepository repo(m_context.database());
    qint64 id = e.id;
    if (isEditing()) {
        if (const Status updated = repo.update(e); !updated.ok()) {
            showProblem(updated.error().message);
            return;
        }
    } else {
        const Result<qint64> added = repo.add(e);
        if (!added.ok()) {
            showProblem(added.error().message);
            return;
        }
        id = added.value();
    }
    reset();
    Q_EMIT saved(id);
}

void JournalForm::reloadTags()
{
    const QStringList checked = checkedTags();
    QList<TagInfo> tags = TagCatalog::builtIn();
    const Result<QList<TagInfo>> user = JournalRepository(m_context.database()).userTags();
    if (user.ok())
        tags.append(user.value());
    m_tags->clear();
    bool first = true;
    TagGroup group = TagGroup::User;
    for (const TagInfo &tag : std::as_const(tags)) {
        if (first || tag.group != group) {
            auto *header = new QListWidgetItem(TagCatalog::groupLabel(tag.group), m_tags);
            header->setFlags(Qt::NoItemFlags);
            QFont bold = m_tags->font();
            bold.setWeight(QFont::DemiBold);
            header->setFont(bold);
            group = tag.group;
            first = false;
        }
        auto *item = new QListWidgetItem(tag.label, m_tags);
        item->setData(kTagIdRole, tag.id);
        item->setToolTip(tag.explanation);
        item->setData(Qt::AccessibleDescriptionRole, tag.explanation);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    setCheckedTags(checked);
}

void JournalForm::manageTags()
{
    UserTagsDialog dialog(m_context, this);
    dialog.exec();
    if (!m_context.isOpen())
        return;
    reloadTags();
    if (!dialog.addedTagId().isEmpty())
        setCheckedTags(checkedTags() << dialog.addedTagId());
}

void JournalForm::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void JournalForm::updateIncident()
{
    m_incidentBox->setVisible(m_incident->isChecked());
}

void JournalForm::setCheckedTags(const QStringList &ids)
{
    for (int i = 0; i < m_tags->count(); ++i) {
        QListWidgetItem *item = m_tags->item(i);
        if (item->flags() & Qt::ItemIsUserCheckable)
            item->setCheckState(ids.contains(item->data(kTagIdRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList JournalForm::checkedTags() const
{
    QStringList ids;
    for (int i = 0; i < m_tags->count(); ++i) {
        const QListWidgetItem *item = m_tags->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ids.append(item->data(kTagIdRole).toString());
    }
    ids.sort();
    return ids;
}

} // namespace bearings::ui
