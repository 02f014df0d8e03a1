#pragma once

#include <QString>

#include <algorithm>

namespace bearings {

// True when the text holds a control character other than a line break. The
// built-in data files (questions, templates, checker rules) refuse such text:
// it has no place in a sentence shown to a person, and a NUL would also cut
// the text short on its way through QCoreApplication::translate(), which takes
// a C string (found by the fuzz targets in tests/fuzz).
inline bool hasControlCharacter(QStringView text)
{
    return std::any_of(
        text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control && c != u'\n'; });
}

} // namespace bearings
