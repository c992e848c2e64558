#pragma once

#include "SceneStyle.h"

#include <QGraphicsScene>

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
class StudioDocument;
class ZoneItem;

// The canvas: mirrors the document's design with one item per component, link and zone,
// keyed by model id, and follows the document's change signals. The model is the truth;
// items hold only ids and what they draw.
// Stacking: zones (nested ones above their parents) < links < components.
class DesignScene : public QGraphicsScene {
    Q_OBJECT

public:
    explicit DesignScene(const StudioDocument* document, QObject* parent = nullptr);
    ~DesignScene() override;

    const StudioDocument* document() const { return m_document; }
    const SceneStyle& style() const { return m_style; }

    ComponentItem* componentItem(const std::string& id) const;
    LinkItem* linkItem(const std::string& id) const;
    ZoneItem* zoneItem(const std::string& id) const;
    std::size_t componentCount() const { return m_components.size(); }
    std::size_t linkCount() const { return m_links.size(); }
    std::size_t zoneCount() const { return m_zones.size(); }

    // The part of the scene the design covers (every item), without margins.
    QRectF designRect() const;

public slots:
    // Drops every item and builds them again from the document's design.
    void rebuild();

protected:
    bool event(QEvent* event) override;
    void drawBackground(QPainter* painter, const QRectF& rect) override;

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

    void syncComponent(ComponentItem& item, const core::Component& component) const;
    void syncLink(LinkItem& item, const core::Link& link) const;
    void syncZone(ZoneItem& item, const core::Zone& zone) const;
    // Puts the links touching `componentIds` (every link when empty) on the line between
    // their boxes' edges, parallel links side by side.
    void routeLinks(const std::vector<std::string>& componentIds = {});
    void updateZoneDepths();
    int zoneDepth(const core::Zone& zone) const;
    void updateSceneRect();

    const StudioDocument* m_document;
    SceneStyle m_style;
    std::unordered_map<std::string, ComponentItem*> m_components;
    std::unordered_map<std::string, LinkItem*> m_links;
    std::unordered_map<std::string, ZoneItem*> m_zones;
    bool m_rebuilding = false; // defer routing and sizing to the end of rebuild()
};

} // namespace studio::widgets
