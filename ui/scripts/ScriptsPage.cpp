#include "ScriptsPage.h"

#include "CheckerPanel.h"
#include "PlaceholderPanel.h"
#include "ScriptEditor.h"
#include "ScriptText.h"
#include "TemplatePickerDialog.h"
#include "TwoLineItemDelegate.h"
#include "common/Card.h"
#include "common/EmptyState.h"
#include "common/NoticeBar.h"
#include "common/PageHeader.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "exchange/FileIo.h"
#include "mainwindow/SessionContext.h"
#include "privacy/ClipboardGuard.h"
#include "relationships/RelationshipRepository.h"
#include "scripts/CheckerRules.h"
#include "scripts/MessageChecker.h"
#include "scripts/MessageScriptRepository.h"
#include "scripts/Placeholders.h"
#include "scripts/TemplateLibrary.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextCursor>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

// Loaded once: both are read-only data that ship inside the binary.
const Result<TemplateLibrary> &templateLibrary()
{
    static const Result<TemplateLibrary> library = TemplateLibrary::load();
    return library;
}

const Result<CheckerRules> &checkerRules()
{
    static const Result<CheckerRules> rules = CheckerRules::load();
    return rules;
}

QString checkerLanguage()
{
    return QLocale().name().section(u'_', 0, 0);
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QString defaultExportPath()
{
    // A plain name: a file name should not say what the file is about.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(ScriptsPage::tr("message") + u".txt"_s);
}

} // namespace

ScriptsPage::ScriptsPage(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyState(u"messages"_s, tr("No drafts yet"),
          tr("Start from a template: short, firm messages for saying how you feel, stepping back, holding a "
             "boundary or ending contact. You fill in the blanks, and a checker points out what may weaken them.")))
    , m_notice(new NoticeBar)
    , m_newFromTemplate(new QPushButton(tr("New from template…")))
    , m_newBlank(new QPushButton(tr("Blank draft")))
    , m_scope(new QComboBox)
    , m_list(new QListWidget)
    , m_rename(new QPushButton(tr("Rename")))
    , m_duplicate(new QPushButton(tr("Duplicate")))
    , m_delete(new QPushButton(tr("Delete…")))
    , m_confirm(new QWidget)
    , m_confirmText(new WrapLabel)
    , m_confirmDelete(new QPushButton(tr("Delete")))
    , m_keep(new QPushButton(tr("Keep it")))
    , m_editorStack(new QStackedWidget)
    , m_noSelection(new WrapLabel)
    , m_title(new QLineEdit)
    , m_kind(new QComboBox)
    , m_for(new QComboBox)
    , m_undo(new QPushButton(tr("Undo")))
    , m_redo(new QPushButton(tr("Redo")))
    , m_saveState(new QLabel)
    , m_editor(new ScriptEditor)
    , m_preview(new QPlainTextEdit)
    , m_counts(new QLabel)
    , m_copy(new QPushButton(tr("Copy message")))
    , m_export(new QPushButton(tr("Export as text…")))
    , m_placeholders(new PlaceholderPanel)
    , m_checker(new CheckerPanel)
{
    setObjectName(u"scriptsPage"_s);
    setAccessibleName(tr("Messages"));
    m_chooseExportPath = [](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            parent, tr("Export the message"), suggested, tr("Text files (*.txt);;All files (*)"));
    };
    buildLayout();

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ScriptsPage::saveNow);

    connect(m_newFromTemplate, &QPushButton::clicked, this, &ScriptsPage::openTemplatePicker);
    connect(m_newBlank, &QPushButton::clicked, this, &ScriptsPage::createBlank);
    if (QPushButton *start = m_empty->setAction(tr("Start from a template")))
        connect(start, &QPushButton::clicked, this, &ScriptsPage::openTemplatePicker);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &ScriptsPage::scopeChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_refreshing || row < 0 || row >= m_scripts.size())
            return;
        // Opening a draft saves the one before, which rebuilds this list: not
        // from inside the list's own signal.
        const qint64 id = m_scripts.at(row).id;
        QMetaObject::invokeMethod(
            this, [this, id] { selectScript(id); }, Qt::QueuedConnection);
    });
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_editor->setFocus(Qt::OtherFocusReason); });
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ScriptsPage::askToDelete);
    auto *renameKey = new QShortcut(QKeySequence(Qt::Key_F2), m_list);
    renameKey->setContext(Qt::WidgetShortcut);
    connect(renameKey, &QShortcut::activated, this, &ScriptsPage::focusTitle);
    connect(m_rename, &QPushButton::clicked, this, &ScriptsPage::focusTitle);
    connect(m_duplicate, &QPushButton::clicked, this, &ScriptsPage::duplicateCurrent);
    connect(m_delete, &QPushButton::clicked, this, &ScriptsPage::askToDelete);
    connect(m_confirmDelete, &QPushButton::clicked, this, &ScriptsPage::confirmDelete);
    connect(m_keep, &QPushButton::clicked, this, &ScriptsPage::cancelDelete);
    connect(m_notice, &NoticeBar::actionTriggered, this, &ScriptsPage::undoDelete);

    connect(m_title, &QLineEdit::editingFinished, this, &ScriptsPage::titleEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScriptsPage::kindChosen);
    connect(m_for, &QComboBox::currentIndexChanged, this, &ScriptsPage::relationshipChosen);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ScriptsPage::textEdited);
    connect(m_editor, &QPlainTextEdit::undoAvailable, m_undo, &QPushButton::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, m_redo, &QPushButton::setEnabled);
    connect(m_undo, &QPushButton::clicked, m_editor, &QPlainTextEdit::undo);
    connect(m_redo, &QPushButton::clicked, m_editor, &QPlainTextEdit::redo);
    connect(m_copy, &QPushButton::clicked, this, &ScriptsPage::copyMessage);
    connect(m_export, &QPushButton::clicked, this, &ScriptsPage::exportMessage);
    connect(m_placeholders, &PlaceholderPanel::valuesChanged, this, &ScriptsPage::valuesEdited);
    connect(m_placeholders, &PlaceholderPanel::fillRequested, this, &ScriptsPage::fillPlaceholders);
    connect(m_checker, &CheckerPanel::findingChosen, this, &ScriptsPage::showFinding);
    connect(m_checker, &CheckerPanel::dismissRequested, this, &ScriptsPage::dismiss);
    connect(m_checker, &CheckerPanel::restoreRequested, this, &ScriptsPage::restoreDismissed);

    connect(&m_context, &SessionContext::currentRelationshipChanged, this, &ScriptsPage::relationshipChanged);
    connect(&m_context, &SessionContext::relationshipsChanged, this, &ScriptsPage::refresh);
    connect(&m_context.database(), &Database::changed, this, &ScriptsPage::refresh);
    // Last chance before the vault saves and locks.
    connect(&m_context, &SessionContext::closing, this, &ScriptsPage::saveNow);

    if (!templateLibrary().ok())
        m_notice->showMessage(templateLibrary().error().message, NoticeBar::Kind::Attention);
    else if (!checkerRules().ok())
        m_notice->showMessage(checkerRules().error().message, NoticeBar::Kind::Attention);

    fillScope();
    refresh();
}

