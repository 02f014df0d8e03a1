#include "Language.h"

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

QList<Language::Choice> Language::choices()
{
    // Not translated: each language is named the way its speakers name it.
    return {
        {QString(), tr("Same as this computer")},
        {u"en"_s, u"English"_s},
        {u"de"_s, u"Deutsch"_s},
        {u"es"_s, u"Español"_s},
    };
}

QLocale Language::locale(const QString &code, const QLocale &system)
{
    if (code.isEmpty())
        return system;
    const QLocale language(code);
    if (language.language() == QLocale::C)
        return system;
    if (language.language() == system.language())
        return system;
    // QLocale picks the language's main territory when the pair is unknown.
    return QLocale(language.language(), system.territory());
}

} // namespace bearings::ui
