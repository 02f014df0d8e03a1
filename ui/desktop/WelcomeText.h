#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace bearings::ui {

// The words of the first-run welcome, shared with the help page so they can
// be read again later. Nothing personal: it is shown before any vault exists.
class WelcomeText final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::WelcomeText)

public:
    struct Section {
        QString id; // stable object-name part
        QString title;
        QString body;
        bool caution = false; // shown with a calm attention accent
    };

    static QString title();
    static QString intro();
    // What is stored, no network, locking and quick exit (with the keys
    // really in use), and a word about a computer that may be watched.
    static QList<Section> sections(const QKeySequence &quickExit, int autoLockMinutes);
};

} // namespace bearings::ui
