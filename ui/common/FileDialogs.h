#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace bearings::ui {

// The save-file dialog every export goes through, with a seam for tests:
// a queued answer is returned instead of showing the dialog (model:
// KeePassXC src/gui/FileDialog.h). The suggested folder is the person's
// Documents folder; nothing is remembered between sessions, so no recent
// file name lingers in the settings.
class FileDialogs final {
    Q_DECLARE_TR_FUNCTIONS(bearings::ui::FileDialogs)

public:
    FileDialogs() = delete;

    // Asks where to save; empty when the person cancels. `suggestedName` is a
    // bare file name; `filter` is a Qt name filter ("PNG image (*.png)").
    static QString saveFileName(
        QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter);

    // Tests: the next saveFileName() returns `path` without a dialog (an
    // empty path acts as a cancel).
    static void setNextSaveFileName(const QString &path);
};

} // namespace bearings::ui