ScriptsPage::~ScriptsPage() = default;

void ScriptsPage::buildLayout()
{
    auto *header = new PageHeader(tr("Messages"),
        tr("Draft what you need to say: short, firm and calm. Nothing leaves Bearings unless you copy or export it."));
    m_newFromTemplate->setObjectName(u"newFromTemplate"_s);
    m_newFromTemplate->setAccessibleName(tr("Start a new draft from a template"));
    m_newFromTemplate->setDefault(false);
    m_newBlank->setObjectName(u"newBlank"_s);
    m_newBlank->setAccessibleName(tr("Start a blank draft"));
    header->addAction(m_newBlank);
    header->addAction(m_newFromTemplate);
    m_notice->setObjectName(u"scriptsNotice"_s);
    m_empty->setObjectName(u"scriptsEmpty"_s);

    // Drafts.
    m_scope->setObjectName(u"scriptScope"_s);
    m_scope->setAccessibleName(tr("Which drafts to show"));
    m_list->setObjectName(u"scriptList"_s);
    m_list->setAccessibleName(tr("Drafts, most recently changed first"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(false);
    m_list->setItemDelegate(new TwoLineItemDelegate(m_list));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rename->setObjectName(u"renameScript"_s);
    m_rename->setAccessibleName(tr("Rename the selected draft"));
    m_duplicate->setObjectName(u"duplicateScript"_s);
    m_duplicate->setAccessibleName(tr("Duplicate the selected draft"));
    m_delete->setObjectName(u"deleteScript"_s);
    m_delete->setAccessibleName(tr("Delete the selected draft"));
    m_confirm->setObjectName(u"deleteConfirmation"_s);
    m_confirmText->setText(tr("Delete this draft? You can undo this until you lock Bearings."));
    m_confirmDelete->setObjectName(u"confirmDelete"_s);
    m_confirmDelete->setAccessibleName(tr("Yes, delete the draft"));
    m_keep->setObjectName(u"keepScript"_s);
    m_keep->setAccessibleName(tr("Keep the draft"));
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->setSpacing(Spacing::Small);
    confirmButtons->addStretch(1);
    confirmButtons->addWidget(m_keep);
    confirmButtons->addWidget(m_confirmDelete);
    auto *confirmLayout = new QVBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    confirmLayout->setSpacing(Spacing::Small);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);
    m_confirm->setVisible(false);

    auto *draftButtons = new QHBoxLayout;
    draftButtons->setSpacing(Spacing::Small);
    draftButtons->addWidget(m_rename);
    draftButtons->addWidget(m_duplicate);
    draftButtons->addWidget(m_delete);

    auto *draftsCard = new Card(tr("Drafts"));
    draftsCard->setObjectName(u"draftsCard"_s);
    draftsCard->body()->addWidget(m_scope);
    draftsCard->body()->addWidget(m_list, 1);
    draftsCard->body()->addLayout(draftButtons);
    draftsCard->body()->addWidget(m_confirm);
    draftsCard->setMinimumWidth(230);

    // The editor.
    m_title->setObjectName(u"scriptTitle"_s);
    m_title->setAccessibleName(tr("Title of this draft"));
    m_title->setMaxLength(MessageScriptRepository::kMaxTitleLength);
    m_title->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    m_kind->setObjectName(u"scriptKind"_s);
    m_kind->setAccessibleName(tr("Kind of message"));
    for (const auto &[kind, key] : kScriptKindKeys)
        m_kind->addItem(TemplateLibrary::kindLabel(kind), int(kind));
    m_kind->setToolTip(tr("The checker adjusts to the kind: an apology may say sorry, and a message that ends "
                          "contact should not ask questions."));
    m_for->setObjectName(u"scriptFor"_s);
    m_for->setAccessibleName(tr("Who this draft is for"));
    m_undo->setObjectName(u"undoEdit"_s);
    m_undo->setAccessibleName(tr("Undo the last change to the message"));
    m_undo->setEnabled(false);
    m_redo->setObjectName(u"redoEdit"_s);
    m_redo->setAccessibleName(tr("Redo the change"));
    m_redo->setEnabled(false);
    m_saveState->setObjectName(u"saveState"_s);
    m_saveState->setProperty("bearingsRole", u"caption"_s);
    m_editor->setObjectName(u"scriptEditor"_s);
    m_editor->setAccessibleName(tr("Message"));
    m_editor->setPlaceholderText(tr("Write your message here. Put blanks in square brackets, such as [Name]."));
    m_editor->setMinimumHeight(140);
    m_preview->setObjectName(u"preview"_s);
    m_preview->setAccessibleName(tr("Preview of the final message"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    m_preview->setMinimumHeight(90);
    m_counts->setObjectName(u"counts"_s);
    m_counts->setProperty("bearingsRole", u"caption"_s);
    m_copy->setObjectName(u"copyMessage"_s);
    m_copy->setAccessibleName(tr("Copy the final message"));
    m_copy->setToolTip(tr("Bearings clears the clipboard again after a short while."));
    m_export->setObjectName(u"exportMessage"_s);
    m_export->setAccessibleName(tr("Export the final message as a text file"));

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(Spacing::Small);
    titleRow->addWidget(buddyLabel(tr("Title"), m_title));
    titleRow->addWidget(m_title, 1);
    auto *detailsRow = new QHBoxLayout;
    detailsRow->setSpacing(Spacing::Small);
    detailsRow->addWidget(buddyLabel(tr("Kind"), m_kind));
    detailsRow->addWidget(m_kind, 1);
    detailsRow->addSpacing(Spacing::Small);
    detailsRow->addWidget(buddyLabel(tr("For"), m_for));
    detailsRow->addWidget(m_for, 1);
    auto *editRow = new QHBoxLayout;
    editRow->setSpacing(Spacing::Small);
    editRow->addWidget(m_undo);
    editRow->addWidget(m_redo);
    editRow->addStretch(1);
    editRow->addWidget(m_saveState);

    auto *previewBox = new QWidget;
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, Spacing::Small, 0, 0);
    previewLayout->setSpacing(Spacing::XSmall);
    auto *previewTitle = buddyLabel(tr("Final message"), m_preview);
    previewTitle->setFont(Theme::font(Theme::TextStyle::SectionTitle));
    auto *previewHead = new QHBoxLayout;
    previewHead->addWidget(previewTitle);
    previewHead->addStretch(1);
    previewHead->addWidget(m_counts);
    previewLayout->addLayout(previewHead);
    previewLayout->addWidget(m_preview, 1);

    auto *textSplit = new QSplitter(Qt::Vertical);
    textSplit->setObjectName(u"textSplit"_s);
    textSplit->setChildrenCollapsible(false);
    textSplit->addWidget(m_editor);
    textSplit->addWidget(previewBox);
    textSplit->setStretchFactor(0, 3);
    textSplit->setStretchFactor(1, 2);

    auto *sendRow = new QHBoxLayout;
    sendRow->setSpacing(Spacing::Small);
    sendRow->addStretch(1);
    sendRow->addWidget(m_export);
    sendRow->addWidget(m_copy);

    auto *editorCard = new Card;
    editorCard->setObjectName(u"editorCard"_s);
    editorCard->body()->addLayout(titleRow);
    editorCard->body()->addLayout(detailsRow);
    editorCard->body()->addLayout(editRow);
    editorCard->body()->addWidget(textSplit, 1);
    editorCard->body()->addLayout(sendRow);
    editorCard->setMinimumWidth(360);

    // Blanks and checker.
    auto *blanksScroll = new QScrollArea;
    blanksScroll->setObjectName(u"blanksScroll"_s);
    blanksScroll->setWidgetResizable(true);
    blanksScroll->setFrameShape(QFrame::NoFrame);
    blanksScroll->setFocusPolicy(Qt::NoFocus);
    blanksScroll->setWidget(m_placeholders);
    blanksScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The card's colour shows through, as everywhere else in a card.
    blanksScroll->viewport()->setAutoFillBackground(false);
    m_placeholders->setAutoFillBackground(false);
    auto *blanksCard = new Card(tr("Fill in the blanks"));
    blanksCard->setObjectName(u"blanksCard"_s);
    blanksCard->body()->addWidget(blanksScroll, 1);
    auto *checkCard = new Card(tr("Check"));
    checkCard->setObjectName(u"checkCard"_s);
    checkCard->body()->addWidget(m_checker, 1);
    auto *side = new QSplitter(Qt::Vertical);
    side->setObjectName(u"sideSplit"_s);
    side->setChildrenCollapsible(false);
    side->addWidget(blanksCard);
    side->addWidget(checkCard);
    side->setStretchFactor(0, 1);
    side->setStretchFactor(1, 2);
    side->setSizes({320, 380});
    side->setMinimumWidth(260);

    auto *work = new QSplitter(Qt::Horizontal);
    work->setObjectName(u"workSplit"_s);
    work->setChildrenCollapsible(false);
    work->addWidget(editorCard);
    work->addWidget(side);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 2);

    m_noSelection->setObjectName(u"noSelection"_s);
    m_noSelection->setAlignment(Qt::AlignCenter);
    m_noSelection->setText(tr("Choose a draft on the left, or start a new one from a template."));
    auto *noSelectionBox = new QWidget;
    auto *noSelectionLayout = new QVBoxLayout(noSelectionBox);
    noSelectionLayout->addStretch(1);
    noSelectionLayout->addWidget(m_noSelection);
    noSelectionLayout->addStretch(2);
    m_editorStack->addWidget(noSelectionBox);
    m_editorStack->addWidget(work);

    auto *main = new QSplitter(Qt::Horizontal);
    main->setObjectName(u"mainSplit"_s);
    main->setChildrenCollapsible(false);
    main->addWidget(draftsCard);
    main->addWidget(m_editorStack);
    main->setStretchFactor(0, 0);
    main->setStretchFactor(1, 1);
    main->setSizes({250, 900});

    m_stack->addWidget(m_empty);
    m_stack->addWidget(main);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Large);
    layout->addWidget(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_stack, 1);

    // Keyboard order: drafts, then the editor from top to bottom, then the
    // blanks and the checker.
    setTabOrder(m_scope, m_list);
    setTabOrder(m_list, m_rename);
    setTabOrder(m_rename, m_duplicate);
    setTabOrder(m_duplicate, m_delete);
    setTabOrder(m_delete, m_keep);
    setTabOrder(m_keep, m_confirmDelete);
    setTabOrder(m_confirmDelete, m_title);
    setTabOrder(m_title, m_kind);
    setTabOrder(m_kind, m_for);
    setTabOrder(m_for, m_undo);
    setTabOrder(m_undo, m_redo);
    setTabOrder(m_redo, m_editor);
    setTabOrder(m_editor, m_preview);
    setTabOrder(m_preview, m_export);
    setTabOrder(m_export, m_copy);
    setTabOrder(m_copy, m_placeholders);
}

