#include "IncidentReportDialog.h"

#include "common/Accessibility.h"
#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "exchange/FileIo.h"
#include "journal/IncidentReport.h"
#include "journal/JournalFilter.h"
#include "journal/JournalRepository.h"
#include "mainwindow/SessionContext.h"
#include "print/DocumentPrinter.h"
#include "print/HtmlDocumentExport.h"
#include "relationships/RelationshipRepository.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

enum class Format { Pdf, Html };

QLabel *buddy(const QString &text, QWidget *field)
{
    auto *label = new QLabel(text);
    label->setBuddy(field);
    return label;
}

} // namespace

IncidentReportDialog::IncidentReportDialog(SessionContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_format(new QComboBox)
    , m_paper(new QComboBox)
    , m_countLabel(new QLabel)
    , m_message(new WrapLabel)
    , m_save(new QPushButton(tr("Save…")))
    , m_print(new QPushButton(tr("Print…")))
{
    setObjectName(u"incidentReportDialog"_s);
    setWindowTitle(tr("Incident report"));
    setAccessibleName(tr("Incident report"));

    auto *intro = new WrapLabel(
        tr("A plain, dated record of the incidents you noted for this relationship, oldest first: when, what happened, "
           "how serious it was, who was present and what evidence you kept. It is written to be handed to a lawyer, "
           "HR or an advocate, and shows any later edits."));

    const QDate today = m_context.database().clock().today();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today);
    }
    m_from->setObjectName(u"reportFrom"_s);
    setAccessibleNameWithEditor(m_from, tr("First day of the report"));
    m_to->setObjectName(u"reportTo"_s);
    setAccessibleNameWithEditor(m_to, tr("Last day of the report"));
    m_to->setDate(today);
    // From the first incident on record, or the last three months.
    QDate first = today.addMonths(-3);
    JournalFilter incidents;
    incidents.relationshipId = m_context.currentRelationshipId();
    incidents.incidentsOnly = true;
    if (const auto all = JournalRepository(m_context.database()).list(incidents); all.ok() && !all->isEmpty())
        first = all->last().occurredAt.date();
    m_from->setDate(std::min(first, today));

    m_format->setObjectName(u"reportFormat"_s);
    m_format->setAccessibleName(tr("File type"));
    m_format->addItem(tr("PDF document"), int(Format::Pdf));
    m_format->addItem(tr("Web page (HTML)"), int(Format::Html));
    m_paper->setObjectName(u"reportPaper"_s);
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), int(HtmlDocumentExport::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(HtmlDocumentExport::Paper::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(HtmlDocumentExport::defaultPaper(QLocale()))));

    m_countLabel->setObjectName(u"reportCount"_s);
    m_message->setObjectName(u"reportMessage"_s);
    m_message->setVisible(false);
    m_save->setObjectName(u"saveReport"_s);
    m_save->setAccessibleName(tr("Save the incident report"));
    m_print->setObjectName(u"printReport"_s);
    m_print->setAccessibleName(tr("Print the incident report"));

    auto *form = new QFormLayout;
    form->addRow(buddy(tr("&From"), m_from), m_from);
    form->addRow(buddy(tr("&To"), m_to), m_to);
    form->addRow(buddy(tr("File &type"), m_format), m_format);
    form->addRow(buddy(tr("&Paper"), m_paper), m_paper);

    auto *note = new WrapLabel(tr("A saved report is not encrypted. Keep it somewhere only you can reach, and "
                                  "delete it when it has done its job."));
    note->setProperty("bearingsRole", u"caption"_s);
    note->setFont(Theme::font(Theme::TextStyle::Caption));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(Spacing::Medium);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_countLabel);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_from, &QDateEdit::dateChanged, this, &IncidentReportDialog::updateCount);
    connect(m_to, &QDateEdit::dateChanged, this, &IncidentReportDialog::updateCount);
    connect(m_save, &QPushButton::clicked, this, &IncidentReportDialog::save);
    connect(m_print, &QPushButton::clicked, this, &IncidentReportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_context, &SessionContext::closing, this, &QDialog::reject);
    updateCount();
}

void IncidentReportDialog::updateCount()
{
    JournalFilter filter;
    filter.relationshipId = m_context.currentRelationshipId();
    filter.incidentsOnly = true;
    filter.from = m_from->date();
    filter.to = m_to->date();
    const Result<int> count = JournalRepository(m_context.database()).count(filter);
    m_count = count.ok() ? count.value() : 0;
    if (m_from->date() > m_to->date())
        m_countLabel->setText(tr("The first day is after the last day."));
    else if (m_count == 0)
        m_countLabel->setText(tr("No incidents are recorded in these dates. The report would say so."));
    else if (m_count == 1)
        m_countLabel->setText(tr("One incident in these dates."));
    else
        m_countLabel->setText(tr("%1 incidents in these dates.").arg(QLocale().toString(m_count)));
    m_save->setEnabled(m_from->date() <= m_to->date());
    m_print->setEnabled(m_from->date() <= m_to->date());
}

QString IncidentReportDialog::reportHtml()
{
    IncidentReportRequest request;
    request.relationshipId = m_context.currentRelationshipId();
    request.from = m_from->date();
    request.to = m_to->date();
    request.preparedAt = m_context.database().clock().now();
    request.locale = QLocale();
    const Result<QString> html = IncidentReport::html(m_context.database(), request);
    if (!html.ok()) {
        showMessage(html.error().message, true);
        return {};
    }
    return html.value();
}

void IncidentReportDialog::save()
{
    if (!m_context.isOpen())
        return;
    const bool pdf = Format(m_format->currentData().toInt()) == Format::Pdf;
    const QString html = reportHtml();
    if (html.isEmpty())
        return;
    const QString suffix = pdf ? u"pdf"_s : u"html"_s;
    QString path = FileDialogs::saveFileName(this, tr("Save the incident report"), u"report."_s + suffix,
        pdf ? tr("PDF document (*.pdf)") : tr("Web page (*.html)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    Status written;
    if (pdf) {
        const auto paper = HtmlDocumentExport::Paper(m_paper->currentData().toInt());
        const Result<int> pages = HtmlDocumentExport::writePdf(
            html, path, HtmlDocumentExport::documentLayout(paper, tr("Incident report")));
        if (!pages.ok())
            written = pages.error();
    } else {
        written = FileIo::writeAtomically(path, html.toUtf8());
    }
    if (!written.ok()) {
        showMessage(tr("The report could not be saved. %1").arg(written.error().message), true);
        return;
    }
    showMessage(tr("Saved the report to %1.").arg(QFileInfo(path).fileName()), false);
}

void IncidentReportDialog::print()
{
    const QString html = reportHtml();
    if (html.isEmpty())
        return;
    const auto paper = HtmlDocumentExport::Paper(m_paper->currentData().toInt());
    DocumentPrinter::print(this, html, HtmlDocumentExport::documentLayout(paper, tr("Incident report")));
}

void IncidentReportDialog::showMessage(const QString &text, bool problem)
{
    QPalette p = m_message->palette();
    p.setColor(
        QPalette::WindowText, problem ? Theme::accent(Theme::Accent::Safety) : palette().color(QPalette::WindowText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace bearings::ui
