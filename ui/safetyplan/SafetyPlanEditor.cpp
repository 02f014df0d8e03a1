#include "SafetyPlanEditor.h"

#include "RowListEditor.h"
#include "common/Card.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "relationships/ItemListEditor.h"
#include "safetyplan/SafetyPlanRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

using Section = SafetyPlanDocument::Section;
using Column = RowListEditor::Column;

constexpr int kPhoneLength = 40;
constexpr int kCodeWordLength = 80;
constexpr int kNotesRows = 5;
constexpr int kFieldCharacters = 22;

WrapLabel *caption(const QString &text, const QString &objectName)
{
    auto *label = new WrapLabel(text);
    label->setObjectName(objectName);
    label->setProperty("bearingsRole", u"caption"_s);
    return label;
}

QString text(const RowListEditor::Row &row, int column)
{
    return row.value(column).toString().trimmed();
}

} // namespace

SafetyPlanEditor::SafetyPlanEditor(QWidget *parent)
    : QWidget(parent)
    , m_region(new QComboBox)
    , m_emergencyNumber(new QLineEdit)
    , m_regionNote(caption(QString(), u"regionNote"_s))
    , m_hotlines(new RowListEditor(
          {
              Column {tr("Helpline"), tr("Name"), false, 3, 200},
              Column {tr("Number"), tr("Phone or text number"), false, 2, kPhoneLength},
              Column {tr("TTY"), tr("If it has one"), false, 2, kPhoneLength},
              Column {tr("Good to know"), tr("Hours, languages, chat"), false, 3, 300},
          },
          {tr("Add a helpline"), tr("Helpline %1"), tr("Remove helpline %1"),
              SafetyPlanDocument::emptyPrompt(Section::Hotlines)}))
    , m_contacts(new RowListEditor(
          {
              Column {tr("Name"), tr("Name"), false, 3, 200},
              Column {tr("Phone"), tr("Phone number"), false, 3, kPhoneLength},
              Column {tr("Who they are"), tr("Sister, neighbour, friend"), false, 3, 200},
              Column {tr("Knows the plan"), QString(), true, 0, 0},
          },
          {tr("Add a person"), tr("Person %1"), tr("Remove person %1"),
              SafetyPlanDocument::emptyPrompt(Section::Contacts)}))
    , m_codeWord(new QLineEdit)
    , m_safePlaces(new RowListEditor(
          {
              Column {tr("Place"), tr("A friend's home, a library"), false, 2, 200},
              Column {tr("Address"), tr("Street and town"), false, 3, 300},
              Column {tr("How to get there"), tr("Bus, on foot, who could drive you"), false, 3, 300},
          },
          {tr("Add a place"), tr("Place %1"), tr("Remove place %1"),
              SafetyPlanDocument::emptyPrompt(Section::SafePlaces)}))
    , m_ifTheyShowUp(new ItemListEditor(
          SafetyPlanDocument::sectionTitle(Section::IfTheyShowUp), tr("Add a step, then press Enter")))
    , m_exitSteps(
          new ItemListEditor(SafetyPlanDocument::sectionTitle(Section::ExitSteps), tr("Add a step, then press Enter")))
    , m_essentials(new RowListEditor(
          {
              Column {tr("Ready"), QString(), true, 0, 0},
              Column {tr("What to have with you"), tr("A document, a card, medication, a key"), false, 1, 200},
          },
          {tr("Add something to take"), tr("Item %1"), tr("Remove item %1"),
              SafetyPlanDocument::emptyPrompt(Section::Essentials)}))
    , m_groundingTools(new ItemListEditor(
          SafetyPlanDocument::sectionTitle(Section::Grounding), tr("Add something that helps, then press Enter")))
    , m_notes(new QPlainTextEdit)
{
    setObjectName(u"safetyPlanEditor"_s);

    const auto addCard = [this](Section section) {
        auto *card = new Card(SafetyPlanDocument::sectionTitle(section));
        card->setObjectName(u"card_%1"_s.arg(int(section)));
        m_cards.insert(section, card);
        return card;
    };
    const auto addPrompt = [this](Section section, Card *card) {
        WrapLabel *prompt = caption(SafetyPlanDocument::emptyPrompt(section), u"prompt_%1"_s.arg(int(section)));
        card->body()->addWidget(prompt);
        m_prompts.insert(section, prompt);
    };

    // Emergency number, by region.
    m_region->setObjectName(u"region"_s);
    m_region->setAccessibleName(tr("Where you live"));
    for (const Region region : SafetyPlanDocument::kRegions)
        m_region->addItem(SafetyPlanDocument::regionName(region), int(region));
    m_emergencyNumber->setObjectName(u"emergencyNumber"_s);
    m_emergencyNumber->setAccessibleName(tr("Emergency number"));
    m_emergencyNumber->setPlaceholderText(tr("The number for emergency services"));
    m_emergencyNumber->setMaxLength(kPhoneLength);
    auto *regionLabel = new QLabel(tr("&Where you live"));
    regionLabel->setBuddy(m_region);
    auto *numberLabel = new QLabel(tr("&Emergency number"));
    numberLabel->setBuddy(m_emergencyNumber);
    m_region->setMinimumContentsLength(kFieldCharacters);
    m_region->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_emergencyNumber->setFixedWidth(m_region->sizeHint().width());
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setHorizontalSpacing(Spacing::Medium);
    form->addRow(regionLabel, m_region);
    form->addRow(numberLabel, m_emergencyNumber);
    Card *emergency = addCard(Section::Emergency);
    addPrompt(Section::Emergency, emergency);
    emergency->body()->addLayout(form);
    emergency->body()->addWidget(m_regionNote);

    m_hotlines->setObjectName(u"hotlines"_s);
    m_hotlines->setAccessibleName(SafetyPlanDocument::sectionTitle(Section::Hotlines));
    addCard(Section::Hotlines)->body()->addWidget(m_hotlines);

    m_contacts->setObjectName(u"contacts"_s);
    m_contacts->setAccessibleName(SafetyPlanDocument::sectionTitle(Section::Contacts));
    addCard(Section::Contacts)->body()->addWidget(m_contacts);

    m_codeWord->setObjectName(u"codeWord"_s);
    m_codeWord->setAccessibleName(SafetyPlanDocument::sectionTitle(Section::CodeWord));
    m_codeWord->setPlaceholderText(tr("A word or phrase"));
    m_codeWord->setMaxLength(kCodeWordLength);
    Card *codeWord = addCard(Section::CodeWord);
    codeWord->body()->addWidget(caption(SafetyPlanDocument::emptyPrompt(Section::CodeWord), u"codeWordHint"_s));
    codeWord->body()->addWidget(m_codeWord);

    m_safePlaces->setObjectName(u"safePlaces"_s);
    m_safePlaces->setAccessibleName(SafetyPlanDocument::sectionTitle(Section::SafePlaces));
    addCard(Section::SafePlaces)->body()->addWidget(m_safePlaces);

    const auto listCard = [&](Section section, ItemListEditor *list, const QString &objectName) {
        list->setObjectName(objectName);
        Card *card = addCard(section);
        addPrompt(section, card);
        card->body()->addWidget(list);
    };
    listCard(Section::IfTheyShowUp, m_ifTheyShowUp, u"ifTheyShowUp"_s);
    listCard(Section::ExitSteps, m_exitSteps, u"exitSteps"_s);

    m_essentials->setObjectName(u"essentials"_s);
    m_essentials->setAccessibleName(SafetyPlanDocument::sectionTitle(Section::Essentials));
    addCard(Section::Essentials)->body()->addWidget(m_essentials);

    listCard(Section::Grounding, m_groundingTools, u"groundingTools"_s);

    m_notes->setObjectName(u"notes"_s);
    m_notes->setAccessibleName(SafetyPlanDocument::sectionTitle(Section::Notes));
    m_notes->setPlaceholderText(SafetyPlanDocument::emptyPrompt(Section::Notes));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * kNotesRows + Spacing::Large);
    addCard(Section::Notes)->body()->addWidget(m_notes);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing::Large);
    for (const Section section : SafetyPlanDocument::kSections)
        layout->addWidget(m_cards.value(section));

    connect(m_region, &QComboBox::activated, this, &SafetyPlanEditor::regionChosen);
    connect(m_emergencyNumber, &QLineEdit::textEdited, this, &SafetyPlanEditor::changed);
    connect(m_codeWord, &QLineEdit::textEdited, this, &SafetyPlanEditor::changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            changed();
    });
    for (RowListEditor *rows : {m_hotlines, m_contacts, m_safePlaces, m_essentials})
        connect(rows, &RowListEditor::edited, this, &SafetyPlanEditor::changed);
    for (ItemListEditor *list : {m_ifTheyShowUp, m_exitSteps, m_groundingTools})
        connect(list, &ItemListEditor::edited, this, &SafetyPlanEditor::changed);

    setPlan(SafetyPlan());
}

