#include "DesignView.h"

#include "DesignScene.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {
constexpr double kMaxFitZoom = 1.25;
constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8;
constexpr double kZoomStep = 1.25;
constexpr double kFitMargin = 24; // scene units around the design
} // namespace

DesignView::DesignView(DesignScene* scene, QWidget* parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFrameShape(QFrame::NoFrame);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (m_fitting)
            applyFit();
    });
}

double DesignView::zoom() const {
    return transform().m11();
}

void DesignView::fitDesign() {
    m_fitting = true;
    applyFit();
}

void DesignView::applyFit() {
    const QRectF design = m_scene->designRect();
    if (design.isEmpty()) {
        setZoom(1);
        return;
    }
    const QRectF target = design.adjusted(-kFitMargin, -kFitMargin, kFitMargin, kFitMargin);
    const QRectF port = viewport()->rect();
    const double fit = std::min(port.width() / target.width(), port.height() / target.height());
    setZoom(std::clamp(fit, kMinZoom, kMaxFitZoom));
    centerOn(target.center());
}

void DesignView::zoomIn() {
    m_fitting = false;
    setZoom(zoom() * kZoomStep);
}

void DesignView::zoomOut() {
    m_fitting = false;
    setZoom(zoom() / kZoomStep);
}

void DesignView::setZoom(double zoom) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(zoom, zoom));
}

void DesignView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (m_fitting)
        applyFit();
}

void DesignView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_fitting = false;
    setZoom(zoom() * std::pow(kZoomStep, steps));
    event->accept();
}

} // namespace studio::widgets
