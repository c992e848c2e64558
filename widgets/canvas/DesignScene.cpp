#include "widgets/canvas/DesignScene.h"

#include "widgets/base/ComponentSummary.h"
#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/LinkRouter.h"
#include "widgets/canvas/SceneInput.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/NameEditor.h"
#include "widgets/canvas/items/ZoneItem.h"

#include <QEvent>
#include <QGraphicsView>
#include <QPainter>
#include <QSignalBlocker>

#include <algorithm>
#include <cmath>
#include <utility>

namespace studio::widgets {

namespace {
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
    // Out of the map first: deleting a selected item emits selectionChanged at once, and
    // nothing reached from there may find it half destroyed.
    Item* item = it->second;
    items.erase(it);
    delete item;
}
} // namespace

DesignScene::DesignScene(StudioDocument* document, QObject* parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_style(SceneStyle::fromPalette(palette()))
    , m_router(std::make_unique<LinkRouter>(*this))
    , m_input(std::make_unique<SceneInput>(*this)) {
    // Measured with bench/canvas (2,000 components, 4,000 local links): the BSP index makes the
    // pointer's hit tests 15-30x cheaper than no index and a drag's repaint about 2x cheaper;
    // no index only wins full redraws and dragging hundreds of scattered items at once.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    connectToDocument();
    connect(this, &QGraphicsScene::selectionChanged, this, &DesignScene::updateHandles);
    rebuild();
}

DesignScene::~DesignScene() {
    m_input->abandon(); // before the items go: a gesture may own a preview item
    disconnect(this, nullptr, this, nullptr);
}

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

QGraphicsItem* DesignScene::itemById(const std::string& id) const {
    if (QGraphicsItem* item = componentItem(id))
        return item;
    if (QGraphicsItem* item = zoneItem(id))
        return item;
    return linkItem(id);
}

QRectF DesignScene::designRect() const {
    QRectF rect;
    for (const auto& [id, item] : m_components)
        rect |= item->sceneBox();
    for (const auto& [id, item] : m_zones)
        rect |= item->sceneBox();
    for (const auto& [id, item] : m_links)
        rect |= item->sceneBoundingRect();
    return rect;
}

void DesignScene::rebuild() {
    m_input->abandon();
    finishRename(false);
    hideDropPreview();
    m_rebuilding = true;
    {
        const QSignalBlocker blocker(this); // one selectionChanged at the end, not thousands
        clear();
    }
    m_components.clear();
    m_links.clear();
    m_zones.clear();
    m_router->clear();
    m_handlesId.clear();
    // Straight from the design's lists: looking each id up would be quadratic.
    const core::Design& design = m_document->design();
    for (const auto& zone : design.zones)
        addZoneItem(zone);
    for (const auto& component : design.components)
        addComponentItem(component);
    for (const auto& link : design.links)
        addLinkItem(link);
    m_rebuilding = false;
    updateZoneDepths();
    m_router->routeAll();
    updateSceneRect();
    emit selectionChanged();
    emit rebuilt();
}

void DesignScene::onComponentAdded(const std::string& id) {
    if (const core::Component* component = m_document->design().findComponent(id))
        addComponentItem(*component);
}

void DesignScene::addComponentItem(const core::Component& component) {
    if (m_components.count(component.id))
        return;
    auto* item = new ComponentItem(component.id, &m_style);
    syncComponent(*item, component);
    addItem(item);
    m_components[component.id] = item;
    if (!m_rebuilding)
        growSceneRect(item->sceneBox());
}

void DesignScene::onComponentRemoved(const std::string& id) {
    if (m_renamingId == id)
        finishRename(false);
    deleteItem(m_components, id);
    m_router->routeAround({id});
}

void DesignScene::onComponentChanged(const std::string& id) {
    const core::Component* component = m_document->design().findComponent(id);
    ComponentItem* item = componentItem(id);
    if (!component || !item)
        return;
    syncComponent(*item, *component);
    m_router->routeAround({id});
    growSceneRect(item->sceneBox());
}

void DesignScene::syncComponent(ComponentItem& item, const core::Component& component) const {
    const core::KindSpec* kind = m_document->catalog().find(component.kind);
    ComponentContent content;
    content.kindId = QString::fromStdString(component.kind);
    content.kindLabel = ComponentSummary::kindLabel(component, kind);
    content.name = QString::fromStdString(component.name);
    content.details = ComponentSummary::details(component, kind);
    if (kind) {
        content.group = kind->group;
        content.source = kind->source;
        content.note = !kind->station && !kind->source;
        const double nodes = ComponentSummary::storeNodes(component, kind);
        content.stack = nodes >= 3 ? 2 : nodes >= 2 ? 1 : 0;
        if (content.note)
            content.noteText = QString::fromStdString(component.text("text"));
    }
    item.setContent(std::move(content));
    item.setPos(component.rect.x, component.rect.y);
    item.setSize({component.rect.width, component.rect.height});
}

void DesignScene::onLinkAdded(const std::string& id) {
    if (const core::Link* link = m_document->design().findLink(id))
        addLinkItem(*link);
}

void DesignScene::addLinkItem(const core::Link& link) {
    if (m_links.count(link.id))
        return;
    auto* item = new LinkItem(link.id, &m_style);
    syncLink(*item, link);
    addItem(item);
    m_links[link.id] = item;
    m_router->addLink(link.id, link.from, link.to);
    if (!m_rebuilding)
        m_router->route({link.id});
}

void DesignScene::onLinkRemoved(const std::string& id) {
    const auto [from, to] = m_router->ends(id);
    m_router->removeLink(id);
    deleteItem(m_links, id);
    m_router->routeAround({from, to}); // re-space the links it ran beside
}

void DesignScene::onLinkChanged(const std::string& id) {
    const core::Link* link = m_document->design().findLink(id);
    LinkItem* item = linkItem(id);
    if (!link || !item)
        return;
    syncLink(*item, *link);
    const auto [oldFrom, oldTo] = m_router->ends(id);
    m_router->addLink(id, link->from, link->to);
    m_router->routeAround({oldFrom, oldTo, link->from, link->to});
    growSceneRect(item->sceneBoundingRect()); // a bend may reach past the components
}

void DesignScene::syncLink(LinkItem& item, const core::Link& link) const {
    item.setMode(link.mode);
    item.setLabel(QString::fromStdString(link.label));
    QPolygonF bends;
    for (const core::Point& bend : link.bends)
        bends << QPointF(bend.x, bend.y);
    item.setBends(std::move(bends));
}

void DesignScene::onZoneAdded(const std::string& id) {
    if (const core::Zone* zone = m_document->design().findZone(id))
        addZoneItem(*zone);
}

void DesignScene::addZoneItem(const core::Zone& zone) {
    if (m_zones.count(zone.id))
        return;
    auto* item = new ZoneItem(zone.id, &m_style);
    syncZone(*item, zone);
    addItem(item);
    m_zones[zone.id] = item;
    if (!m_rebuilding) {
        updateZoneDepths();
        growSceneRect(item->sceneBox());
    }
}

void DesignScene::onZoneRemoved(const std::string& id) {
    if (m_renamingId == id)
        finishRename(false);
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
    growSceneRect(item->sceneBox());
}

void DesignScene::syncZone(ZoneItem& item, const core::Zone& zone) const {
    item.setKind(zone.kind);
    item.setName(QString::fromStdString(zone.name));
    item.setPos(zone.rect.x, zone.rect.y);
    item.setSize({zone.rect.width, zone.rect.height});
}

void DesignScene::restoreFromModel(const std::vector<std::string>& ids) {
    const core::Design& design = m_document->design();
    std::vector<std::string> components;
    for (const auto& id : ids) {
        if (const core::Component* component = design.findComponent(id)) {
            if (ComponentItem* item = componentItem(id)) {
                item->setPos(component->rect.x, component->rect.y);
                item->setSize({component->rect.width, component->rect.height});
                components.push_back(id);
            }
        } else if (const core::Zone* zone = design.findZone(id)) {
            if (ZoneItem* item = zoneItem(id)) {
                item->setPos(zone->rect.x, zone->rect.y);
                item->setSize({zone->rect.width, zone->rect.height});
            }
        }
    }
    m_router->routeAround(components);
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

void DesignScene::growSceneRect(const QRectF& rect) {
    const QRectF wanted = rect.adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin);
    if (!sceneRect().contains(wanted))
        setSceneRect(sceneRect().united(wanted));
}

void DesignScene::updateSceneRect() {
    if (m_rebuilding)
        return;
    setSceneRect(designRect().adjusted(-kSceneMargin, -kSceneMargin, kSceneMargin, kSceneMargin));
}

bool DesignScene::event(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        refreshStyle();
    if (event->type() == QEvent::GraphicsSceneLeave)
        m_input->pointerLeft();
    // While a name is edited, its keys are text, not shortcuts (Delete, Ctrl+A...).
    if (event->type() == QEvent::ShortcutOverride && m_nameEditor) {
        event->accept();
        return true;
    }
    return QGraphicsScene::event(event);
}

void DesignScene::refreshStyle() {
    const double pixel = m_style.pixel;
    m_style = SceneStyle::fromPalette(palette());
    m_style.pixel = pixel;
    for (const auto& [id, item] : m_links)
        item->refreshStyle();
    // The views keep the painted background (grid) in a cache that update() leaves alone.
    for (QGraphicsView* view : views())
        view->resetCachedContent();
    update();
}

void DesignScene::drawBackground(QPainter* painter, const QRectF& rect) {
    painter->fillRect(rect, m_style.background);
    const double scale = painter->worldTransform().m11();
    if (scale * kGridSize < 8)
        return;
    QPen dots(m_style.grid, 2);
    dots.setCosmetic(true);
    dots.setCapStyle(Qt::RoundCap);
    painter->setPen(dots);
    m_gridPoints.clear();
    const double left = std::floor(rect.left() / kGridSize) * kGridSize;
    const double top = std::floor(rect.top() / kGridSize) * kGridSize;
    for (double x = left; x <= rect.right(); x += kGridSize)
        for (double y = top; y <= rect.bottom(); y += kGridSize)
            m_gridPoints.emplace_back(x, y);
    painter->drawPoints(m_gridPoints.data(), static_cast<int>(m_gridPoints.size()));
}

} // namespace studio::widgets