TemplatePickerDialog *ScriptsPage::templatePicker() const
{
    return m_picker.data();
}

void ScriptsPage::setExportPathChooser(PathChooser chooser)
{
    m_chooseExportPath = std::move(chooser);
}

qint64 ScriptsPage::scopeRelationship() const
{
    return m_scope->currentData().toLongLong();
}

QHash<QString, QString> ScriptsPage::currentValues() const
{
    return m_current ? m_values.value(m_current->id) : QHash<QString, QString> {};
}

QString ScriptsPage::finalMessage() const
{
    if (!m_current)
        return {};
    return Placeholders::fill(m_editor->toPlainText(), currentValues()).trimmed();
}

void ScriptsPage::relationshipChanged()
{
    saveNow();
    cancelDelete();
    fillScope();
    refresh();
}

void ScriptsPage::fillScope()
{
    if (!m_context.isOpen())
        return;
    const qint64 relationship = m_context.currentRelationshipId();
    QString name;
    if (relationship > 0) {
        if (const Result<Relationship> r = RelationshipRepository(m_context.database()).get(relationship); r.ok())
            name = r.value().name;
    }
    const QSignalBlocker block(m_scope);
    m_scope->clear();
    if (relationship > 0 && !name.isEmpty())
        m_scope->addItem(tr("For %1").arg(name), relationship);
    m_scope->addItem(tr("All drafts"), qint64(0));
    m_scope->setCurrentIndex(m_showAll ? m_scope->count() - 1 : 0);
}

