#include "HtmlDocumentExport.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr qreal kMillimetresPerInch = 25.4;
constexpr qreal kBodyPointSize = 10;
constexpr qreal kFooterPointSize = 8;
constexpr qreal kCutLineWidthMm = 0.2;
constexpr qreal kCardMarginMm = 3;
// Shrinking a card's content stops here: below this it could not be read.
constexpr qreal kSmallestScale = 0.4;
constexpr qreal kShrinkStep = 0.92;
constexpr qreal kBoundaryEpsilon = 0.5;
// 3780 dots per metre is 96 dots per inch, the CSS pixel.
constexpr int kLayoutDotsPerMetre = 3780;

QFont printFont(qreal pointSize)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    // No ligatures: text copied or read aloud from the PDF stays plain
    // letters ("fl", not U+FB02). Scripts that need shaping still get it.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

QPageSize HtmlDocumentExport::pageSize(Paper paper)
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

HtmlDocumentExport::Paper HtmlDocumentExport::defaultPaper(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::PuertoRico: return Paper::Letter;
    default: return Paper::A4;
    }
}

QSizeF HtmlDocumentExport::cardSizeMm()
{
    return {85.6, 54.0};
}

QPageSize HtmlDocumentExport::cardPageSize()
{
    // Exact, so that Qt does not round it to a nearby standard size.
    return QPageSize(cardSizeMm(), QPageSize::Millimeter, tr("Wallet card"), QPageSize::ExactMatch);
}

HtmlDocumentExport::Layout HtmlDocumentExport::documentLayout(Paper paper, const QString &title)
{
    Layout layout;
    layout.pageSize = pageSize(paper);
    layout.title = title;
    return layout;
}

HtmlDocumentExport::Layout HtmlDocumentExport::cardLayout(const QString &title)
{
    Layout layout;
    layout.pageSize = cardPageSize();
    layout.marginsMm = QMarginsF(kCardMarginMm, kCardMarginMm, kCardMarginMm, kCardMarginMm);
    layout.pageNumbers = false;
    layout.singlePage = true;
    layout.title = title;
    return layout;
}

HtmlDocumentExport::Layout HtmlDocumentExport::cardOnSheetLayout(Paper paper, const QString &title)
{
    Layout layout = documentLayout(paper, title);
    layout.pageNumbers = false;
    layout.singlePage = true;
    layout.cutOutMm = cardSizeMm();
    layout.cutOutPaddingMm = kCardMarginMm;
    return layout;
}

void HtmlDocumentExport::applyPage(QPagedPaintDevice &device, const Layout &layout)
{
    device.setPageLayout(
        QPageLayout(layout.pageSize, QPageLayout::Portrait, layout.marginsMm, QPageLayout::Millimeter));
}

int HtmlDocumentExport::paint(const QString &html, QPagedPaintDevice &device, const Layout &layout)
{
    // The document is laid out at 96 dpi whatever the screen, as on a web
    // page, and scaled onto the device when painted. Laying it out on the
    // device itself would leave block margins and cell padding in device
    // pixels: a hair's width at 1200 dpi. Design metrics keep the spacing of
    // glyphs true at any scale.
    QImage layoutDevice(1, 1, QImage::Format_RGB32);
    layoutDevice.setDotsPerMeterX(kLayoutDotsPerMetre);
    layoutDevice.setDotsPerMeterY(kLayoutDotsPerMetre);
    QTextDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.setUseDesignMetrics(true);
    doc.setDefaultFont(printFont(kBodyPointSize));
    doc.documentLayout()->setPaintDevice(&layoutDevice);
    doc.setHtml(html);
    doc.setDocumentMargin(0);
    QAbstractTextDocumentLayout *docLayout = doc.documentLayout();

    QPainter painter;
    if (!painter.begin(&device))
        return 0;
    painter.setRenderHint(QPainter::Antialiasing);

    const qreal dpiX = device.logicalDpiX();
    const qreal dpiY = device.logicalDpiY();
    const QRectF area(0, 0, device.width(), device.height());
    QRectF frame = area;
    QRectF content = area;
    if (layout.cutOutMm) {
        frame = QRectF(0, 0, std::min(layout.cutOutMm->width() / kMillimetresPerInch * dpiX, area.width()),
            std::min(layout.cutOutMm->height() / kMillimetresPerInch * dpiY, area.height()));
        const qreal padX = layout.cutOutPaddingMm / kMillimetresPerInch * dpiX;
        const qreal padY = layout.cutOutPaddingMm / kMillimetresPerInch * dpiY;
        content = frame.adjusted(padX, padY, -padX, -padY);
    }

    // From layout units to device pixels.
    const qreal toDeviceX = dpiX / layoutDevice.logicalDpiX();
    const qreal toDeviceY = dpiY / layoutDevice.logicalDpiY();

    const QFont footerFont = printFont(kFooterPointSize);
    const QFontMetricsF footerMetrics(footerFont, &device);
    const qreal footerHeight = layout.pageNumbers ? footerMetrics.height() * 2 : 0;
    const QSizeF pageArea(content.width() / toDeviceX, (content.height() - footerHeight) / toDeviceY);

    qreal scale = 1;
    doc.setPageSize(pageArea);
    while (layout.singlePage && doc.pageCount() > 1 && scale > kSmallestScale) {
        scale *= kShrinkStep;
        doc.setPageSize(pageArea / scale);
    }
    const int pages = layout.singlePage ? 1 : doc.pageCount();
    const QSizeF docPage = doc.pageSize();

    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return 0;
        }
        painter.save();
        painter.translate(content.topLeft());
        painter.scale(scale * toDeviceX, scale * toDeviceY);
        const QRectF view(0, page * docPage.height(), docPage.width(), docPage.height());
        painter.translate(0, -view.top());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        // A hair inside the page: a line that starts exactly on the page
        // boundary belongs to the next page and must not be painted (if
        // clipped away) into this one, where a PDF reader would still find
        // its text.
        context.clip = view.adjusted(0, kBoundaryEpsilon, 0, -kBoundaryEpsilon);
        context.palette.setColor(QPalette::Text, Qt::black);
        docLayout->draw(&painter, context);
        painter.restore();

        if (layout.pageNumbers) {
            painter.setFont(footerFont);
            painter.setPen(QColor(0x5a, 0x5a, 0x5a));
            painter.drawText(QRectF(content.left(), content.bottom() - footerMetrics.height(), content.width(),
                                 footerMetrics.height()),
                Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        if (layout.cutOutMm) {
            QPen pen(QColor(0x80, 0x80, 0x80));
            pen.setStyle(Qt::DashLine);
            pen.setWidthF(kCutLineWidthMm / kMillimetresPerInch * dpiX);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(frame);
        }
    }
    painter.end();
    return pages;
}

Result<int> HtmlDocumentExport::writePdf(const QString &html, const QString &path, const Layout &layout)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Bearings could not write %1.").arg(shown), file.errorString());
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setTitle(layout.title);
        writer.setCreator(QString());
        applyPage(writer, layout);
        pages = paint(html, writer, layout);
    }
    if (pages == 0) {
        file.cancelWriting();
        return makeError(ErrorCode::Internal, tr("Bearings could not lay out the pages of %1.").arg(shown),
            u"QPainter could not paint on the PDF writer"_s);
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("Bearings could not write %1.").arg(shown), file.errorString());
    return pages;
}

} // namespace bearings::ui
