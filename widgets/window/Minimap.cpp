#include "widgets/window/Minimap.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {
constexpr double kInset = 4;          // pixels between the widget's edge and the design
constexpr double kMinMargin = 40;     // scene units around the design
constexpr double kMarginShare = 0.04; // of the design's larger side
constexpr double kZoomStep = 1.2;     // per wheel notch, as on the canvas
} // namespace

Minimap::Minimap(DesignView* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_scene(view->designScene()) {
    setObjectName(QStringLiteral("minimap"));
    setMinimumSize(120, 80);
    setToolTip(tr("Click or drag to move the canvas; the wheel zooms"));
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshDelayMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &Minimap::refresh);

    const StudioDocument* document = m_scene->document();
    connect(document, &StudioDocument::changed, this, &Minimap::scheduleRefresh);
    connect(document, &StudioDocument::designReset, this, &Minimap::scheduleRefresh);
    connect(m_scene, &DesignScene::rebuilt, this, &Minimap::scheduleRefresh);
    // What the model does not know yet: a drag in progress, the estimate overlay's colours.
    connect(m_scene, &QGraphicsScene::changed, this, &Minimap::scheduleRefresh);

    // Panning and zooming move only the mark.
    const auto repaint = [this] { update(); };
    connect(m_view, &DesignView::zoomChanged, this, repaint);
    for (QScrollBar* bar : {m_view->horizontalScrollBar(), m_view->verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, this, repaint);
        connect(bar, &QScrollBar::rangeChanged, this, repaint);
    }
    m_view->viewport()->installEventFilter(this);
}

QSize Minimap::sizeHint() const {
    return {240, 160};
}

QPointF Minimap::toScene(const QPointF& widgetPos) const {
    if (m_target.isEmpty() || m_area.isEmpty())
        return m_area.center();
    const double scale = m_target.width() / m_area.width();
    return m_area.topLeft() + (widgetPos - m_target.topLeft()) / scale;
}

QPointF Minimap::fromScene(const QPointF& scenePos) const {
    if (m_target.isEmpty() || m_area.isEmpty())
        return m_target.center();
    const double scale = m_target.width() / m_area.width();
    return m_target.topLeft() + (scenePos - m_area.topLeft()) * scale;
}

QRectF Minimap::markedRect() const {
    const QRectF visible = m_view->visibleSceneRect();
    return {fromScene(visible.topLeft()), fromScene(visible.bottomRight())};
}

void Minimap::scheduleRefresh() {
    if (!isVisible()) {
        m_dirty = true; // rendered when shown
        return;
    }
    // Not restarted by each change: a long burst still shows progress every few frames.
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void Minimap::refresh() {
    m_refreshTimer.stop();
    m_dirty = false;
    QRectF area = m_scene->designRect();
    if (area.isEmpty()) {
        area = m_view->visibleSceneRect();
    } else {
        const double margin =
            std::max(kMinMargin, kMarginShare * std::max(area.width(), area.height()));
        area.adjust(-margin, -margin, margin, margin);
    }
    m_area = area;
    layoutArea();

    const double ratio = devicePixelRatioF();
    const QSize pixels = (m_target.size() * ratio).toSize().expandedTo(QSize(1, 1));
    QPixmap image(pixels);
    image.setDevicePixelRatio(ratio);
    image.fill(m_scene->style().background);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        m_scene->render(&painter, QRectF(QPointF(0, 0), m_target.size()), m_area,
                        Qt::IgnoreAspectRatio);
    }
    m_image = image;
    update();
    emit refreshed();
}

void Minimap::layoutArea() {
    const QRectF inner = QRectF(rect()).adjusted(kInset, kInset, -kInset, -kInset);
    if (m_area.isEmpty() || inner.isEmpty()) {
        m_target = {};
        return;
    }
    const double scale = std::min(inner.width() / m_area.width(), inner.height() / m_area.height());
    const QSizeF size = m_area.size() * scale;
    m_target = QRectF(inner.center() - QPointF(size.width(), size.height()) / 2, size);
}

void Minimap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), m_scene->style().background);
    if (!m_image.isNull())
        painter.drawPixmap(m_target, m_image, QRectF(QPointF(0, 0), m_image.size()));
    if (m_target.isEmpty())
        return;
    // Crisp, on whole pixels: a 2-pixel frame inside the marked rectangle, kept inside the
    // widget so all four sides show when the view shows more than the design.
    const QRectF marked = markedRect();
    const QRect frame = QRect(QPoint(qRound(marked.left()), qRound(marked.top())),
                              QPoint(qRound(marked.right()) - 1, qRound(marked.bottom()) - 1))
                            .intersected(rect());
    if (frame.isEmpty())
        return;
    QColor fill = palette().color(QPalette::Highlight);
    fill.setAlpha(40);
    painter.fillRect(frame, fill);
    QPen pen(palette().color(QPalette::Highlight), 2);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(1, 1, 0, 0));
}

void Minimap::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    layoutArea(); // the old image is stretched into the new place until it is rendered again
    scheduleRefresh();
}

void Minimap::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_dirty) {
        m_dirty = false;
        m_refreshTimer.start();
    }
}

void Minimap::panTo(const QPointF& widgetPos) {
    m_view->panTo(toScene(widgetPos));
}

void Minimap::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_target.isEmpty()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_panning = true;
    setCursor(Qt::ClosedHandCursor);
    panTo(event->position());
    event->accept();
}

void Minimap::mouseMoveEvent(QMouseEvent* event) {
    if (!m_panning) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    panTo(event->position());
    event->accept();
}

void Minimap::mouseReleaseEvent(QMouseEvent* event) {
    if (!m_panning || event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_panning = false;
    unsetCursor();
    panTo(event->position());
    event->accept();
}

void Minimap::wheelEvent(QWheelEvent* event) {
    const int notches = event->angleDelta().y();
    if (notches != 0)
        m_view->zoomTo(m_view->zoom() * std::pow(kZoomStep, notches / 120.0));
    event->accept();
}

bool Minimap::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        update(); // the view shows more or less of the scene
    return QWidget::eventFilter(watched, event);
}

} // namespace studio::widgets
