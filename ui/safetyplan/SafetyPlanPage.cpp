#include "SafetyPlanPage.h"

#include "SafetyPlanEditor.h"
#include "common/FileDialogs.h"
#include "common/NoticeBar.h"
#include "common/PageHeader.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "mainwindow/Area.h"
#include "mainwindow/SessionContext.h"
#include "print/DocumentPrinter.h"
#include "safetyplan/SafetyPlanDocument.h"
#include "safetyplan/SafetyPlanRepository.h"
#include "storage/Database.h"

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

using Format = SafetyPlanExport::Format;
using Paper = HtmlDocumentExport::Paper;

// Long enough to gather a word or two of typing into one save.
constexpr int kSaveDelayMs = 500;
constexpr int kPreviewMaxWidth = 860;
constexpr int kPreviewMargin = 36;
constexpr int kPreviewStretch = 20;

// Compares what is written, not when it was.
bool sameContent(SafetyPlan a, SafetyPlan b)
{
    a = SafetyPlanDocument::withoutBlankRows(a);
    b = SafetyPlanDocument::withoutBlankRows(b);
    a.updatedAt = b.updatedAt;
    return a == b;
}

} // namespace

SafetyPlanPage::SafetyPlanPage(SessionContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_notice(new NoticeBar)
    , m_safetyLine(new WrapLabel)
    , m_editMode(new QPushButton(tr("Edit")))
    , m_previewMode(new QPushButton(tr("See it printed")))
    , m_paper(new QComboBox)
    , m_print(new QPushButton(tr("Print…")))
    , m_printPreview(new QPushButton(tr("Print preview…")))
    , m_export(new QPushButton(tr("Export")))
    , m_card(new QPushButton(tr("Wallet card")))
    , m_stack(new QStackedWidget)
    , m_editor(new SafetyPlanEditor)
    , m_preview(new QTextBrowser)
    , m_saveTimer(new QTimer(this))
{
    setObjectName(u"safetyPlanPage"_s);
    setAccessibleName(AreaInfo::title(Area::SafetyPlan));

    auto *header = new PageHeader(AreaInfo::title(Area::SafetyPlan), AreaInfo::subtitle(Area::SafetyPlan));
    m_notice->setObjectName(u"safetyPlanNotice"_s);

    m_print->setObjectName(u"print"_s);
    m_print->setAccessibleName(tr("Print the plan"));
    m_print->setToolTip(tr("Print the plan (Ctrl+P)"));
    m_printPreview->setObjectName(u"printPreview"_s);
    m_printPreview->setAccessibleName(tr("Print preview of the plan"));

    m_export->setObjectName(u"export"_s);
    m_export->setAccessibleName(tr("Export the plan to a file"));
    auto *exportMenu = new QMenu(m_export);
    exportMenu->setObjectName(u"exportMenu"_s);
    const std::pair<Format, QString> exports[] = {
        {Format::Pdf, tr("PDF…")},
        {Format::Html, tr("Web page (HTML)…")},
        {Format::Text, tr("Plain text…")},
        {Format::Markdown, tr("Markdown…")},
    };
    for (const auto &[format, label] : exports) {
        QAction *action = exportMenu->addAction(label);
        action->setObjectName(u"export_%1"_s.arg(SafetyPlanExport::key(format)));
        connect(action, &QAction::triggered, this, [this, f = format] { exportPlan(f); });
    }
    m_export->setMenu(exportMenu);

    m_card->setObjectName(u"walletCard"_s);
    m_card->setAccessibleName(tr("Wallet card with the essentials"));
    m_card->setToolTip(tr("The emergency number, a helpline, two people, the code word and a safe place, on a card "
                          "the size of a bank card."));
    auto *cardMenu = new QMenu(m_card);
    cardMenu->setObjectName(u"cardMenu"_s);
    connect(cardMenu->addAction(tr("Print…")), &QAction::triggered, this, &SafetyPlanPage::printCard);
    connect(cardMenu->addAction(tr("Print preview…")), &QAction::triggered, this, &SafetyPlanPage::previewCard);
    connect(cardMenu->addAction(tr("Save as PDF…")), &QAction::triggered, this, [this] { exportCard(Format::Pdf); });
    connect(cardMenu->addAction(tr("Save as web page (HTML)…")), &QAction::triggered, this,
        [this] { exportCard(Format::Html); });
    m_card->setMenu(cardMenu);

    header->addAction(m_printPreview);
    header->addAction(m_print);
    header->addAction(m_export);
    header->addAction(m_card);

    // Safety first: the number to call stays in sight.
    m_safetyLine->setObjectName(u"safetyLine"_s);
    QFont safetyFont = Theme::font(Theme::TextStyle::Body);
    safetyFont.setWeight(QFont::DemiBold);
    m_safetyLine->setFont(safetyFont);
    m_safetyLine->setStyleSheet(u"color: %1;"_s.arg(Theme::accent(Theme::Accent::Safety).name()));

    // Edit or see it as it prints; the paper it is laid out for.
    m_editMode->setObjectName(u"editMode"_s);
    m_editMode->setAccessibleName(tr("Edit the plan"));
    m_editMode->setCheckable(true);
    m_editMode->setChecked(true);
    m_previewMode->setObjectName(u"previewMode"_s);
    m_previewMode->setAccessibleName(tr("See the plan as it prints"));
    m_previewMode->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_editMode);
    modes->addButton(m_previewMode);
    m_paper->setObjectName(u"paper"_s);
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), int(Paper::A4));
    m_paper->addItem(tr("US Letter"), int(Paper::Letter));
    auto *paperLabel = new QLabel(tr("&Paper:"));
    paperLabel->setBuddy(m_paper);
    auto *modeRow = new QHBoxLayout;
    modeRow->setSpacing(Spacing::Small);
    modeRow->addWidget(m_editMode);
    modeRow->addWidget(m_previewMode);
    modeRow->addStretch(1);
    modeRow->addWidget(paperLabel);
    modeRow->addWidget(m_paper);

    // The editor, scrolling.
    auto *editorContent = new QWidget;
    auto *editorLayout = new QVBoxLayout(editorContent);
    editorLayout->setContentsMargins(0, 0, Spacing::Small, 0);
    editorLayout->setSpacing(Spacing::Large);
    auto *savedHint = new WrapLabel(tr("Changes are saved in your encrypted vault as you make them. Nothing here "
                                       "leaves this computer unless you print or export it."));
    savedHint->setObjectName(u"savedHint"_s);
    savedHint->setProperty("bearingsRole", u"caption"_s);
    editorLayout->addWidget(savedHint);
    editorLayout->addWidget(m_editor);
    editorLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"safetyPlanScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(editorContent);

    // The plan as it prints: dark text on white paper in light and dark mode.
    m_preview->setObjectName(u"planPreview"_s);
    m_preview->setAccessibleName(tr("Your plan as it prints"));
    m_preview->setOpenLinks(false);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_preview->setMaximumWidth(kPreviewMaxWidth);
    m_preview->document()->setDocumentMargin(kPreviewMargin);
    QPalette paperPalette = m_preview->palette();
    paperPalette.setColor(QPalette::Base, Qt::white);
    paperPalette.setColor(QPalette::Text, Qt::black);
    m_preview->setPalette(paperPalette);
    auto *previewPage = new QWidget;
    auto *previewLayout = new QHBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    // As wide as a page at most, in the middle.
    previewLayout->addStretch(1);
    previewLayout->addWidget(m_preview, kPreviewStretch);
    previewLayout->addStretch(1);

    m_stack->addWidget(scroll);
    m_stack->addWidget(previewPage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(Spacing::XLarge, Spacing::XLarge, Spacing::XLarge, Spacing::XLarge);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(header);
    layout->addWidget(m_notice);
    layout->addWidget(m_safetyLine);
    layout->addLayout(modeRow);
    layout->addWidget(m_stack, 1);

    auto *printKey = new QShortcut(QKeySequence::Print, this);
    printKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(printKey, &QShortcut::activated, this, &SafetyPlanPage::print);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(kSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &SafetyPlanPage::saveNow);
    connect(m_editor, &SafetyPlanEditor::edited, this, &SafetyPlanPage::edited);
    connect(m_editMode, &QPushButton::clicked, this, &SafetyPlanPage::showEditor);
    connect(m_previewMode, &QPushButton::clicked, this, &SafetyPlanPage::showPreview);
    connect(m_print, &QPushButton::clicked, this, &SafetyPlanPage::print);
    connect(m_printPreview, &QPushButton::clicked, this, &SafetyPlanPage::printPreview);
    connect(m_paper, &QComboBox::activated, this, [this] {
        m_paperChosen = true;
        refreshPreview();
    });
    connect(&m_context.database(), &Database::changed, this, &SafetyPlanPage::databaseChanged);
    // Whatever is typed just before the vault locks is kept.
    connect(&m_context, &SessionContext::closing, this, [this] {
        if (m_saveTimer->isActive())
            saveNow();
    });

    reload();
}

