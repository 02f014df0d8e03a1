#pragma once

#include "common/Result.h"
#include "print/HtmlDocumentExport.h"
#include "safetyplan/SafetyPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <optional>

namespace bearings::ui {

// Writes the safety plan, or its wallet card, to a file: PDF, HTML, plain
// text or Markdown. Shared by the safety plan page and `bearings export
// safety-plan`; PDF needs a QGuiApplication (offscreen is enough).
class SafetyPlanExport final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::SafetyPlanExport)

public:
    enum class Format { Pdf, Html, Text, Markdown };

    struct Request {
        Format format = Format::Pdf;
        bool card = false; // the wallet card instead of the whole plan (PDF and HTML only)
        HtmlDocumentExport::Paper paper = HtmlDocumentExport::Paper::A4;
        QDateTime printedAt;
        QLocale locale;
    };

    // "pdf", "html", "txt", "md", as the command line and file names use them.
    static std::optional<Format> formatFromKey(const QString &key);
    static QString key(Format format);
    // For a save dialog: "PDF document (*.pdf)".
    static QString fileFilter(Format format);
    static bool cardSupported(Format format);
    // Letter for the United States and Canada, A4 for the other named
    // regions; for "somewhere else", what the locale's territory uses.
    static HtmlDocumentExport::Paper paperFor(Region region, const QLocale &locale);
    static HtmlDocumentExport::Layout layout(const Request &request);

    // The document as HTML, Markdown or text, as it would be written.
    static QString content(const SafetyPlan &plan, const Request &request);
    // Writes atomically. Invalid for a card in a format that has none.
    static Status write(const SafetyPlan &plan, const QString &path, const Request &request);
};

} // namespace bearings::ui
