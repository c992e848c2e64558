#pragma once

#include <QGraphicsView>
#include <QTimer>

namespace studio::widgets {

class DesignScene;

// Shows a design scene and navigates it: Ctrl+wheel zooms around the pointer, the wheel
// scrolls (Shift+wheel sideways), space+drag and middle-drag pan, a drag on the bare canvas
// draws a rubber band (Ctrl or Shift: adding to the selection). Takes palette kinds dropped on
// it (PaletteTree::mimeType) as new components. Keeps the whole design in view (fit mode) until
// the person zooms, scrolls, pans or edits; nothing else moves the view.
class DesignView : public QGraphicsView {
    Q_OBJECT

public:
    static constexpr double kMinZoom = 0.05;
    static constexpr double kMaxZoom = 8;

    explicit DesignView(DesignScene* scene, QWidget* parent = nullptr);

    DesignScene* designScene() const { return m_scene; }
    // The view's scale (1 = 100%).
    double zoom() const;
    // Whether the view keeps the design in view when it is resized (fitted, or opened as
    // showOpened says): from opening a design or Fit to Window until the person zooms,
    // scrolls, pans or edits.
    bool isFitting() const { return m_fitting; }
    // The least zoom at which a box's smallest text (10 px at 100%) is still readable.
    static constexpr double kReadableZoom = 0.8;
    // How many times the view fitted the design (a layout that settles stops counting).
    int fitCount() const { return m_fitCount; }
    // The middle of what the view shows, in scene coordinates.
    QPointF visibleCenter() const;
    // What the view shows, in scene coordinates.
    QRectF visibleSceneRect() const;

public slots:
    void zoomIn();
    void zoomOut();
    // Zooms to `zoom` (clamped to kMinZoom..kMaxZoom) around the middle of the view.
    void zoomTo(double zoom);
    void resetZoom(); // 100%
    // Fits the whole design in view (never above 125%) and keeps it fitted on resize.
    void fitToWindow();
    // Shows a design just opened readable: fitted when all of it shows at kReadableZoom or
    // more, else at 100% from its top left (Fit to Window still shows all of it). Kept on
    // resize like a fit.
    void showOpened();
    // Centres the view on a scene point and leaves fit mode (the overview pans with it).
    void panTo(const QPointF& sceneCenter);
    // Brings `sceneRect` into view, centred (Find shows a match with it): zooms out if it does
    // not fit, zooms in to at most 100% when the view is below that, never beyond.
    void showItems(const QRectF& sceneRect);

signals:
    void zoomChanged(double zoom);
    // A right click (or the menu key) on the canvas, after the selection was updated: the
    // window shows its context menu at `screenPos`.
    void contextMenuRequested(const QPoint& screenPos);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void keyReleaseEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void applyFit();
    void followSceneRect();
    // Sets the scale keeping the scene point under `viewPos` (viewport coordinates) in place.
    void zoomAround(double zoom, const QPointF& viewPos);
    void setZoom(double zoom);
    void endPan();
    // While a drag (a gesture or the rubber band) holds the pointer near an edge of the view,
    // scroll towards it and replay the pointer so the drag follows.
    void updateAutoScroll(const QPoint& pointer);
    void autoScrollStep();
    QPoint edgeSpeed(const QPoint& pointer) const;

    DesignScene* m_scene;
    bool m_fitting = true;
    bool m_readable = false; // fitting as showOpened does, not whatever the zoom
    int m_fitCount = 0;
    bool m_spaceHeld = false;
    Qt::MouseButton m_panButton = Qt::NoButton;
    QPoint m_panLast;
    QTimer m_autoScroll;
    QPoint m_pointer; // the last pointer position in the viewport
    bool m_leftHeld = false;
};

} // namespace studio::widgets
