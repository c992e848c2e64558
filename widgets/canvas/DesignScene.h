#pragma once

#include "widgets/canvas/items/SceneStyle.h"

#include <QGraphicsScene>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace studio::core {
struct Component;
struct Link;
struct Zone;
} // namespace studio::core

namespace studio::widgets {

class ComponentItem;
class LinkItem;
class LinkRouter;
class NameEditor;
class SceneInput;
class StudioDocument;
class ZoneItem;

// The canvas: mirrors the document's design with one item per component, link and zone,
// keyed by model id, and follows the document's change signals. The model is the truth;
// items hold only ids and what they draw. Editing on the canvas (SceneInput and its gestures)
// previews by moving items and pushes one undo command per action on the document.
// Stacking: zones (nested ones above their parents) < links < components.
//
// Selection: QGraphicsScene::selectionChanged() is emitted whenever selectedIds() changes
// (once per selectIds() or selectAll()).
class DesignScene : public QGraphicsScene {
    Q_OBJECT

public:
    static constexpr double kGridSize = 20; // scene units

    explicit DesignScene(StudioDocument* document, QObject* parent = nullptr);
    ~DesignScene() override;

    StudioDocument* document() const { return m_document; }
    const SceneStyle& style() const { return m_style; }

    ComponentItem* componentItem(const std::string& id) const;
    LinkItem* linkItem(const std::string& id) const;
    ZoneItem* zoneItem(const std::string& id) const;
    // The component, zone or link item with this id.
    QGraphicsItem* itemById(const std::string& id) const;
    std::size_t componentCount() const { return m_components.size(); }
    std::size_t linkCount() const { return m_links.size(); }
    std::size_t zoneCount() const { return m_zones.size(); }

    // The part of the scene the design covers (every item), without margins.
    QRectF designRect() const;

    // The selected components, zones and links, in that order, each in design order.
    std::vector<std::string> selectedIds() const;
    // Selects exactly these (ids naming nothing are ignored).
    void selectIds(const std::vector<std::string>& ids);
    void selectAll();
    // The selected components and zones: what a move moves.
    std::vector<std::string> selectedMovableIds() const;

    // Dragging, resizing and adding snap to a grid of kGridSize (on by default; Alt held
    // during a drag turns it off for that drag).
    void setSnapToGrid(bool snap) { m_snap = snap; }
    bool snapToGrid() const { return m_snap; }
    static QPointF snappedToGrid(const QPointF& point);

    // Adds a component of the kind centred at `center` (snapped), named after its kind, in the
    // zone core's edits::zoneHolding() says its rectangle is in, as one undo step, and selects
    // it. Returns its id (empty for an unknown kind).
    std::string addComponentAt(const QString& kindId, const QPointF& center);

    // Opens the inline name editor over a component or zone: Enter renames (one undo step),
    // Escape cancels.
    void startRename(const std::string& id);
    void finishRename(bool accept);
    bool isRenaming() const { return m_nameEditor != nullptr; }
    bool isOnNameEditor(const QPointF& scenePos) const;

    // Stops a drag in progress, putting things back. False when there was none.
    bool cancelDrag();
    bool isDragging() const;

    // For the view: how many scene units one screen pixel is (handles keep their size).
    void setViewScale(double scale);
    // Connect mode (Edit > Connect): a drag from anywhere on a component draws a link from it.
    void setConnectMode(bool on);
    bool connectMode() const { return m_connectMode; }
    // Right-click: selects the thing under the point unless it is already selected; on the
    // bare canvas clears the selection.
    void selectForContextMenu(const QPointF& scenePos);
    // Whether nothing (no component, link, zone border or handle) is under the point.
    bool isBareCanvasAt(const QPointF& scenePos) const;
    // A dashed outline where a dragged palette kind would land.
    void showDropPreview(const QString& kindId, const QPointF& center);
    void hideDropPreview();
    void setCanvasCursor(Qt::CursorShape shape);

    // For gestures.
    const LinkRouter& router() const { return *m_router; }
    // Grows the scene rect to hold `rect` with a margin, so a drag can go past the edge
    // (shrinking waits for rebuild()).
    void growSceneRect(const QRectF& rect);
    // Puts these components' and zones' items back where the model has them and re-routes
    // their links.
    void restoreFromModel(const std::vector<std::string>& ids);

signals:
    // Something a person should read in the status bar (why a link cannot be drawn...).
    void statusMessage(const QString& message);
    // The items were rebuilt from a new design.
    void rebuilt();
    void connectModeChanged(bool on);

public slots:
    // Drops every item and builds them again from the document's design.
    void rebuild();

protected:
    bool event(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void connectToDocument();
    void onComponentAdded(const std::string& id);
    void onComponentRemoved(const std::string& id);
    void onComponentChanged(const std::string& id);
    void onLinkAdded(const std::string& id);
    void onLinkRemoved(const std::string& id);
    void onLinkChanged(const std::string& id);
    void onZoneAdded(const std::string& id);
    void onZoneRemoved(const std::string& id);
    void onZoneChanged(const std::string& id);

    // Where a box of `kind` dropped with its centre at `center` puts its top left (snapped).
    QPointF dropTopLeft(const core::KindSpec& kind, const QPointF& center) const;
    void addComponentItem(const core::Component& component);
    void addLinkItem(const core::Link& link);
    void addZoneItem(const core::Zone& zone);
    void syncComponent(ComponentItem& item, const core::Component& component) const;
    void syncLink(LinkItem& item, const core::Link& link) const;
    void syncZone(ZoneItem& item, const core::Zone& zone) const;
    void updateZoneDepths();
    int zoneDepth(const core::Zone& zone) const;
    void updateSceneRect();
    void updateHandles();
    void refreshStyle();

    StudioDocument* m_document;
    SceneStyle m_style;
    std::unordered_map<std::string, ComponentItem*> m_components;
    std::unordered_map<std::string, LinkItem*> m_links;
    std::unordered_map<std::string, ZoneItem*> m_zones;
    std::unique_ptr<LinkRouter> m_router;
    std::unique_ptr<SceneInput> m_input;
    NameEditor* m_nameEditor = nullptr;
    std::string m_renamingId;
    QGraphicsRectItem* m_dropPreview = nullptr;
    std::string m_handlesId;           // the item showing handles (the only selected one)
    std::vector<QPointF> m_gridPoints; // reused by drawBackground
    bool m_snap = true;
    bool m_connectMode = false;
    bool m_rebuilding = false; // defer routing and sizing to the end of rebuild()
};

} // namespace studio::widgets