HtmlDocumentExport::Paper SafetyPlanPage::paper() const
{
    return static_cast<Paper>(m_paper->currentData().toInt());
}

void SafetyPlanPage::setPaper(HtmlDocumentExport::Paper paper)
{
    m_paper->setCurrentIndex(m_paper->findData(int(paper)));
    m_paperChosen = true;
    refreshPreview();
}

bool SafetyPlanPage::isPreviewShown() const
{
    return m_stack->currentIndex() == 1;
}

void SafetyPlanPage::reload()
{
    if (!m_context.isOpen())
        return;
    const Result<SafetyPlan> stored = SafetyPlanRepository(m_context.database()).load();
    if (!stored.ok()) {
        showError(stored.error().message);
        return;
    }
    SafetyPlan plan = stored.value();
    // A plan never saved starts from the region chosen in the settings; the
    // starting hotline is a US one, so other regions start with none.
    if (!plan.updatedAt.isValid() && plan.region != m_context.defaultRegion()) {
        plan.region = m_context.defaultRegion();
        plan.emergencyNumber = SafetyPlanRepository::emergencyNumberFor(plan.region);
        plan.hotlines.clear();
    }
    m_editor->setPlan(plan);
    if (!m_paperChosen)
        m_paper->setCurrentIndex(m_paper->findData(int(SafetyPlanExport::paperFor(plan.region, QLocale()))));
    updateSafetyLine();
    refreshPreview();
}