void ScriptsPage::showAllDrafts()
{
    m_showAll = true;
    const QSignalBlocker block(m_scope);
    m_scope->setCurrentIndex(m_scope->count() - 1);
}

void ScriptsPage::scopeChanged()
{
    // Only the person changes this (the page blocks the signal); remember it.
    m_showAll = scopeRelationship() == 0;
    saveNow();
    cancelDelete();
    refresh();
}

void ScriptsPage::refresh()
{
    if (!m_context.isOpen() || m_refreshing)
        return;
    m_refreshing = true;
    MessageScriptRepository repo(m_context.database());

    m_relationshipNames.clear();
    if (const Result<QList<Relationship>> all = RelationshipRepository(m_context.database()).list(true); all.ok()) {
        for (const Relationship &r : all.value())
            m_relationshipNames.insert(r.id, r.name);
    }
    // A relationship may have been renamed or deleted.
    const qint64 scope = scopeRelationship();
    if (scope > 0 && !m_relationshipNames.contains(scope)) {
        m_refreshing = false;
        fillScope();
        m_refreshing = true;
    } else if (scope > 0) {
        m_scope->setItemText(0, tr("For %1").arg(m_relationshipNames.value(scope)));
    }

    const Result<QList<MessageScript>> everything = repo.list(0);
    if (!everything.ok())
        m_notice->showMessage(everything.error().message, NoticeBar::Kind::Attention);
    const QList<MessageScript> all = everything.ok() ? everything.value() : QList<MessageScript> {};

    m_scripts.clear();
    const qint64 shown = scopeRelationship();
    for (const MessageScript &s : all) {
        if (shown == 0 || s.relationshipId == shown)
            m_scripts.append(s);
    }

    // The open draft: still there and in this list? Pick up what others
    // changed (not the text being edited, which this page owns).
    if (m_current) {
        const qint64 id = m_current->id;
        const auto found
            = std::find_if(m_scripts.cbegin(), m_scripts.cend(), [id](const MessageScript &s) { return s.id == id; });
        if (found == m_scripts.cend()) {
            // Saved while refreshing: the nested refresh is skipped, this one goes on.
            saveNow();
            m_current.reset();
            m_dirty = false;
            m_autosave.stop();
        } else if (!m_dirty) {
            m_current = *found;
        }
    }

    m_stack->setCurrentIndex(all.isEmpty() ? 0 : 1);
    fillRelationshipChoices();
    fillList();
    m_refreshing = false;

    if (m_current) {
        // The title may have changed elsewhere.
        if (!m_title->hasFocus() && m_title->text() != m_current->title)
            m_title->setText(m_current->title);
    } else if (!m_scripts.isEmpty()) {
        selectScript(m_scripts.first().id);
    } else {
        clearEditor();
    }
    updateButtons();
}

