#include "ChartPanel.h"

#include "common/Card.h"
#include "common/FileDialogs.h"
#include "common/Theme.h"
#include "common/WrapLabel.h"
#include "exchange/FileIo.h"

#include <QAbstractBarSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QMenu>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace bearings::ui {

namespace {

constexpr int kChartMinimumHeight = 300;
constexpr qreal kPngScale = 2.0; // saved images are sharp on high-density screens and in print
constexpr int kHiddenAlpha = 90;
constexpr char kHiddenValues[] = "bearingsHiddenValues";

// A bar set cannot be hidden on its own in a stacked series; its values are
// set aside and put back instead.
void toggleBarSet(QBarSet *set)
{
    const QVariant stored = set->property(kHiddenValues);
    if (stored.isValid()) {
        const QVariantList values = stored.toList();
        for (int i = 0; i < values.size() && i < set->count(); ++i)
            set->replace(i, values.at(i).toReal());
        set->setProperty(kHiddenValues, QVariant());
        return;
    }
    QVariantList values;
    for (int i = 0; i < set->count(); ++i) {
        values.append(set->at(i));
        set->replace(i, 0.0);
    }
    set->setProperty(kHiddenValues, values);
}

bool isHidden(QLegendMarker *marker)
{
    if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
        return bar->barset()->property(kHiddenValues).isValid();
    return !marker->series()->isVisible();
}

void showMarkerState(QLegendMarker *marker)
{
    const bool hidden = isHidden(marker);
    marker->setVisible(true);
    QColor label = marker->labelBrush().color();
    label.setAlpha(hidden ? kHiddenAlpha : 255);
    marker->setLabelBrush(label);
    QFont font = marker->font();
    font.setStrikeOut(hidden);
    marker->setFont(font);
}

} // namespace

ChartPanel::ChartPanel(const QString &title, const QString &caption, const QString &fileStem, QWidget *parent)
    : QWidget(parent)
    , m_fileStem(fileStem)
    , m_card(new Card(title))
    , m_stack(new QStackedWidget)
    , m_view(new QChartView)
    , m_message(new WrapLabel)
    , m_menuButton(new QToolButton)
{
    setObjectName(fileStem);
    m_view->setObjectName(u"chartView"_s);
    m_view->setAccessibleName(title);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(kChartMinimumHeight);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setStyleSheet(u"background: transparent"_s);
    m_message->setObjectName(u"chartMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setProperty("bearingsRole", u"caption"_s);
    m_message->setMinimumHeight(kChartMinimumHeight / 2);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_message);

    auto *captionLabel = new WrapLabel(caption);
    captionLabel->setObjectName(u"chartCaption"_s);
    captionLabel->setProperty("bearingsRole", u"caption"_s);
    captionLabel->setFont(Theme::font(Theme::TextStyle::Caption));

    m_menuButton->setObjectName(u"chartMenu"_s);
    m_menuButton->setText(tr("Save or print"));
    m_menuButton->setAccessibleName(tr("Save or print the chart \"%1\"").arg(title));
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(m_menuButton);
    QAction *png = menu->addAction(tr("Save as PNG image…"));
    QAction *svg = menu->addAction(tr("Save as SVG drawing…"));
    menu->addSeparator();
    QAction *printAction = menu->addAction(tr("Print…"));
    png->setObjectName(u"savePng"_s);
    svg->setObjectName(u"saveSvg"_s);
    printAction->setObjectName(u"printChart"_s);
    m_menuButton->setMenu(menu);
    connect(png, &QAction::triggered, this, [this] { saveAs(false); });
    connect(svg, &QAction::triggered, this, [this] { saveAs(true); });
    connect(printAction, &QAction::triggered, this, &ChartPanel::print);

    auto *top = new QHBoxLayout;
    top->addWidget(captionLabel, 1);
    top->addWidget(m_menuButton, 0, Qt::AlignTop);
    m_card->body()->addLayout(top);
    m_card->body()->addWidget(m_stack, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_card);

    showMessage({});
}

void ChartPanel::setChart(QChart *chart, const QString &summary)
{
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_view->setAccessibleDescription(summary);
    wireLegend();
    m_stack->setCurrentWidget(m_view);
    m_menuButton->setEnabled(true);
}

void ChartPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_stack->setCurrentWidget(m_message);
    m_menuButton->setEnabled(false);
}

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::showsChart() const
{
    return m_stack->currentWidget() == m_view;
}

QString ChartPanel::message() const
{
    return m_message->text();
}

QString ChartPanel::title() const
{
    return m_card->title();
}

void ChartPanel::wireLegend()
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    for (QLegendMarker *marker : markers) {
        marker->disconnect(this);
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            const int index = int(chart()->legend()->markers().indexOf(marker));
            if (index >= 0)
                toggleLegendEntry(index);
        });
    }
}

void ChartPanel::toggleLegendEntry(int index)
{
    const QList<QLegendMarker *> markers = chart()->legend()->markers();
    if (index < 0 || index >= markers.size())
        return;
    QLegendMarker *marker = markers.at(index);
    if (auto *bar = qobject_cast<QBarLegendMarker *>(marker))
        toggleBarSet(bar->barset());
    else
        marker->series()->setVisible(!marker->series()->isVisible());
    // Hiding a series hides its marker too; keep every marker so it can be
    // clicked again, dimmed and struck through while its series is hidden.
    for (QLegendMarker *m : chart()->legend()->markers())
        showMarkerState(m);
}

QImage ChartPanel::render(qreal scale) const
{
    const QSize size = m_view->size().expandedTo(QSize(640, kChartMinimumHeight));
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    chart()->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_view->sceneRect());
    return image;
}

Status ChartPanel::savePng(const QString &path) const
{
    if (!showsChart())
        return makeError(ErrorCode::Invalid, tr("There is no chart to save yet."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!render(kPngScale).save(&buffer, "PNG"))
        return makeError(ErrorCode::Io, tr("The image could not be made."));
    return FileIo::writeAtomically(path, bytes);
}

Status ChartPanel::saveSvg(const QString &path) const
{
    if (!showsChart())
        return makeError(ErrorCode::Invalid, tr("There is no chart to save yet."));
    const QSize size = m_view->size().expandedTo(QSize(640, kChartMinimumHeight));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(title());
    generator.setDescription(m_view->accessibleDescription());
    {
        QPainter painter(&generator);
        painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
        chart()->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), m_view->sceneRect());
    }
    return FileIo::writeAtomically(path, bytes);
}

void ChartPanel::printTo(QPrinter &printer) const
{
    QPainter painter(&printer);
    const QRectF page = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRectF area(QPointF(0, 0), page.size());
    QFont titleFont = Theme::font(Theme::TextStyle::SectionTitle);
    painter.setFont(titleFont);
    const QRectF titleRect = painter.boundingRect(area, Qt::AlignLeft | Qt::TextWordWrap, title());
    painter.drawText(titleRect, Qt::AlignLeft | Qt::TextWordWrap, title());

    // The chart keeps its on-screen proportions, as wide as the page allows.
    const QSizeF source = m_view->sceneRect().size();
    QRectF target(area.left(), titleRect.bottom() + titleRect.height() * 0.5, area.width(), 0);
    target.setHeight(area.width() * source.height() / std::max<qreal>(source.width(), 1));
    if (target.bottom() > area.bottom()) {
        const qreal height = area.bottom() - target.top();
        target.setSize(QSizeF(height * source.width() / std::max<qreal>(source.height(), 1), height));
    }
    chart()->scene()->render(&painter, target, m_view->sceneRect());
}

void ChartPanel::saveAs(bool svg)
{
    const QString suffix = svg ? u"svg"_s : u"png"_s;
    const QString path = FileDialogs::saveFileName(this,
        svg ? tr("Save the chart as an SVG drawing") : tr("Save the chart as a PNG image"), m_fileStem + u'.' + suffix,
        svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const QString target = QFileInfo(path).suffix().isEmpty() ? path + u'.' + suffix : path;
    const Status saved = svg ? saveSvg(target) : savePng(target);
    if (saved.ok())
        Q_EMIT noticeRequested(tr("Saved the chart to %1.").arg(QFileInfo(target).fileName()), false);
    else
        Q_EMIT noticeRequested(tr("The chart could not be saved. %1").arg(saved.error().message), true);
}

void ChartPanel::print()
{
    if (!showsChart())
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title());
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the chart"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printTo(printer);
}

} // namespace bearings::ui
