#pragma once

#include <QGraphicsView>

namespace studio::widgets {

class DesignScene;

// Shows a design scene: pans by dragging, zooms with Ctrl+wheel, and keeps the whole design
// in view (fit mode) until the person zooms.
class DesignView : public QGraphicsView {
    Q_OBJECT

public:
    explicit DesignView(DesignScene* scene, QWidget* parent = nullptr);

    // The view's scale (1 = 100%).
    double zoom() const;

public slots:
    // Fits the whole design in view (never above kMaxFitZoom) and keeps it fitted on resize.
    void fitDesign();
    void zoomIn();
    void zoomOut();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    void applyFit();
    void setZoom(double zoom);

    DesignScene* m_scene;
    bool m_fitting = true;
};

} // namespace studio::widgets
