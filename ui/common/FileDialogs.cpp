#include "FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace bearings::ui {

namespace {

std::optional<QString> &nextSaveFileName()
{
    static std::optional<QString> next;
    return next;
}

} // namespace

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)
{
    if (std::optional<QString> &next = nextSaveFileName(); next.has_value()) {
        const QString path = *next;
        next.reset();
        return path;
    }
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QDir::homePath();
    return QFileDialog::getSaveFileName(parent, caption, QDir(folder).filePath(suggestedName), filter);
}

void FileDialogs::setNextSaveFileName(const QString &path)
{
    nextSaveFileName() = path;
}

} // namespace bearings::ui
