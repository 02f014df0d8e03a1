#include "Theme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

bool g_dark = false;
Theme::Mode g_mode = Theme::Mode::System;

struct Colours {
    QColor window, base, alternate, text, mutedText, button, highlight, highlightedText, link, border, shadow;
};

// Warm paper and soft ink for light; a deep slate for dark. The accent is a
// quiet teal: present enough to find things, never alarming.
Colours colours(bool dark)
{
    if (dark) {
        return {QColor(0x1d, 0x21, 0x24), QColor(0x16, 0x19, 0x1b), QColor(0x23, 0x28, 0x2b), QColor(0xe6, 0xe3, 0xdc),
            QColor(0x9a, 0x9f, 0xa3), QColor(0x2a, 0x30, 0x33), QColor(0x5f, 0xa8, 0xa1), QColor(0x0f, 0x12, 0x14),
            QColor(0x85, 0xbd, 0xd9), QColor(0x3a, 0x41, 0x45), QColor(0x0a, 0x0c, 0x0d)};
    }
    return {QColor(0xf6, 0xf5, 0xf1), QColor(0xff, 0xff, 0xff), QColor(0xee, 0xec, 0xe6), QColor(0x2a, 0x2e, 0x33),
        QColor(0x6b, 0x70, 0x76), QColor(0xec, 0xea, 0xe4), QColor(0x35, 0x7a, 0x75), QColor(0xff, 0xff, 0xff),
        QColor(0x2c, 0x69, 0x8a), QColor(0xd9, 0xd5, 0xcc), QColor(0xb8, 0xb3, 0xa8)};
}

} // namespace

bool Theme::platformPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const auto scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    // Qt 6.4 has no colour-scheme hint: judge by the platform's own palette.
    // Once Bearings has set its palette, QGuiApplication::palette() is ours;
    // an empty palette (no roles set) takes every role from the platform again.
    if (QCoreApplication::testAttribute(Qt::AA_SetPalette))
        QGuiApplication::setPalette(QPalette());
    const QPalette platform = QGuiApplication::palette();
    return platform.color(QPalette::Window).lightness() < platform.color(QPalette::WindowText).lightness();
}

QPalette Theme::palette(bool dark)
{
    const Colours c = colours(dark);
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternate);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::PlaceholderText, c.mutedText);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0xff, 0xff) : QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, c.highlightedText);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::LinkVisited, c.link);
    p.setColor(QPalette::ToolTipBase, c.base);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Light, dark ? c.button.lighter(130) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, dark ? c.button.lighter(115) : c.button.lighter(103));
    p.setColor(QPalette::Mid, c.border);
    p.setColor(QPalette::Dark, dark ? c.shadow : c.border.darker(120));
    p.setColor(QPalette::Shadow, c.shadow);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, c.mutedText);
    }
    p.setColor(QPalette::Disabled, QPalette::Highlight, c.border);
    return p;
}

QColor Theme::accent(Accent accent)
{
    const bool dark = g_dark;
    switch (accent) {
    case Accent::Primary: return colours(dark).highlight;
    case Accent::Calm: return dark ? QColor(0x85, 0xbd, 0xd9) : QColor(0x2c, 0x69, 0x8a);
    case Accent::Attention: return dark ? QColor(0xe0, 0xa8, 0x4f) : QColor(0xa8, 0x6b, 0x12);
    case Accent::Safety: return dark ? QColor(0xe8, 0x83, 0x76) : QColor(0xb0, 0x3f, 0x33);
    case Accent::Positive: return dark ? QColor(0x8c, 0xc7, 0x84) : QColor(0x3d, 0x7d, 0x3a);
    case Accent::Muted: return colours(dark).mutedText;
    }
    return colours(dark).text;
}

QFont Theme::font(TextStyle style)
{
    QFont f = QApplication::font();
    const qreal base = f.pointSizeF() > 0 ? f.pointSizeF() : 10.0;
    switch (style) {
    case TextStyle::PageTitle:
        f.setPointSizeF(base * 1.6);
        f.setWeight(QFont::DemiBold);
        break;
    case TextStyle::SectionTitle:
        f.setPointSizeF(base * 1.2);
        f.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Body: break;
    case TextStyle::Caption: f.setPointSizeF(base * 0.9); break;
    }
    return f;
}

QString Theme::styleSheet(const QPalette &p)
{
    const auto hex = [&p](QPalette::ColorRole role) { return p.color(role).name(); };
    // Object names and dynamic properties select the shared widgets; ordinary
    // controls keep the Fusion look coloured by the palette.
    return QStringLiteral(
        "QFrame[bearingsCard=\"true\"] { background: %1; border: 1px solid %2; border-radius: %3px; }"
        "QListWidget#sidebar { background: %4; border: none; border-right: 1px solid %2; outline: 0; }"
        "QListWidget#sidebar::item { padding-left: 10px; margin: 1px 10px; border-radius: %5px; color: %6; }"
        "QListWidget#sidebar::item:hover { background: %7; }"
        "QListWidget#sidebar::item:selected { background: %8; color: %9; }"
        "QWidget#sidebarPanel { background: %4; }"
        "QLabel[bearingsRole=\"caption\"] { color: %10; }")
        .arg(hex(QPalette::Base), hex(QPalette::Mid), QString::number(Radius::Card), hex(QPalette::AlternateBase),
            QString::number(Radius::Control), hex(QPalette::WindowText), hex(QPalette::Midlight),
            hex(QPalette::Highlight), hex(QPalette::HighlightedText))
        .arg(hex(QPalette::PlaceholderText));
}

void Theme::apply(QApplication &app, Mode mode)
{
    // A new style object re-polishes every widget: only the first time.
    if (QStyle *style = QApplication::style(); !style || style->name().compare(u"fusion"_s, Qt::CaseInsensitive) != 0)
        app.setStyle(QStyleFactory::create(u"Fusion"_s));
    g_mode = mode;
    g_dark = mode == Mode::Dark || (mode == Mode::System && platformPrefersDark());
    const QPalette p = palette(g_dark);
    QApplication::setPalette(p);
    app.setStyleSheet(styleSheet(p));
}

Theme::Mode Theme::mode()
{
    return g_mode;
}

QString Theme::key(Mode mode)
{
    switch (mode) {
    case Mode::System: return u"system"_s;
    case Mode::Light: return u"light"_s;
    case Mode::Dark: return u"dark"_s;
    }
    return u"system"_s;
}

Theme::Mode Theme::modeFromKey(const QString &key)
{
    for (const Mode mode : {Mode::Light, Mode::Dark}) {
        if (key == Theme::key(mode))
            return mode;
    }
    return Mode::System;
}

bool Theme::isDark()
{
    return g_dark;
}

} // namespace bearings::ui
