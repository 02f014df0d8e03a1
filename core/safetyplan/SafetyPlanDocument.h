#pragma once

#include "safetyplan/SafetyPlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

#include <array>

namespace bearings {

// Writes a safety plan out as a document to print or keep (DOMAIN.md section
// 8): XHTML for printing and PDF, Markdown, plain text, and a wallet card.
// Every section is always present; an empty one carries a short prompt, and on
// paper some room to write by hand.
class SafetyPlanDocument final {
    Q_DECLARE_TR_FUNCTIONS(bearings::SafetyPlanDocument)

public:
    // In the order of the document and the editor: what to do at once first.
    enum class Section {
        Emergency,
        Hotlines,
        Contacts,
        CodeWord,
        SafePlaces,
        IfTheyShowUp,
        ExitSteps,
        Essentials,
        Grounding,
        Notes,
    };
    static constexpr std::array kSections {Section::Emergency, Section::Hotlines, Section::Contacts, Section::CodeWord,
        Section::SafePlaces, Section::IfTheyShowUp, Section::ExitSteps, Section::Essentials, Section::Grounding,
        Section::Notes};
    static constexpr std::array kRegions {Region::UnitedStates, Region::Canada, Region::EuropeanUnion,
        Region::UnitedKingdom, Region::Australia, Region::Other};

    struct Options {
        QDateTime printedAt; // "Printed on ..."; left out when invalid
        QLocale locale;      // for the dates
    };

    static QString title();
    static QString sectionTitle(Section section);
    // A short, calm prompt for a section that has nothing in it yet.
    static QString emptyPrompt(Section section);
    static bool isEmpty(const SafetyPlan &plan, Section section);
    static QString regionName(Region region);
    // A sentence about the region's number beyond the number itself, or empty.
    static QString regionNote(Region region);

    // A complete XHTML document (well-formed XML), laid out for QTextDocument
    // and printing; it also reads well in a browser.
    static QString html(const SafetyPlan &plan, const Options &options);
    static QString markdown(const SafetyPlan &plan, const Options &options);
    static QString plainText(const SafetyPlan &plan, const Options &options);

    // The essentials on a card of 85.6 x 54 mm: the emergency number, the
    // first helpline, two trusted people, the code word and one safe place.
    // Its title does not say what it is for, as the card may be seen.
    static QString cardHtml(const SafetyPlan &plan, const Options &options);
    static QString cardTitle();
    // Up to two people for the card: those who know the plan first, then the
    // others, each group in the plan's order.
    static QList<TrustedContact> cardContacts(const SafetyPlan &plan);

    // Backslash-escapes what Markdown would read as formatting.
    static QString escapeMarkdown(const QString &text);
    // The plan without rows that have nothing written in them.
    static SafetyPlan withoutBlankRows(const SafetyPlan &plan);
};

} // namespace bearings