void ScriptsPage::fillList()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const bool showPerson = scopeRelationship() == 0;
    int currentRow = -1;
    for (int i = 0; i < m_scripts.size(); ++i) {
        const MessageScript &s = m_scripts.at(i);
        const QString person = showPerson ? m_relationshipNames.value(s.relationshipId) : QString();
        const QString details = ScriptText::draftDetails(s, person);
        auto *item = new QListWidgetItem(s.title, m_list);
        item->setData(TwoLineItemDelegate::kDetailsRole, details);
        item->setData(Qt::UserRole, s.id);
        item->setData(Qt::AccessibleTextRole, s.title);
        item->setData(Qt::AccessibleDescriptionRole, details);
        item->setToolTip(s.title);
        if (m_current && s.id == m_current->id)
            currentRow = i;
    }
    if (currentRow >= 0)
        m_list->setCurrentRow(currentRow);
}

void ScriptsPage::fillRelationshipChoices()
{
    const qint64 chosen = m_current ? m_current->relationshipId : 0;
    const QSignalBlocker block(m_for);
    m_for->clear();
    m_for->addItem(tr("No one in particular"), qint64(0));
    if (const Result<QList<Relationship>> list = RelationshipRepository(m_context.database()).list(false); list.ok()) {
        for (const Relationship &r : list.value())
            m_for->addItem(r.name, r.id);
    }
    // An archived relationship stays visible on its own drafts.
    if (chosen > 0 && m_for->findData(chosen) < 0 && m_relationshipNames.contains(chosen))
        m_for->addItem(m_relationshipNames.value(chosen), chosen);
    m_for->setCurrentIndex(qMax(0, m_for->findData(chosen)));
}

