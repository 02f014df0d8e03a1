#pragma once

#include <QDebug>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace bearings::test {

// A named child, with a warning in the test log when it is missing.
template<typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning() << "missing child" << name;
    return found;
}

// The visible, keyboard-reachable widgets under `root` that have no
// accessible name, as "objectName (ClassName)" for the failure message.
inline QStringList unnamedFocusable(const QWidget *root)
{
    QStringList missing;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!w->isVisibleTo(root) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (w->accessibleName().trimmed().isEmpty())
            missing.append(
                QStringLiteral("%1 (%2)").arg(w->objectName(), QString::fromLatin1(w->metaObject()->className())));
    }
    return missing;
}

} // namespace bearings::test
