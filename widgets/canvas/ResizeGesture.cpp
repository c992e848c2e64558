#include "widgets/canvas/ResizeGesture.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/LinkRouter.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/ZoneItem.h"
#include "widgets/commands/DesignCommands.h"

namespace studio::widgets {

namespace {
const QSizeF kMinimumComponent(60, 32);
const QSizeF kMinimumZone(80, 48);
} // namespace

ResizeGesture::ResizeGesture(DesignScene& scene, std::string id, handles::Corner corner)
    : m_scene(scene)
    , m_id(std::move(id))
    , m_corner(corner) {
    if (const ComponentItem* item = scene.componentItem(m_id)) {
        m_original = item->sceneBox();
        m_minimum = kMinimumComponent;
    } else if (const ZoneItem* item = scene.zoneItem(m_id)) {
        m_original = item->sceneBox();
        m_minimum = kMinimumZone;
        m_zone = true;
    }
}

QRectF ResizeGesture::resizedTo(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) const {
    const bool snap = m_scene.snapToGrid() && !(modifiers & Qt::AltModifier);
    const QPointF corner = snap ? m_scene.snappedToGrid(scenePos) : scenePos;
    return handles::resized(m_original, m_corner, corner, m_minimum);
}

void ResizeGesture::preview(const QRectF& rect) {
    if (ComponentItem* item = m_scene.componentItem(m_id)) {
        item->setPos(rect.topLeft());
        item->setSize(rect.size());
        m_scene.router().routeAround({m_id});
    } else if (ZoneItem* item = m_scene.zoneItem(m_id)) {
        item->setPos(rect.topLeft());
        item->setSize(rect.size());
    }
}

void ResizeGesture::move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) {
    if (!m_original.isNull())
        preview(resizedTo(scenePos, modifiers));
}

void ResizeGesture::finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) {
    const QRectF rect = resizedTo(scenePos, modifiers);
    if (!m_original.isNull() && rect != m_original) {
        StudioDocument* document = m_scene.document();
        document->push(new ResizeCommand(document->model(), m_id,
                                         {rect.x(), rect.y(), rect.width(), rect.height()}));
    }
    cancel();
}

void ResizeGesture::cancel() {
    m_scene.restoreFromModel({m_id});
}

} // namespace studio::widgets