void SafetyPlanEditor::setPlan(const SafetyPlan &plan)
{
    m_loading = true;
    m_base = plan;
    m_currentRegion = plan.region;
    m_region->setCurrentIndex(m_region->findData(int(plan.region)));
    m_emergencyNumber->setText(plan.emergencyNumber);

    QList<RowListEditor::Row> rows;
    for (const Hotline &h : plan.hotlines)
        rows.append({h.name, h.phone, h.tty, h.notes});
    m_hotlines->setRows(rows);
    rows.clear();
    for (const TrustedContact &c : plan.contacts)
        rows.append({c.name, c.phone, c.relationship, c.knowsPlan});
    m_contacts->setRows(rows);
    m_codeWord->setText(plan.codeWord);
    rows.clear();
    for (const SafePlace &p : plan.safePlaces)
        rows.append({p.name, p.address, p.howToGetThere});
    m_safePlaces->setRows(rows);
    m_ifTheyShowUp->setItems(plan.ifTheyShowUp);
    m_exitSteps->setItems(plan.exitSteps);
    rows.clear();
    for (const ChecklistItem &item : plan.essentials)
        rows.append({item.done, item.text});
    m_essentials->setRows(rows);
    m_groundingTools->setItems(plan.groundingTools);
    if (m_notes->toPlainText() != plan.notes)
        m_notes->setPlainText(plan.notes);
    m_loading = false;
    updatePrompts();
}

