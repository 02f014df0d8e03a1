#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

class TintedSvgIconEngine final : public QIconEngine {
public:
    TintedSvgIconEngine(QByteArray svg, QColor fixed)
        : m_svg(std::move(svg))
        , m_fixed(std::move(fixed))
    { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        QSvgRenderer renderer(tinted(mode));
        renderer.render(painter, rect);
    }

    // HiDPI: QIcon::pixmap(size, devicePixelRatio) asks for the size in
    // device pixels and sets the ratio on the result itself, so the SVG is
    // drawn at full resolution, never scaled up. scaledPixmap() is left to
    // Qt: overriding it here drew icons at the ratio squared in Qt 6.4
    // (tests/ui/tst_desktop.cpp, iconsAreSharpAtAnyPixelRatio).
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter painter(&pm);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new TintedSvgIconEngine(m_svg, m_fixed); }
    QString key() const override { return u"bearings-tinted-svg"_s; }

private:
    QByteArray tinted(QIcon::Mode mode) const
    {
        const QPalette palette = QApplication::palette();
        QColor colour = m_fixed.isValid() ? m_fixed : palette.color(QPalette::WindowText);
        if (mode == QIcon::Disabled)
            colour = palette.color(QPalette::Disabled, QPalette::WindowText);
        else if (mode == QIcon::Selected)
            colour = palette.color(QPalette::HighlightedText);
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour.name().toLatin1());
        return svg;
    }

    QByteArray m_svg;
    QColor m_fixed;
};

QByteArray loadSvg(const QString &name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Bearings: missing icon %s", qPrintable(name));
        return {};
    }
    return file.readAll();
}

} // namespace

QIcon Icons::icon(const QString &name)
{
    return QIcon(new TintedSvgIconEngine(loadSvg(name), QColor()));
}

QIcon Icons::icon(const QString &name, const QColor &colour)
{
    return QIcon(new TintedSvgIconEngine(loadSvg(name), colour));
}

} // namespace bearings::ui
