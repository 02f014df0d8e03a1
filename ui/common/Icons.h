#pragma once

#include <QIcon>
#include <QString>

namespace bearings::ui {

// Bearings' own line icons (resources/icons/*.svg, one style: 24 px grid,
// 1.75 px round strokes). They are drawn in `currentColor`, which is replaced at
// paint time by the palette's text colour, so icons follow light and dark mode
// and stay crisp at any device pixel ratio.
class Icons final {
public:
    static QIcon icon(const QString &name);
    // For a one-off colour (notices, the safety banner).
    static QIcon icon(const QString &name, const QColor &colour);
};

} // namespace bearings::ui