bool SafetyPlanPage::saveNow()
{
    m_saveTimer->stop();
    if (!m_context.isOpen())
        return false;
    SafetyPlanRepository repository(m_context.database());
    SafetyPlan plan = m_editor->plan();
    const Result<SafetyPlan> stored = repository.load();
    if (stored.ok() && sameContent(stored.value(), plan))
        return true;
    m_saving = true;
    const Status saved = repository.save(plan);
    m_saving = false;
    if (!saved.ok()) {
        m_notice->showMessage(
            tr("Your latest changes could not be saved. %1").arg(saved.error().message), NoticeBar::Kind::Attention);
        return false;
    }
    return true;
}

void SafetyPlanPage::edited()
{
    m_saveTimer->start();
    if (!m_paperChosen) {
        const Paper paper = SafetyPlanExport::paperFor(m_editor->plan().region, QLocale());
        m_paper->setCurrentIndex(m_paper->findData(int(paper)));
    }
    updateSafetyLine();
}

void SafetyPlanPage::databaseChanged()
{
    // Our own saves, and edits about to be saved, are already on screen.
    if (m_saving || !m_context.isOpen() || m_saveTimer->isActive())
        return;
    const Result<SafetyPlan> stored = SafetyPlanRepository(m_context.database()).load();
    if (stored.ok() && !sameContent(stored.value(), m_editor->plan()))
        reload();
}

void SafetyPlanPage::updateSafetyLine()
{
    const QString number = m_editor->plan().emergencyNumber;
    m_safetyLine->setText(number.isEmpty() ? tr("If you are in danger right now, call your local emergency number.")
                                           : tr("If you are in danger right now, call %1.").arg(number));
    m_safetyLine->setAccessibleName(m_safetyLine->text());
}

