#include "DocumentPrinter.h"

#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

std::shared_ptr<QPrinter> newPrinter(const HtmlDocumentExport::Layout &layout)
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(DocumentPrinter::jobName());
    printer->setCreator(QString());
    HtmlDocumentExport::applyPage(*printer, layout);
    return printer;
}

} // namespace

QString DocumentPrinter::jobName()
{
    return tr("Document");
}

QDialog *DocumentPrinter::print(
    QWidget *parent, const QString &html, const HtmlDocumentExport::Layout &layout, const Done &done)
{
    // The printer lives as long as the dialog: the lambda holding it is
    // destroyed with the dialog's connections, after the dialog itself.
    std::shared_ptr<QPrinter> printer = newPrinter(layout);
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(u"printDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print"));
    QObject::connect(dialog, &QDialog::accepted, dialog, [printer, html, layout, done] {
        const bool printed = HtmlDocumentExport::paint(html, *printer, layout) > 0;
        if (done)
            done(printed);
    });
    dialog->open();
    return dialog;
}

QDialog *DocumentPrinter::preview(QWidget *parent, const QString &html, const HtmlDocumentExport::Layout &layout)
{
    std::shared_ptr<QPrinter> printer = newPrinter(layout);
    auto *dialog = new QPrintPreviewDialog(printer.get(), parent);
    dialog->setObjectName(u"printPreviewDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print preview"));
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
        [printer, html, layout](QPrinter *target) { HtmlDocumentExport::paint(html, *target, layout); });
    if (parent)
        dialog->resize(parent->window()->size() * 9 / 10);
    dialog->open();
    return dialog;
}

} // namespace bearings::ui
