#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QSizeF>
#include <QString>

#include <optional>

class QLocale;
class QPagedPaintDevice;

namespace bearings::ui {

// Lays out an HTML document on pages with QTextDocument and paints it onto a
// PDF file or a printer, for everything Bearings prints (the safety plan and
// its wallet card; later the incident report). Needs a QGuiApplication; the
// offscreen platform is enough.
class HtmlDocumentExport final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::HtmlDocumentExport)

public:
    enum class Paper { A4, Letter };

    struct Layout {
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QMarginsF marginsMm {16, 16, 16, 16};
        // "Page 1 of 2" at the foot of each page.
        bool pageNumbers = true;
        // Shrinks a document that would need a second page until it fits on
        // one (a card must stay a card).
        bool singlePage = false;
        // When set, the document goes into a frame of this size at the top
        // left of the page, with a thin line to cut along: a card at its
        // real size on ordinary paper.
        std::optional<QSizeF> cutOutMm;
        // Space between the cut line and the text, inside the frame.
        qreal cutOutPaddingMm = 3;
        // The PDF's title; empty leaves it out.
        QString title;
    };

    static QPageSize pageSize(Paper paper);
    // Letter in the territories that use it (United States, Canada, Mexico
    // and a few more), A4 everywhere else.
    static Paper defaultPaper(const QLocale &locale);
    // ID-1, the size of a bank card: 85.6 x 54 mm.
    static QPageSize cardPageSize();
    static QSizeF cardSizeMm();

    // A document on A4 or Letter, with page numbers.
    static Layout documentLayout(Paper paper, const QString &title);
    // A page of exactly card size, content shrunk to one page if needed.
    static Layout cardLayout(const QString &title);
    // The card at its real size on a sheet of `paper`, to cut out.
    static Layout cardOnSheetLayout(Paper paper, const QString &title);

    // Sets the device's page size and margins from the layout.
    static void applyPage(QPagedPaintDevice &device, const Layout &layout);
    // Paints `html` onto the device with the device's current page size and
    // margins (so a printer keeps what the person chose) and returns the
    // number of pages, or 0 if the device could not be painted on.
    static int paint(const QString &html, QPagedPaintDevice &device, const Layout &layout);
    // Writes a PDF atomically: either the whole file lands or nothing does.
    static Result<int> writePdf(const QString &html, const QString &path, const Layout &layout);
};

} // namespace bearings::ui
