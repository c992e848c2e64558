#include "widgets/canvas/DesignView.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/palette/PaletteTree.h"

#include <QGuiApplication>
#include <QMimeData>
#include <QScrollBar>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {
constexpr double kMaxFitZoom = 1.25;
constexpr double kZoomStep = 1.2;
constexpr double kFitMargin = 24; // scene units around the design
constexpr int kEdgePixels = 24;   // how close to an edge the pointer starts scrolling
constexpr int kMaxScrollStep = 40;
constexpr int kAutoScrollMs = 30;

bool carriesKind(const QMimeData* data) {
    return data && data->hasFormat(QString::fromLatin1(PaletteTree::mimeType));
}

QString kindOf(const QMimeData* data) {
    return QString::fromUtf8(data->data(QString::fromLatin1(PaletteTree::mimeType)));
}
} // namespace

DesignView::DesignView(DesignScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    // Measured (TOOLCHAIN.md): repainting the bounding rect of what changed beats the
    // default minimal update when many links move.
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState |
                         QGraphicsView::DontAdjustForAntialiasing);
    setCacheMode(QGraphicsView::CacheBackground);
    setDragMode(QGraphicsView::RubberBandDrag);
    setRubberBandSelectionMode(Qt::ContainsItemShape);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    // A resize keeps what is at the top left in place: a dock growing beside the canvas
    // moves nothing on it.
    setResizeAnchor(QGraphicsView::NoAnchor);
    // Always shown: a scroll bar that came and went with the content would resize the
    // viewport, which refits, which shows or hides it again (a fit that never settles).
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    m_autoScroll.setInterval(kAutoScrollMs);
    connect(&m_autoScroll, &QTimer::timeout, this, &DesignView::autoScrollStep);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &DesignView::followSceneRect);
    // A design opened (or restored) is fitted; an edit ends fit mode, so that nothing the
    // person does on the canvas moves the view by itself.
    connect(scene, &DesignScene::rebuilt, this, [this] {
        setSceneRect(m_scene->sceneRect());
        showOpened();
    });
    connect(scene->document()->undoStack(), &QUndoStack::indexChanged, this,
            [this] { m_fitting = false; });
    m_scene->setViewScale(zoom());
    followSceneRect();
}

double DesignView::zoom() const {
    return transform().m11();
}

QPointF DesignView::visibleCenter() const {
    return mapToScene(viewport()->rect().center());
}

QRectF DesignView::visibleSceneRect() const {
    return mapToScene(viewport()->rect()).boundingRect();
}

void DesignView::fitToWindow() {
    m_fitting = true;
    m_readable = false;
    applyFit();
}

void DesignView::showOpened() {
    m_fitting = true;
    m_readable = true;
    applyFit();
}

void DesignView::applyFit() {
    ++m_fitCount;
    const QRectF design = m_scene->designRect();
    if (design.isEmpty()) {
        setZoom(1);
        centerOn(0, 0);
        followSceneRect();
        return;
    }
    const QRectF target = design.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    const QRectF port = viewport()->rect();
    const double fit = std::min(port.width() / target.width(), port.height() / target.height());
    if (m_readable && fit < kReadableZoom) {
        // Too big to read whole: 100%, its top left corner at the view's.
        setZoom(1);
        centerOn(target.topLeft() + QPointF(port.width(), port.height()) / 2);
    } else {
        setZoom(std::clamp(fit, kMinZoom, kMaxFitZoom));
        centerOn(target.center());
    }
    followSceneRect();
}

void DesignView::followSceneRect() {
    // The view's own scene rect holds the scene's and what is on screen with room around it:
    // QGraphicsView centres a scene smaller than the viewport, so a scene that grew (a drop)
    // would otherwise move everything on screen.
    const QPointF topLeft = mapToScene(QPoint(0, 0));
    const QRectF visible = visibleSceneRect();
    const double dx = visible.width() / 2;
    const double dy = visible.height() / 2;
    const QRectF wanted = m_scene->sceneRect().united(visible.adjusted(-dx, -dy, dx, dy));
    if (sceneRect().contains(wanted))
        return;
    setSceneRect(sceneRect().united(wanted));
    const QPoint drift = mapFromScene(topLeft);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
}