SafetyPlan SafetyPlanEditor::plan() const
{
    SafetyPlan plan = m_base;
    plan.region = m_currentRegion;
    plan.emergencyNumber = m_emergencyNumber->text().trimmed();
    plan.hotlines.clear();
    for (const RowListEditor::Row &row : m_hotlines->rows())
        plan.hotlines.append({text(row, 0), text(row, 1), text(row, 2), text(row, 3)});
    plan.contacts.clear();
    for (const RowListEditor::Row &row : m_contacts->rows())
        plan.contacts.append({text(row, 0), text(row, 1), text(row, 2), row.value(3).toBool()});
    plan.codeWord = m_codeWord->text().trimmed();
    plan.safePlaces.clear();
    for (const RowListEditor::Row &row : m_safePlaces->rows())
        plan.safePlaces.append({text(row, 0), text(row, 1), text(row, 2)});
    plan.ifTheyShowUp = m_ifTheyShowUp->items();
    plan.exitSteps = m_exitSteps->items();
    plan.essentials.clear();
    for (const RowListEditor::Row &row : m_essentials->rows())
        plan.essentials.append({text(row, 1), row.value(0).toBool()});
    plan.groundingTools = m_groundingTools->items();
    plan.notes = m_notes->toPlainText().trimmed();
    return SafetyPlanDocument::withoutBlankRows(plan);
}

void SafetyPlanEditor::regionChosen(int index)
{
    const auto region = static_cast<Region>(m_region->itemData(index).toInt());
    if (region == m_currentRegion)
        return;
    // A number the person typed themselves stays; one Bearings filled in
    // follows the region.
    const QString number = m_emergencyNumber->text().trimmed();
    if (number.isEmpty() || number == SafetyPlanRepository::emergencyNumberFor(m_currentRegion))
        m_emergencyNumber->setText(SafetyPlanRepository::emergencyNumberFor(region));
    m_currentRegion = region;
    changed();
}

void SafetyPlanEditor::changed()
{
    updatePrompts();
    Q_EMIT edited();
}

void SafetyPlanEditor::updatePrompts()
{
    const SafetyPlan now = plan();
    for (auto it = m_prompts.cbegin(); it != m_prompts.cend(); ++it)
        it.value()->setVisible(SafetyPlanDocument::isEmpty(now, it.key()));
    const QString note = SafetyPlanDocument::regionNote(m_currentRegion);
    m_regionNote->setText(note);
    m_regionNote->setVisible(!note.isEmpty());
    m_emergencyNumber->setPlaceholderText(m_currentRegion == Region::Other
            ? tr("Type the number for emergency services where you live")
            : tr("The number for emergency services"));
}

} // namespace bearings::ui
