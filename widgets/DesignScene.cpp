#include "DesignScene.h"

#include "ComponentItem.h"
#include "ComponentSummary.h"
#include "LinkGeometry.h"
#include "LinkItem.h"
#include "StudioDocument.h"
#include "ZoneItem.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace studio::widgets {

namespace {
constexpr double kParallelSpacing = 20; // scene units between links joining the same boxes
constexpr double kGridSpacing = 20;
constexpr double kSceneMargin = 400;

template <class Item>
Item* find(const std::unordered_map<std::string, Item*>& items, const std::string& id) {
    const auto it = items.find(id);
    return it == items.end() ? nullptr : it->second;
}

template <class Item>
void deleteItem(std::unordered_map<std::string, Item*>& items, const std::string& id) {
    const auto it = items.find(id);
    if (it == items.end())
        return;
    delete it->second;
    items.erase(it);
}
} // namespace

DesignScene::DesignScene(const StudioDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_style(SceneStyle::fromPalette(palette())) {
    connectToDocument();
    rebuild();
}

DesignScene::~DesignScene() = default;

void DesignScene::connectToDocument() {
    const StudioDocument* d = m_document;
    connect(d, &StudioDocument::designReset, this, &DesignScene::rebuild);
    connect(d, &StudioDocument::componentAdded, this, &DesignScene::onComponentAdded);
    connect(d, &StudioDocument::componentRemoved, this, &DesignScene::onComponentRemoved);
    connect(d, &StudioDocument::componentChanged, this, &DesignScene::onComponentChanged);
    connect(d, &StudioDocument::linkAdded, this, &DesignScene::onLinkAdded);
    connect(d, &StudioDocument::linkRemoved, this, &DesignScene::onLinkRemoved);
    connect(d, &StudioDocument::linkChanged, this, &DesignScene::onLinkChanged);
    connect(d, &StudioDocument::zoneAdded, this, &DesignScene::onZoneAdded);
    connect(d, &StudioDocument::zoneRemoved, this, &DesignScene::onZoneRemoved);
    connect(d, &StudioDocument::zoneChanged, this, &DesignScene::onZoneChanged);
}

ComponentItem* DesignScene::componentItem(const std::string& id) const {
    return find(m_components, id);
}

LinkItem* DesignScene::linkItem(const std::string& id) const {
    return find(m_links, id);
}

ZoneItem* DesignScene::zoneItem(const std::string& id) const {
    return find(m_zones, id);
}

QRectF DesignScene::designRect() const {
    return itemsBoundingRect();
}

void DesignScene::rebuild() {
    m_rebuilding = true;
    clear();
    m_components.clear();
    m_links.clear();
    m_zones.clear();
    const core::Design& design = m_document->design();
    for (const auto& zone : design.zones)
        onZoneAdded(zone.id);
    for (const auto& component : design.components)
        onComponentAdded(component.id);
    for (const auto& link : design.links)
        onLinkAdded(link.id);
    m_rebuilding = false;
    updateZoneDepths();
    routeLinks();
    updateSceneRect();
}

void DesignScene::onComponentAdded(const std::string& id) {
    const core::Component* component = m_document->design().findComponent(id);
    if (!component || m_components.count(id))
        return;
    auto* item = new ComponentItem(id, &m_style);
    syncComponent(*item, *component);
    addItem(item);
    m_components[id] = item;
    updateSceneRect();
}

void DesignScene::onComponentRemoved(const std::string& id) {
    deleteItem(m_components, id);
    routeLinks({id});
}

void DesignScene::onComponentChanged(const std::string& id) {
    const core::Component* component = m_document->design().findComponent(id);
    ComponentItem* item = componentItem(id);
    if (!component || !item)
        return;
    syncComponent(*item, *component);
    routeLinks({id});
    updateSceneRect();
}

void DesignScene::syncComponent(ComponentItem& item, const core::Component& component) const {
    const core::KindSpec* kind = m_document->catalog().find(component.kind);
    ComponentContent content;
    content.kindLabel = ComponentSummary::kindLabel(component, kind);
    content.name = QString::fromStdString(component.name);
    content.details = ComponentSummary::details(component, kind);
    if (kind) {
        content.group = kind->group;
        content.source = kind->source;
        content.note = !kind->station && !kind->source;
        if (content.note)
            content.noteText = QString::fromStdString(component.text("text"));
    }
    item.setContent(std::move(content));
    item.setPos(component.rect.x, component.rect.y);
    item.setSize({component.rect.width, component.rect.height});
}

void DesignScene::onLinkAdded(const std::string& id) {
    const core::Link* link = m_document->design().findLink(id);
    if (!link || m_links.count(id))
        return;
    auto* item = new LinkItem(id, &m_style);
    syncLink(*item, *link);
    addItem(item);
    m_links[id] = item;
    if (!m_rebuilding)
        routeLinks({link->from, link->to});
}

void DesignScene::onLinkRemoved(const std::string& id) {
    deleteItem(m_links, id);
    routeLinks(); // its ends are gone from the model: re-space every bundle
}

void DesignScene::onLinkChanged(const std::string& id) {
    const core::Link* link = m_document->design().findLink(id);
    LinkItem* item = linkItem(id);
    if (!link || !item)
        return;
    syncLink(*item, *link);
    routeLinks(); // either end may have moved to another component
}

void DesignScene::syncLink(LinkItem& item, const core::Link& link) const {
    item.setMode(link.mode);
    item.setLabel(QString::fromStdString(link.label));
}

void DesignScene::onZoneAdded(const std::string& id) {
    const core::Zone* zone = m_document->design().findZone(id);
    if (!zone || m_zones.count(id))
        return;
    auto* item = new ZoneItem(id, &m_style);
    syncZone(*item, *zone);
    addItem(item);
    m_zones[id] = item;
    if (!m_rebuilding) {
        updateZoneDepths();
        updateSceneRect();
    }
}

void DesignScene::onZoneRemoved(const std::string& id) {
    deleteItem(m_zones, id);
    updateZoneDepths();
}

void DesignScene::onZoneChanged(const std::string& id) {
    const core::Zone* zone = m_document->design().findZone(id);
    ZoneItem* item = zoneItem(id);
    if (!zone || !item)
        return;
    syncZone(*item, *zone);
    updateZoneDepths();
    updateSceneRect();
}

void DesignScene::syncZone(ZoneItem& item, const core::Zone& zone) const {
    item.setKind(zone.kind);
    item.setName(QString::fromStdString(zone.name));
    item.setPos(zone.rect.x, zone.rect.y);
    item.setSize({zone.rect.width, zone.rect.height});
}

void DesignScene::updateZoneDepths() {
    for (const auto& zone : m_document->design().zones)
        if (ZoneItem* item = zoneItem(zone.id))
            item->setDepth(zoneDepth(zone));
}

int DesignScene::zoneDepth(const core::Zone& zone) const {
    const core::Design& design = m_document->design();
    int depth = 0;
    const core::Zone* current = &zone;
    // Bounded: a cycle of parents (an invalid design) must not hang the canvas.
    while (!current->parent.empty() && depth < static_cast<int>(design.zones.size())) {
        current = design.findZone(current->parent);
        if (!current)
            break;
        ++depth;
    }
    return depth;
}

void DesignScene::routeLinks(const std::vector<std::string>& componentIds) {
    const std::set<std::string> only(componentIds.begin(), componentIds.end());
    // Links joining the same two components, whichever way they point.
    std::map<std::pair<std::string, std::string>, std::vector<const core::Link*>> bundles;
    for (const auto& link : m_document->design().links) {
        if (!only.empty() && !only.count(link.from) && !only.count(link.to))
            continue;
        const bool forward = link.from <= link.to;
        bundles[forward ? std::pair(link.from, link.to) : std::pair(link.to, link.from)].push_back(
            &link);
    }
    for (const auto& [ends, links] : bundles) {
        const ComponentItem* a = componentItem(ends.first);
        const ComponentItem* b = componentItem(ends.second);
        const double count = static_cast<double>(links.size());
        for (std::size_t i = 0; i < links.size(); ++i) {
            const core::Link& link = *links[i];
            LinkItem* item = linkItem(link.id);
            if (!item)
                continue;
            if (!a || !b) {
                item->setLine({}); // a dangling link (an invalid design): nothing to draw
                continue;
            }
            if (link.from == link.to) {
                item->setLoop(a->sceneBox());
                continue;
            }
            const double offset = (static_cast<double>(i) - (count - 1) / 2) * kParallelSpacing;
            const bool forward = link.from == ends.first;
            const QRectF from = (forward ? a : b)->sceneBox();
            const QRectF to = (forward ? b : a)->sceneBox();
            item->setLine(linkLine(from, to, forward ? offset : -offset));
        }
    }
}

void DesignScene::updateSceneRect() {
    if (m_rebuilding)
        return;
    setSceneRect(
        itemsBoundingRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

bool DesignScene::event(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        m_style = SceneStyle::fromPalette(palette());
        update();
    }
    return QGraphicsScene::event(event);
}

void DesignScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, m_style.background);
    const double scale = painter->worldTransform().m11();
    if (scale * kGridSpacing < 8)
        return;
    QPen dots(m_style.grid, 2);
    dots.setCosmetic(true);
    dots.setCapStyle(Qt::RoundCap);
    painter->setPen(dots);
    std::vector<QPointF> points;
    const double left = std::floor(rect.left() / kGridSpacing) * kGridSpacing;
    const double top = std::floor(rect.top() / kGridSpacing) * kGridSpacing;
    for (double x = left; x <= rect.right(); x += kGridSpacing)
        for (double y = top; y <= rect.bottom(); y += kGridSpacing)
            points.emplace_back(x, y);
    painter->drawPoints(points.data(), static_cast<int>(points.size()));
}

} // namespace studio::widgets
