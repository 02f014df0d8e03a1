#include "UserTagsDialog.h"

#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "journal/JournalFilter.h"
#include "journal/JournalRepository.h"
#include "journal/TagCatalog.h"
#include "mainwindow/SessionContext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxIdLength = 40;

QString valenceLabel(Valence valence)
{
    switch (valence) {
    case Valence::Positive: return UserTagsDialog::tr("positive");
    case Valence::Negative: return UserTagsDialog::tr("hurtful");
    case Valence::Neutral: return UserTagsDialog::tr("neither");
    }
    return {};
}

} // namespace

QString UserTagsDialog::idForLabel(const QString &label, const QStringList &taken)
{
    // Accents are dropped ("Café" -> "cafe"); anything else that is not a
    // letter or digit becomes a dash.
    const QString decomposed = label.normalized(QString::NormalizationForm_KD).toLower();
    QString id;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id.append(c);
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id.append(u'-');
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    if (id.isEmpty())
        id = u"tag"_s; // a label in another script
    id = id.left(kMaxIdLength - 4);
    while (id.endsWith(u'-'))
        id.chop(1);
    QString candidate = id;
    for (int n = 2; TagCatalog::isBuiltIn(candidate) || taken.contains(candidate); ++n)
        candidate = id + u'-' + QString::number(n);
    return candidate;
}

UserTagsDialog::UserTagsDialog(SessionContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_list(new QListWidget)
    , m_label(new QLineEdit)
    , m_valence(new QComboBox)
    , m_add(new QPushButton(tr("Add tag")))
    , m_remove(new QPushButton(tr("Remove tag…")))
    , m_problem(new WrapLabel)
{
    setObjectName(u"userTagsDialog"_s);
    setWindowTitle(tr("Your tags"));
    setAccessibleName(tr("Your tags"));

    auto *intro = new WrapLabel(tr("Add words for what keeps happening that the built-in tags don't cover. Say "
                                   "whether it is a positive or a hurtful moment: that is how it counts on the "
                                   "Overview."));
    m_list->setObjectName(u"userTagList"_s);
    m_list->setAccessibleName(tr("Your tags"));
    m_list->setMinimumHeight(120);
    m_label->setObjectName(u"tagLabel"_s);
    m_label->setAccessibleName(tr("New tag's name"));
    m_label->setPlaceholderText(tr("For example: Brings up the past"));
    m_label->setMaxLength(JournalRepository::kMaxTagLabelLength);
    m_valence->setObjectName(u"tagValence"_s);
    m_valence->setAccessibleName(tr("What kind of moment it is"));
    m_valence->addItem(tr("A hurtful moment"), int(Valence::Negative));
    m_valence->addItem(tr("A positive moment"), int(Valence::Positive));
    m_valence->addItem(tr("Neither, just worth noting"), int(Valence::Neutral));
    m_add->setObjectName(u"addTag"_s);
    m_add->setAccessibleName(tr("Add the new tag"));
    m_remove->setObjectName(u"removeTag"_s);
    m_remove->setAccessibleName(tr("Remove the selected tag"));
    m_problem->setObjectName(u"tagProblem"_s);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::accent(Theme::Accent::Safety));
    m_problem->setPalette(problemPalette);
    m_problem->setVisible(false);

    auto *form = new QFormLayout;
    auto *labelName = new QLabel(tr("&Name"));
    labelName->setBuddy(m_label);
    auto *kindName = new QLabel(tr("&Kind"));
    kindName->setBuddy(m_valence);
    form->addRow(labelName, m_label);
    form->addRow(kindName, m_valence);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(listButtons);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addLayout(addRow);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &UserTagsDialog::addTag);
    connect(m_label, &QLineEdit::returnPressed, this, &UserTagsDialog::addTag);
    connect(m_remove, &QPushButton::clicked, this, &UserTagsDialog::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { m_remove->setEnabled(m_list->currentItem()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_context, &SessionContext::closing, this, &QDialog::reject);

    reload();
    m_label->setFocus();
}

void UserTagsDialog::reload()
{
    m_list->clear();
    const Result<QList<TagInfo>> tags = JournalRepository(m_context.database()).userTags();
    if (!tags.ok()) {
        showProblem(tags.error().message);
        return;
    }
    for (const TagInfo &tag : tags.value()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(tag.label, valenceLabel(tag.valence)), m_list);
        item->setData(kIdRole, tag.id);
    }
    if (tags->isEmpty()) {
        auto *item = new QListWidgetItem(tr("No tags of your own yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    m_remove->setEnabled(false);
}

void UserTagsDialog::addTag()
{
    if (!m_context.isOpen())
        return;
    const QString label = m_label->text().trimmed();
    if (label.isEmpty()) {
        showProblem(tr("Please give the tag a name."));
        m_label->setFocus();
        return;
    }
    JournalRepository repo(m_context.database());
    const Result<QList<TagInfo>> existing = repo.userTags();
    QStringList taken;
    if (existing.ok()) {
        for (const TagInfo &t : existing.value()) {
            if (t.label.compare(label, Qt::CaseInsensitive) == 0) {
                showProblem(tr("You already have a tag called \"%1\".").arg(t.label));
                return;
            }
            taken.append(t.id);
        }
    }
    const QString id = idForLabel(label, taken);
    const Status added = repo.addUserTag(id, label, Valence(m_valence->currentData().toInt()));
    if (!added.ok()) {
        showProblem(added.error().message);
        return;
    }
    m_addedId = id;
    showProblem({});
    m_label->clear();
    reload();
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
    }
    m_label->setFocus();
}

void UserTagsDialog::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_context.isOpen())
        return;
    const QString id = item->data(kIdRole).toString();
    if (id.isEmpty())
        return;
    JournalFilter filter;
    filter.tag = id;
    const Result<int> used = JournalRepository(m_context.database()).count(filter);
    const int uses = used.ok() ? used.value() : 0;
    const QString question = uses == 0 ? tr("Remove this tag? No entry carries it.")
        : uses == 1
        ? tr("Remove this tag? It comes off the one entry that carries it; the entry itself stays.")
        : tr("Remove this tag? It comes off the %1 entries that carry it; the entries themselves stay.").arg(uses);
    QMessageBox confirm(QMessageBox::Question, tr("Remove tag"), question, QMessageBox::Cancel, this);
    QPushButton *remove = confirm.addButton(tr("Remove tag"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.setObjectName(u"removeTagConfirmation"_s);
    confirm.exec();
    if (confirm.clickedButton() != remove || !m_context.isOpen())
        return;
    const Status removed = JournalRepository(m_context.database()).removeUserTag(id);
    if (!removed.ok()) {
        showProblem(removed.error().message);
        return;
    }
    if (m_addedId == id)
        m_addedId.clear();
    showProblem({});
    reload();
}

void UserTagsDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace bearings::ui
