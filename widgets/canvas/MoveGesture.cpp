#include "widgets/canvas/MoveGesture.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/LinkRouter.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/ZoneItem.h"
#include "widgets/commands/DesignCommands.h"

#include "document/Edits.h"

#include <QLineF>

#include <set>

namespace studio::widgets {

MoveGesture::MoveGesture(DesignScene& scene, std::vector<std::string> ids,
                         const std::string& grabbedId, const QPointF& pressPos)
    : m_scene(scene)
    , m_ids(std::move(ids))
    , m_grabbed(grabbedId)
    , m_press(pressPos) {
    std::vector<std::string> components;
    for (const auto& id : core::edits::withMembers(scene.document()->design(), m_ids)) {
        if (const ComponentItem* item = scene.componentItem(id)) {
            m_moving.push_back({id, false, item->pos()});
            components.push_back(id);
        } else if (const ZoneItem* item = scene.zoneItem(id)) {
            m_moving.push_back({id, true, item->pos()});
        }
    }
    m_links = scene.router().linksTouching(components);
    const std::set<std::string> moving(components.begin(), components.end());
    for (const auto& link : m_links) {
        const auto [from, to] = scene.router().ends(link);
        if (moving.count(from) && moving.count(to))
            m_carried.push_back(link);
    }
    if (const QGraphicsItem* grabbed = scene.itemById(grabbedId))
        m_anchor = grabbed->pos();
}

QPointF MoveGesture::offset(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) const {
    const QPointF raw = scenePos - m_press;
    if (!m_scene.snapToGrid() || (modifiers & Qt::AltModifier))
        return raw;
    return m_scene.snappedToGrid(m_anchor + raw) - m_anchor;
}

void MoveGesture::place(const QPointF& offset) {
    if (offset == m_offset)
        return;
    m_offset = offset;
    for (const Moving& moving : m_moving) {
        QGraphicsItem* item = moving.zone ? static_cast<QGraphicsItem*>(m_scene.zoneItem(moving.id))
                                          : m_scene.componentItem(moving.id);
        if (item)
            item->setPos(moving.origin + offset);
    }
    for (const auto& id : m_carried)
        if (LinkItem* link = m_scene.linkItem(id))
            link->setBendShift(offset);
    m_scene.router().route(m_links);
    if (const QGraphicsItem* grabbed = m_scene.itemById(m_grabbed))
        m_scene.growSceneRect(grabbed->sceneBoundingRect());
}

void MoveGesture::move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) {
    if (!m_started && QLineF(scenePos, m_press).length() < kStartPixels * m_scene.style().pixel)
        return;
    m_started = true;
    place(offset(scenePos, modifiers));
}

void MoveGesture::finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) {
    if (!m_started)
        return;
    const QPointF delta = offset(scenePos, modifiers);
    if (!delta.isNull()) {
        StudioDocument* document = m_scene.document();
        document->push(new MoveCommand(document->model(), m_ids, delta.x(), delta.y()));
    }
    cancel(); // the items now stand where the model says: moved, or back if refused
}

void MoveGesture::cancel() {
    std::vector<std::string> ids;
    for (const Moving& moving : m_moving)
        ids.push_back(moving.id);
    for (const auto& id : m_carried)
        if (LinkItem* link = m_scene.linkItem(id))
            link->setBendShift({});
    m_scene.restoreFromModel(ids);
    m_offset = {};
}

} // namespace studio::widgets
