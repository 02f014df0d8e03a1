#pragma once

#include "HtmlDocumentExport.h"

#include <QCoreApplication>

#include <functional>

class QDialog;
class QWidget;

namespace bearings::ui {

// The print and print preview dialogs for an HTML document. Both are
// window-modal but opened without a nested event loop, so that locking the
// app while one is open simply closes it with its parent.
class DocumentPrinter final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::DocumentPrinter)

public:
    // Called once the document went to the printer (true) or could not be
    // painted (false); not called when the person cancels.
    using Done = std::function<void(bool printed)>;

    // Opens the print dialog, starting from the layout's page size; prints
    // with what the person chose. Returns the dialog (deleted on close).
    static QDialog *print(
        QWidget *parent, const QString &html, const HtmlDocumentExport::Layout &layout, const Done &done = {});
    // Opens the print preview, from which the person can also print.
    static QDialog *preview(QWidget *parent, const QString &html, const HtmlDocumentExport::Layout &layout);

    // The name print queues show for Bearings' jobs: neutral on purpose, as
    // other people on the computer may see the queue.
    static QString jobName();
};

} // namespace bearings::ui
