#include "SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QDebug>
#include <QPalette>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QString SyntaxRepository::messageDefinitionName()
{
    return u"Bearings Message"_s;
}

KSyntaxHighlighting::Repository &SyntaxRepository::instance()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::Definition SyntaxRepository::messageDefinition()
{
    // Exact name: KSyntaxHighlighting 5.116 compares case-sensitively.
    const KSyntaxHighlighting::Definition definition = instance().definitionForName(messageDefinitionName());
    if (!definition.isValid()) {
        static bool warned = false;
        if (!warned)
            qWarning() << "syntax definition missing:" << messageDefinitionName();
        warned = true;
    }
    return definition;
}

bool SyntaxRepository::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

KSyntaxHighlighting::Theme SyntaxRepository::themeFor(const QPalette &palette)
{
    // Not themeForPalette(): that may pick any installed theme that happens
    // to be closest; Bearings wants the two Breeze themes and nothing else.
    return instance().defaultTheme(
        isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace bearings::ui