void ScriptsPage::selectScript(qint64 id)
{
    if (!m_context.isOpen())
        return;
    if (m_current && m_current->id == id) {
        fillList();
        return;
    }
    saveNow();
    cancelDelete();
    const Result<MessageScript> script = MessageScriptRepository(m_context.database()).get(id);
    if (!script.ok()) {
        m_notice->showMessage(script.error().message, NoticeBar::Kind::Attention);
        return;
    }
    m_current = script.value();
    // Shown in the list of this scope? If not (moved to someone else), show all drafts.
    const bool listed
        = std::any_of(m_scripts.cbegin(), m_scripts.cend(), [id](const MessageScript &s) { return s.id == id; });
    if (!listed && scopeRelationship() != 0) {
        showAllDrafts();
        refresh();
    } else {
        fillList();
    }
    loadCurrentIntoEditor();
}

void ScriptsPage::loadCurrentIntoEditor()
{
    if (!m_current) {
        clearEditor();
        return;
    }
    m_loading = true;
    m_editorStack->setCurrentIndex(1);
    m_title->setText(m_current->title);
    {
        const QSignalBlocker block(m_kind);
        m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(m_current->kind))));
    }
    fillRelationshipChoices();
    // setPlainText also starts a fresh undo history for this draft.
    m_editor->setPlainText(m_current->body);
    m_dirty = false;
    m_loading = false;
    setSaveState(tr("Saves as you type"));
    updateDerived();
    updateButtons();
}

void ScriptsPage::clearEditor()
{
    m_loading = true;
    m_current.reset();
    m_dirty = false;
    m_autosave.stop();
    m_title->clear();
    m_editor->clear();
    m_loading = false;
    m_editorStack->setCurrentIndex(0);
    m_noSelection->setText(m_scripts.isEmpty() && scopeRelationship() != 0
            ? tr("No drafts for this relationship yet. Start one from a template, or show all drafts.")
            : tr("Choose a draft on the left, or start a new one from a template."));
    updateDerived();
    updateButtons();
}

void ScriptsPage::textEdited()
{
    if (m_loading || !m_current)
        return;
    m_dirty = true;
    m_autosave.start();
    setSaveState(tr("Editing…"));
    updateDerived();
}

void ScriptsPage::saveNow()
{
    m_autosave.stop();
    if (!m_dirty || !m_current || !m_context.isOpen())
        return;
    MessageScript script = *m_current;
    script.body = m_editor->toPlainText();
    const Status saved = MessageScriptRepository(m_context.database()).update(script);
    if (!saved.ok()) {
        setSaveState(tr("Not saved"));
        m_notice->showMessage(saved.error().message, NoticeBar::Kind::Attention);
        return;
    }
    m_dirty = false;
    m_current = script;
    setSaveState(tr("Saved"));
}

void ScriptsPage::setSaveState(const QString &text)
{
    m_saveState->setText(text);
}

void ScriptsPage::titleEdited()
{
    if (!m_current || !m_context.isOpen())
        return;
    const QString title = m_title->text().trimmed();
    if (title == m_current->title)
        return;
    if (const Status renamed = MessageScriptRepository(m_context.database()).rename(m_current->id, title);
        !renamed.ok()) {
        m_notice->showMessage(renamed.error().message, NoticeBar::Kind::Attention);
        m_title->setText(m_current->title);
        return;
    }
    m_current->title = title;
}

void ScriptsPage::kindChosen()
{
    if (m_loading || !m_current)
        return;
    m_current->kind = ScriptKind(m_kind->currentData().toInt());
    m_dirty = true;
    saveNow();
    updateDerived();
}

void ScriptsPage::relationshipChosen()
{
    if (m_loading || !m_current)
        return;
    const qint64 chosen = m_for->currentData().toLongLong();
    if (chosen == m_current->relationshipId)
        return;
    m_current->relationshipId = chosen;
    m_dirty = true;
    // Moved out of the relationship shown: show all drafts, so it stays in view.
    if (scopeRelationship() != 0 && chosen != scopeRelationship())
        showAllDrafts();
    saveNow();
}

void ScriptsPage::valuesEdited()
{
    if (!m_current)
        return;
    QHash<QString, QString> &values = m_values[m_current->id];
    const QHash<QString, QString> typed = m_placeholders->values();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it)
        values.insert(it.key(), it.value());
    updateDerived();
}

void ScriptsPage::updateDerived()
{
    const QString body = m_current ? m_editor->toPlainText() : QString();
    const QHash<QString, QString> values = currentValues();

    m_placeholders->setPlaceholders(Placeholders::names(body), values);

    const QString final = Placeholders::fill(body, values).trimmed();
    if (m_preview->toPlainText() != final)
        m_preview->setPlainText(final);
    m_counts->setText(ScriptText::counts(MessageChecker::wordCount(final), MessageChecker::characterCount(final)));
    m_counts->setAccessibleName(m_counts->text());

    QList<TextSpan> filled;
    for (const PlaceholderSpan &span : Placeholders::find(body)) {
        if (Placeholders::isFilled(span.name, values))
            filled.append({span.start, span.length});
    }
    m_editor->setFilledSpans(filled);

    m_findings.clear();
    int dismissed = 0;
    if (m_current && checkerRules().ok()) {
        CheckContext context;
        context.kind = m_current->kind;
        context.language = checkerLanguage();
        context.fills = values;
        const QSet<QString> set = m_dismissed.value(m_current->id);
        for (const CheckerFinding &f : MessageChecker::check(body, checkerRules().value(), context)) {
            if (set.contains(f.key()))
                ++dismissed;
            else
                m_findings.append(f);
        }
    }
    m_checker->setFindings(m_findings, dismissed);
    QList<TextSpan> underlined;
    for (const CheckerFinding &f : std::as_const(m_findings)) {
        // Blanks already stand out through the syntax colours.
        if (f.ruleId != u"unfilled-placeholder"_s)
            underlined.append({f.start, f.length});
    }
    m_editor->setFindingSpans(underlined);
    updateButtons();
}

