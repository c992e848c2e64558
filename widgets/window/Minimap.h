#pragma once

#include <QPixmap>
#include <QTimer>
#include <QWidget>

namespace studio::widgets {

class DesignScene;
class DesignView;

// The overview of the whole design with the view's visible area marked. A click or drag pans
// the view there (the marked area follows the pointer); the wheel zooms the view. The design
// is rendered once into a cached image at the overview's scale, again only after the design
// or the canvas changed (a drag in progress too; coalesced by a short single-shot timer) or the
// overview was resized; a pan or zoom only repaints the mark. While hidden it renders nothing. The
// view (not owned) must outlive it.
class Minimap : public QWidget {
    Q_OBJECT

public:
    // How long after a change the image is rendered again (milliseconds): edits in a burst
    // (a paste, typing in the inspector) render once.
    static constexpr int kRefreshDelayMs = 60;

    explicit Minimap(DesignView* view, QWidget* parent = nullptr);

    // The part of the scene the overview shows (the design with a margin), scene coordinates.
    QRectF sceneArea() const { return m_area; }
    // Where the view's visible area is marked, widget coordinates (may reach past the widget).
    QRectF markedRect() const;
    QPointF toScene(const QPointF& widgetPos) const;
    QPointF fromScene(const QPointF& scenePos) const;
    // The cached rendering of the design (device pixels).
    const QPixmap& image() const { return m_image; }
    // Whether a render is waiting for its timer (or for the overview to be shown).
    bool isRefreshPending() const { return m_refreshTimer.isActive() || m_dirty; }

    QSize sizeHint() const override;

public slots:
    // Renders the design into the image now.
    void refresh();
    // Renders it soon (once for a burst of calls).
    void scheduleRefresh();

signals:
    void refreshed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Where m_area is drawn in the widget: as large as fits, centred, aspect kept.
    void layoutArea();
    void panTo(const QPointF& widgetPos);

    DesignView* m_view;
    DesignScene* m_scene;
    QTimer m_refreshTimer;
    QPixmap m_image;
    QRectF m_area;       // scene coordinates
    QRectF m_target;     // widget coordinates
    bool m_dirty = true; // a change arrived while hidden
    bool m_panning = false;
};

} // namespace studio::widgets
