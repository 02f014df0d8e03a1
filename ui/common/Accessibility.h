#pragma once

#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QString>

namespace bearings::ui {

// Names a spin box, date or time edit for screen readers. The line edit
// inside is what takes the keyboard focus, so it carries the same name.
inline void setAccessibleNameWithEditor(QAbstractSpinBox *box, const QString &name)
{
    box->setAccessibleName(name);
    if (auto *inner = box->findChild<QLineEdit *>())
        inner->setAccessibleName(name);
}

} // namespace bearings::ui