void ScriptsPage::updateButtons()
{
    const bool open = m_current.has_value();
    m_rename->setEnabled(open);
    m_duplicate->setEnabled(open);
    m_delete->setEnabled(open);
    const bool hasText = open && !m_editor->toPlainText().trimmed().isEmpty();
    m_copy->setEnabled(hasText);
    m_export->setEnabled(hasText);
}

void ScriptsPage::showFinding(const CheckerFinding &finding, bool moveFocus)
{
    m_editor->selectSpan(finding.start, finding.length);
    if (moveFocus)
        m_editor->setFocus(Qt::OtherFocusReason);
}

void ScriptsPage::dismiss(const CheckerFinding &finding)
{
    if (!m_current)
        return;
    m_dismissed[m_current->id].insert(finding.key());
    updateDerived();
}

void ScriptsPage::restoreDismissed()
{
    if (!m_current)
        return;
    m_dismissed.remove(m_current->id);
    updateDerived();
    m_checker->list()->setFocus(Qt::OtherFocusReason);
}

void ScriptsPage::fillPlaceholders()
{
    if (!m_current)
        return;
    const QHash<QString, QString> values = currentValues();
    QList<PlaceholderSpan> spans;
    for (const PlaceholderSpan &span : Placeholders::find(m_editor->toPlainText())) {
        if (Placeholders::isFilled(span.name, values))
            spans.append(span);
    }
    if (spans.isEmpty())
        return;
    // One edit block: a single Undo brings every blank back.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        cursor.setPosition(int(it->start));
        cursor.setPosition(int(it->start + it->length), QTextCursor::KeepAnchor);
        cursor.insertText(values.value(it->name).trimmed());
    }
    cursor.endEditBlock();
    m_notice->showMessage(spans.size() == 1 ? tr("Filled in 1 blank. Undo takes it back.")
                                            : tr("Filled in %1 blanks. Undo takes them back.").arg(spans.size()));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ScriptsPage::copyMessage()
{
    const QString text = finalMessage();
    if (text.isEmpty()) {
        m_notice->showMessage(tr("There is nothing to copy yet."));
        return;
    }
    m_context.clipboard().copy(text);
    const int seconds = m_context.clipboard().clearAfterSeconds();
    const bool blanksLeft = !Placeholders::unfilled(m_editor->toPlainText(), currentValues()).isEmpty();
    QString message;
    if (seconds > 0)
        message = tr("Copied. Bearings clears it from the clipboard in %1 seconds.").arg(seconds);
    else
        message = tr("Copied. Bearings clears it from the clipboard when it locks.");
    if (blanksLeft)
        message = tr("Some blanks are still empty.") + u' ' + message;
    m_notice->showMessage(message);
}

void ScriptsPage::exportMessage()
{
    const QString text = finalMessage();
    if (text.isEmpty())
        return;
    const QString path = m_chooseExportPath ? m_chooseExportPath(this, defaultExportPath()) : QString();
    if (path.isEmpty())
        return;
    if (const Status written = FileIo::writeAtomically(path, (text + u'\n').toUtf8()); !written.ok()) {
        m_notice->showMessage(written.error().message, NoticeBar::Kind::Attention);
        return;
    }
    m_notice->showMessage(tr("Saved to %1. It is plain text, so anyone who can open that folder can read it.")
                              .arg(QDir::toNativeSeparators(path)));
}

void ScriptsPage::openTemplatePicker()
{
    if (!templateLibrary().ok()) {
        m_notice->showMessage(templateLibrary().error().message, NoticeBar::Kind::Attention);
        return;
    }
    if (m_picker) {
        m_picker->raise();
        m_picker->activateWindow();
        return;
    }
    saveNow();
    m_picker = new TemplatePickerDialog(templateLibrary().value(), this);
    m_picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_picker, &QDialog::finished, this, &ScriptsPage::pickerFinished);
    m_picker->open();
}