QString SafetyPlanPage::documentHtml(bool card) const
{
    SafetyPlan plan = m_editor->plan();
    if (m_context.isOpen()) {
        if (const Result<SafetyPlan> stored = SafetyPlanRepository(m_context.database()).load(); stored.ok())
            plan.updatedAt = stored->updatedAt;
    }
    const SafetyPlanDocument::Options options {
        m_context.isOpen() ? m_context.database().clock().now() : QDateTime::currentDateTime(), QLocale()};
    return card ? SafetyPlanDocument::cardHtml(plan, options) : SafetyPlanDocument::html(plan, options);
}

void SafetyPlanPage::showEditor()
{
    m_editMode->setChecked(true);
    m_stack->setCurrentIndex(0);
}

void SafetyPlanPage::showPreview()
{
    saveNow();
    m_previewMode->setChecked(true);
    m_stack->setCurrentIndex(1);
    refreshPreview();
}

void SafetyPlanPage::refreshPreview()
{
    if (!isPreviewShown())
        return;
    const int scrolled = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(documentHtml());
    m_preview->verticalScrollBar()->setValue(scrolled);
}

HtmlDocumentExport::Layout SafetyPlanPage::printLayout(bool card) const
{
    return card ? HtmlDocumentExport::cardOnSheetLayout(paper(), SafetyPlanDocument::cardTitle())
                : HtmlDocumentExport::documentLayout(paper(), SafetyPlanDocument::title());
}

void SafetyPlanPage::print()
{
    saveNow();
    const QPointer<SafetyPlanPage> self(this);
    DocumentPrinter::print(this, documentHtml(), printLayout(false), [self](bool printed) {
        if (self && !printed)
            self->showError(tr("The plan could not be printed. Please check the printer and try again."));
    });
}

void SafetyPlanPage::printPreview()
{
    saveNow();
    DocumentPrinter::preview(this, documentHtml(), printLayout(false));
}

void SafetyPlanPage::printCard()
{
    saveNow();
    const QPointer<SafetyPlanPage> self(this);
    DocumentPrinter::print(this, documentHtml(true), printLayout(true), [self](bool printed) {
        if (self && !printed)
            self->showError(tr("The card could not be printed. Please check the printer and try again."));
    });
}

void SafetyPlanPage::previewCard()
{
    saveNow();
    DocumentPrinter::preview(this, documentHtml(true), printLayout(true));
}

SafetyPlanExport::Request SafetyPlanPage::request(Format format, bool card) const
{
    SafetyPlanExport::Request r;
    r.format = format;
    r.card = card;
    r.paper = paper();
    r.printedAt = m_context.isOpen() ? m_context.database().clock().now() : QDateTime::currentDateTime();
    r.locale = QLocale();
    return r;
}

QString SafetyPlanPage::exportPlan(Format format)
{
    // A plain name: file names can be seen by others (DOMAIN.md section 10).
    return exportTo(request(format, false), tr("Export the plan"), u"plan."_s + SafetyPlanExport::key(format));
}

QString SafetyPlanPage::exportCard(Format format)
{
    if (!SafetyPlanExport::cardSupported(format))
        return {};
    return exportTo(request(format, true), tr("Save the wallet card"), u"card."_s + SafetyPlanExport::key(format));
}

QString SafetyPlanPage::exportTo(const SafetyPlanExport::Request &request, const QString &caption, const QString &name)
{
    if (!saveNow())
        return {};
    const QPointer<SafetyPlanPage> self(this);
    QString path = FileDialogs::saveFileName(this, caption, name, SafetyPlanExport::fileFilter(request.format));
    // The vault may have locked while the dialog was open.
    if (!self || !m_context.isOpen() || path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + SafetyPlanExport::key(request.format);
    SafetyPlan plan = m_editor->plan();
    if (const Result<SafetyPlan> stored = SafetyPlanRepository(m_context.database()).load(); stored.ok())
        plan.updatedAt = stored->updatedAt;
    if (const Status written = SafetyPlanExport::write(plan, path, request); !written.ok()) {
        showError(written.error().message);
        return {};
    }
    m_notice->showMessage(tr("Saved to %1. This file is not encrypted: keep it somewhere safe, and delete it when "
                             "you no longer need it.")
                              .arg(QDir::toNativeSeparators(path)));
    return path;
}

void SafetyPlanPage::showError(const QString &message)
{
    m_notice->showMessage(message, NoticeBar::Kind::Attention);
}

} // namespace bearings::ui