void DesignView::panTo(const QPointF& sceneCenter) {
    m_fitting = false;
    centerOn(sceneCenter);
}

void DesignView::showItems(const QRectF& sceneRect) {
    m_fitting = false;
    const QRectF target = sceneRect.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    const QRectF port = viewport()->rect();
    const double fit = std::min(port.width() / target.width(), port.height() / target.height());
    const double current = zoom();
    setZoom(current < 1 ? std::min(1.0, fit) : std::min(current, fit));
    centerOn(target.center());
}

void DesignView::zoomIn() {
    zoomTo(zoom() * kZoomStep);
}

void DesignView::zoomOut() {
    zoomTo(zoom() / kZoomStep);
}

void DesignView::zoomTo(double zoom) {
    m_fitting = false;
    zoomAround(zoom, QRectF(viewport()->rect()).center());
}

void DesignView::resetZoom() {
    zoomTo(1);
}

void DesignView::zoomAround(double zoom, const QPointF& viewPos) {
    const QPointF anchor = mapToScene(viewPos.toPoint());
    setZoom(zoom);
    const QPoint drift = mapFromScene(anchor) - viewPos.toPoint();
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + drift.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + drift.y());
}

void DesignView::setZoom(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == this->zoom())
        return;
    const QPointF center = visibleCenter();
    setTransform(QTransform::fromScale(zoom, zoom));
    m_scene->setViewScale(zoom);
    // Zoomed out past the scene: room for the same middle, not a scene pinned to the centre.
    followSceneRect();
    centerOn(center);
    emit zoomChanged(zoom);
}

void DesignView::resizeEvent(QResizeEvent* event) {
    // Only the view's own size reaches here (the scroll bars never come and go), so a fit
    // cannot feed back into another resize.
    QGraphicsView::resizeEvent(event);
    followSceneRect();
    if (m_fitting)
        applyFit();
}