void ScriptsPage::pickerFinished(int result)
{
    // finished can come twice if the dialog is accepted twice in a row; only
    // the first counts.
    TemplatePickerDialog *picker = m_picker;
    if (!picker || sender() != picker)
        return;
    m_picker = nullptr;
    const std::optional<ScriptTemplate> chosen = picker->selectedTemplate();
    if (result == QDialog::Accepted && chosen)
        createFromTemplate(chosen->id);
    else
        m_newFromTemplate->setFocus(Qt::OtherFocusReason);
}

bool ScriptsPage::createFromTemplate(const QString &templateId)
{
    if (!templateLibrary().ok() || !m_context.isOpen())
        return false;
    const std::optional<ScriptTemplate> t = templateLibrary().value().find(templateId);
    if (!t) {
        m_notice->showMessage(tr("That template is no longer available."), NoticeBar::Kind::Attention);
        return false;
    }
    MessageScript script;
    script.relationshipId = scopeRelationship();
    script.title = t->title;
    script.kind = t->kind;
    script.body = t->body;
    const bool blanks = !Placeholders::find(t->body).isEmpty();
    return addAndOpen(script,
        blanks ? tr("A new draft from “%1”. Fill in the blanks on the right, then read it through.").arg(t->title)
               : tr("A new draft from “%1”.").arg(t->title));
}

void ScriptsPage::createBlank()
{
    if (!m_context.isOpen())
        return;
    MessageScript script;
    script.relationshipId = scopeRelationship();
    script.title = tr("New message");
    script.kind = ScriptKind::Custom;
    addAndOpen(script, QString());
}

bool ScriptsPage::addAndOpen(MessageScript &script, const QString &notice)
{
    saveNow();
    const Result<qint64> added = MessageScriptRepository(m_context.database()).add(script);
    if (!added.ok()) {
        m_notice->showMessage(added.error().message, NoticeBar::Kind::Attention);
        return false;
    }
    // The database change already refreshed the list; open the new draft.
    selectScript(added.value());
    if (!notice.isEmpty())
        m_notice->showMessage(notice);
    m_editor->setFocus(Qt::OtherFocusReason);
    return true;
}

void ScriptsPage::focusTitle()
{
    if (!m_current)
        return;
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

void ScriptsPage::duplicateCurrent()
{
    if (!m_current || !m_context.isOpen())
        return;
    saveNow();
    const Result<MessageScript> copy = MessageScriptRepository(m_context.database()).duplicate(m_current->id);
    if (!copy.ok()) {
        m_notice->showMessage(copy.error().message, NoticeBar::Kind::Attention);
        return;
    }
    // Values typed for the original's blanks carry over to the copy.
    m_values.insert(copy.value().id, currentValues());
    selectScript(copy.value().id);
    m_notice->showMessage(tr("Made a copy: “%1”.").arg(copy.value().title));
}

void ScriptsPage::askToDelete()
{
    if (!m_current)
        return;
    m_pendingDelete = m_current->id;
    m_confirmText->setText(tr("Delete “%1”? You can undo this until you lock Bearings.").arg(m_current->title));
    m_confirm->setVisible(true);
    m_keep->setFocus(Qt::OtherFocusReason);
}

void ScriptsPage::cancelDelete()
{
    m_pendingDelete = 0;
    m_confirm->setVisible(false);
}

void ScriptsPage::confirmDelete()
{
    if (!m_context.isOpen() || m_pendingDelete <= 0)
        return;
    const qint64 id = m_pendingDelete;
    cancelDelete();
    saveNow();
    MessageScriptRepository repo(m_context.database());
    const Result<MessageScript> stored = repo.get(id);
    if (!stored.ok()) {
        m_notice->showMessage(stored.error().message, NoticeBar::Kind::Attention);
        return;
    }
    if (const Status removed = repo.remove(id); !removed.ok()) {
        m_notice->showMessage(removed.error().message, NoticeBar::Kind::Attention);
        return;
    }
    m_deleted = stored.value();
    m_notice->showMessage(tr("The draft was deleted."), NoticeBar::Kind::Info, tr("Undo"));
    m_list->setFocus(Qt::OtherFocusReason);
}

void ScriptsPage::undoDelete()
{
    if (!m_context.isOpen() || !m_deleted)
        return;
    MessageScript script = *m_deleted;
    const qint64 oldId = script.id;
    script.id = 0;
    // The relationship may have gone in the meantime; keep the draft anyway.
    if (script.relationshipId > 0 && !m_relationshipNames.contains(script.relationshipId))
        script.relationshipId = 0;
    const Result<qint64> added = MessageScriptRepository(m_context.database()).add(script);
    if (!added.ok()) {
        m_notice->showMessage(added.error().message, NoticeBar::Kind::Attention);
        return;
    }
    m_deleted.reset();
    if (m_values.contains(oldId))
        m_values.insert(added.value(), m_values.take(oldId));
    if (m_dismissed.contains(oldId))
        m_dismissed.insert(added.value(), m_dismissed.take(oldId));
    selectScript(added.value());
    m_notice->showMessage(tr("The draft is back."));
}

} // namespace bearings::ui
