#pragma once

#include <QString>

namespace KSyntaxHighlighting {
class Definition;
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

class QPalette;

namespace bearings::ui {

// The one KSyntaxHighlighting::Repository of the app, created on first use
// and kept for the app's lifetime (loading it reads every definition's
// metadata, so it is not made per editor).
class SyntaxRepository final {
public:
    // "Bearings Message": resources/syntax/bearings-message.xml.
    static QString messageDefinitionName();

    static KSyntaxHighlighting::Repository &instance();
    // The message definition; invalid (and a warning logged once) if this
    // build lacks it.
    static KSyntaxHighlighting::Definition messageDefinition();
    // Breeze Dark for a dark palette, Breeze Light otherwise.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
    static bool isDark(const QPalette &palette);
};

} // namespace bearings::ui
