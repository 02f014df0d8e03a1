#include "SafetyPlanExport.h"

#include "exchange/FileIo.h"
#include "safetyplan/SafetyPlanDocument.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

std::optional<SafetyPlanExport::Format> SafetyPlanExport::formatFromKey(const QString &key)
{
    for (const Format f : {Format::Pdf, Format::Html, Format::Text, Format::Markdown}) {
        if (SafetyPlanExport::key(f) == key)
            return f;
    }
    return std::nullopt;
}

QString SafetyPlanExport::key(Format format)
{
    switch (format) {
    case Format::Pdf: return u"pdf"_s;
    case Format::Html: return u"html"_s;
    case Format::Text: return u"txt"_s;
    case Format::Markdown: return u"md"_s;
    }
    return {};
}

QString SafetyPlanExport::fileFilter(Format format)
{
    switch (format) {
    case Format::Pdf: return tr("PDF document (*.pdf)");
    case Format::Html: return tr("Web page (*.html)");
    case Format::Text: return tr("Plain text (*.txt)");
    case Format::Markdown: return tr("Markdown (*.md)");
    }
    return {};
}

bool SafetyPlanExport::cardSupported(Format format)
{
    return format == Format::Pdf || format == Format::Html;
}

HtmlDocumentExport::Paper SafetyPlanExport::paperFor(Region region, const QLocale &locale)
{
    switch (region) {
    case Region::UnitedStates:
    case Region::Canada: return HtmlDocumentExport::Paper::Letter;
    case Region::EuropeanUnion:
    case Region::UnitedKingdom:
    case Region::Australia: return HtmlDocumentExport::Paper::A4;
    case Region::Other: return HtmlDocumentExport::defaultPaper(locale);
    }
    return HtmlDocumentExport::Paper::A4;
}

HtmlDocumentExport::Layout SafetyPlanExport::layout(const Request &request)
{
    return request.card ? HtmlDocumentExport::cardLayout(SafetyPlanDocument::cardTitle())
                        : HtmlDocumentExport::documentLayout(request.paper, SafetyPlanDocument::title());
}

QString SafetyPlanExport::content(const SafetyPlan &plan, const Request &request)
{
    const SafetyPlanDocument::Options options {request.printedAt, request.locale};
    switch (request.format) {
    case Format::Pdf:
    case Format::Html:
        return request.card ? SafetyPlanDocument::cardHtml(plan, options) : SafetyPlanDocument::html(plan, options);
    case Format::Text: return SafetyPlanDocument::plainText(plan, options);
    case Format::Markdown: return SafetyPlanDocument::markdown(plan, options);
    }
    return {};
}

Status SafetyPlanExport::write(const SafetyPlan &plan, const QString &path, const Request &request)
{
    if (request.card && !cardSupported(request.format))
        return makeError(ErrorCode::Invalid, tr("The wallet card can be saved as PDF or HTML."),
            u"card requested as %1"_s.arg(key(request.format)));
    const QString text = content(plan, request);
    if (request.format != Format::Pdf)
        return FileIo::writeAtomically(path, text.toUtf8());
    const Result<int> pages = HtmlDocumentExport::writePdf(text, path, layout(request));
    if (!pages.ok())
        return pages.error();
    return {};
}

} // namespace bearings::ui
