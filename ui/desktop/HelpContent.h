#pragma once

#include "safetyplan/SafetyPlan.h"

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace bearings::ui {

// The offline help, as one HTML document built from translated strings:
// about, getting started (the welcome's words), privacy, each area, the
// keyboard shortcuts and helplines. Nothing personal: it can be shown before
// the vault is unlocked. No link in it leads outside the document.
class HelpContent final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::HelpContent)

public:
    struct Options {
        QKeySequence quickExit; // the shortcut in use; empty: Shift three times only
        int autoLockMinutes = 0;
        Region region = Region::Other; // for the emergency number
    };
    struct Entry {
        QString anchor; // the heading's anchor in html()
        QString title;
    };
    struct Shortcut {
        QString keys; // as the platform writes them
        QString action;
    };

    // The table of contents, in document order.
    static QList<Entry> contents();
    // Every keyboard shortcut of the app, the quick-exit one as configured.
    static QList<Shortcut> shortcuts(const QKeySequence &quickExit);
    static QString html(const Options &options);
};

} // namespace bearings::ui
