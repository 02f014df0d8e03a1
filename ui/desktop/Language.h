#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace bearings::ui {

// The languages Bearings can show, and the locale app/main.cpp installs.
class Language final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::Language)

public:
    struct Choice {
        QString code; // empty: follow the system (Settings::language)
        QString name; // a language in its own words, so it can be found in any
    };
    // "Same as this computer" first, then English, Deutsch, Español.
    static QList<Choice> choices();

    // The locale for a language code from Settings: the system's own when the
    // code is empty; otherwise that language, keeping the system's territory
    // where the pair exists (dates and numbers then read as usual there).
    static QLocale locale(const QString &code, const QLocale &system = QLocale::system());
};

} // namespace bearings::ui
