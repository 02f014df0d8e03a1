#pragma once

#include <QColor>
#include <QFont>

class QApplication;
class QPalette;

namespace bearings::ui {

// The visual language every page follows: a calm palette for light and dark,
// one spacing scale and one type scale.
namespace Spacing {
inline constexpr int XSmall = 4;
inline constexpr int Small = 8;
inline constexpr int Medium = 12;
inline constexpr int Large = 16;
inline constexpr int XLarge = 24;
inline constexpr int XXLarge = 32;
} // namespace Spacing

namespace Radius {
inline constexpr int Control = 6;
inline constexpr int Card = 10;
} // namespace Radius

class Theme final {
public:
    enum class Mode { System, Light, Dark };
    enum class TextStyle { PageTitle, SectionTitle, Body, Caption };
    // Colours beyond QPalette's roles, used by cards, charts and notices.
    enum class Accent { Primary, Calm, Attention, Safety, Positive, Muted };

    // Applies the Fusion style, the palette for `mode` and the shared style
    // sheet. In System mode the choice of light or dark follows the platform.
    // It sets the application palette, so every widget gets
    // QEvent::PaletteChange (and ApplicationPaletteChange) and can redraw
    // what it paints itself, such as charts and the editor's highlighting.
    static void apply(QApplication &app, Mode mode);
    // The mode last applied.
    static Mode mode();
    // The stable keys stored in Settings ("system", "light", "dark").
    static QString key(Mode mode);
    static Mode modeFromKey(const QString &key); // unknown keys: System

    static bool isDark();
    static QPalette palette(bool dark);
    static QColor accent(Accent accent);
    static QFont font(TextStyle style);
    // The style sheet for the app's shared widgets, derived from a palette.
    static QString styleSheet(const QPalette &palette);

private:
    static bool platformPrefersDark();
};

} // namespace bearings::ui