void DesignView::wheelEvent(QWheelEvent* event) {
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        if (angle.y() != 0) {
            m_fitting = false;
            zoomAround(zoom() * std::pow(kZoomStep, angle.y() / 120.0), event->position());
        }
        event->accept();
        return;
    }
    m_fitting = false;
    if ((event->modifiers() & Qt::ShiftModifier) && angle.x() == 0) {
        QScrollBar* bar = horizontalScrollBar();
        bar->setValue(bar->value() - angle.y() * 3 * bar->singleStep() / 120);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DesignView::mousePressEvent(QMouseEvent* event) {
    const bool pan =
        event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld);
    if (pan && m_panButton == Qt::NoButton) {
        m_panButton = event->button();
        m_panLast = event->position().toPoint();
        m_fitting = false;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    // Shift on the bare canvas adds to the selection like Ctrl (Qt's rubber band knows only
    // Ctrl).
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    if (event->button() == Qt::LeftButton && (modifiers & Qt::ShiftModifier) &&
        !(modifiers & Qt::ControlModifier) &&
        m_scene->isBareCanvasAt(mapToScene(event->position().toPoint()))) {
        QMouseEvent adding(event->type(), event->position(), event->scenePosition(),
                           event->globalPosition(), event->button(), event->buttons(),
                           modifiers | Qt::ControlModifier, event->pointingDevice());
        m_leftHeld = true;
        QGraphicsView::mousePressEvent(&adding);
        event->setAccepted(adding.isAccepted());
        return;
    }
    if (event->button() == Qt::LeftButton)
        m_leftHeld = true;
    QGraphicsView::mousePressEvent(event);
}

void DesignView::mouseMoveEvent(QMouseEvent* event) {
    if (m_panButton != Qt::NoButton) {
        const QPoint position = event->position().toPoint();
        const QPoint delta = position - m_panLast;
        m_panLast = position;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
    updateAutoScroll(event->position().toPoint());
}

void DesignView::mouseReleaseEvent(QMouseEvent* event) {
    if (m_panButton != Qt::NoButton) {
        if (event->button() == m_panButton)
            endPan();
        event->accept();
        return;
    }
    if (event->button() == Qt::LeftButton) {
        m_leftHeld = false;
        m_autoScroll.stop();
    }
    QGraphicsView::mouseReleaseEvent(event);
}

QPoint DesignView::edgeSpeed(const QPoint& pointer) const {
    const QRect port = viewport()->rect();
    auto speed = [](int position, int low, int high) {
        int step = 0;
        if (position < low + kEdgePixels)
            step = position - (low + kEdgePixels);
        else if (position > high - kEdgePixels)
            step = position - (high - kEdgePixels);
        return std::clamp(step / 2, -kMaxScrollStep, kMaxScrollStep);
    };
    return {speed(pointer.x(), port.left(), port.right()),
            speed(pointer.y(), port.top(), port.bottom())};
}

void DesignView::updateAutoScroll(const QPoint& pointer) {
    m_pointer = pointer;
    const bool dragging = m_leftHeld && (m_scene->isDragging() || !rubberBandRect().isNull());
    if (dragging && !edgeSpeed(pointer).isNull()) {
        if (!m_autoScroll.isActive())
            m_autoScroll.start();
    } else {
        m_autoScroll.stop();
    }
}

void DesignView::autoScrollStep() {
    const QPoint speed = edgeSpeed(m_pointer);
    if (!m_leftHeld || speed.isNull()) {
        m_autoScroll.stop();
        return;
    }
    m_fitting = false;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + speed.x());
    verticalScrollBar()->setValue(verticalScrollBar()->value() + speed.y());
    // The pointer stands still but the scene moved under it: the drag follows.
    QMouseEvent move(QEvent::MouseMove, m_pointer, viewport()->mapToGlobal(m_pointer), Qt::NoButton,
                     Qt::LeftButton, QGuiApplication::keyboardModifiers());
    QGraphicsView::mouseMoveEvent(&move);
}

void DesignView::endPan() {
    m_panButton = Qt::NoButton;
    viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
}

void DesignView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !m_scene->isRenaming()) {
        if (!event->isAutoRepeat() && !m_spaceHeld) {
            m_spaceHeld = true;
            if (m_panButton == Qt::NoButton)
                viewport()->setCursor(Qt::OpenHandCursor);
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void DesignView::keyReleaseEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat() && m_spaceHeld) {
        m_spaceHeld = false;
        if (m_panButton == Qt::NoButton)
            viewport()->setCursor(Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DesignView::focusOutEvent(QFocusEvent* event) {
    m_spaceHeld = false;
    m_leftHeld = false;
    m_autoScroll.stop();
    QGraphicsView::focusOutEvent(event);
}

void DesignView::contextMenuEvent(QContextMenuEvent* event) {
    if (event->reason() == QContextMenuEvent::Mouse)
        m_scene->selectForContextMenu(mapToScene(event->pos()));
    emit contextMenuRequested(event->globalPos());
    event->accept();
}

void DesignView::dragEnterEvent(QDragEnterEvent* event) {
    if (!carriesKind(event->mimeData())) {
        event->ignore(); // nothing on the canvas takes other data
        return;
    }
    m_scene->showDropPreview(kindOf(event->mimeData()), mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

void DesignView::dragMoveEvent(QDragMoveEvent* event) {
    if (!carriesKind(event->mimeData())) {
        event->ignore(); // nothing on the canvas takes other data
        return;
    }
    m_scene->showDropPreview(kindOf(event->mimeData()), mapToScene(event->position().toPoint()));
    event->acceptProposedAction();
}

void DesignView::dragLeaveEvent(QDragLeaveEvent* event) {
    m_scene->hideDropPreview();
    QGraphicsView::dragLeaveEvent(event);
}

void DesignView::dropEvent(QDropEvent* event) {
    if (!carriesKind(event->mimeData())) {
        event->ignore(); // nothing on the canvas takes other data
        return;
    }
    m_scene->hideDropPreview();
    const std::string id =
        m_scene->addComponentAt(kindOf(event->mimeData()), mapToScene(event->position().toPoint()));
    if (id.empty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
}

} // namespace studio::widgets
