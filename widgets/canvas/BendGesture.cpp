#include "widgets/canvas/BendGesture.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/LinkRouter.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/SceneStyle.h"
#include "widgets/commands/DesignCommands.h"

#include <QLineF>
#include <QPolygonF>

#include <algorithm>

namespace studio::widgets {

BendGesture::BendGesture(DesignScene& scene, std::string linkId, int index, bool adding,
                         const QPointF& pressPos)
    : m_scene(scene)
    , m_linkId(std::move(linkId))
    , m_index(static_cast<std::size_t>(std::max(index, 0)))
    , m_adding(adding)
    , m_press(pressPos) {
    if (const core::Link* link = scene.document()->design().findLink(m_linkId))
        m_bends = link->bends;
    if (m_adding) {
        m_index = std::min(m_index, m_bends.size());
        m_bends.insert(m_bends.begin() + static_cast<std::ptrdiff_t>(m_index),
                       core::Point{pressPos.x(), pressPos.y()});
    } else if (m_index >= m_bends.size()) {
        m_bends.clear(); // no such bend (any more): nothing to drag
    }
}

void BendGesture::move(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) {
    if (m_bends.empty())
        return;
    if (!m_started && QLineF(scenePos, m_press).length() < kStartPixels * m_scene.style().pixel)
        return;
    m_started = true;
    const QPointF at = m_scene.snapToGrid() && !(modifiers & Qt::AltModifier)
                           ? DesignScene::snappedToGrid(scenePos)
                           : scenePos;
    m_bends[m_index] = {at.x(), at.y()};
    show(m_bends);
}

void BendGesture::finish(const QPointF& scenePos, Qt::KeyboardModifiers modifiers) {
    if (m_started && !m_bends.empty()) {
        move(scenePos, modifiers);
        StudioDocument* document = m_scene.document();
        document->push(
            new BendCommand(document->model(), m_linkId, m_bends,
                            m_adding ? BendCommand::Action::Add : BendCommand::Action::Move));
    }
    cancel(); // the link now bends where the model says
}

void BendGesture::cancel() {
    if (const core::Link* link = m_scene.document()->design().findLink(m_linkId))
        show(link->bends);
}

void BendGesture::show(const std::vector<core::Point>& bends) {
    LinkItem* item = m_scene.linkItem(m_linkId);
    if (!item)
        return;
    QPolygonF points;
    for (const core::Point& bend : bends)
        points << QPointF(bend.x, bend.y);
    item->setBends(std::move(points));
    m_scene.router().route({m_linkId});
}

} // namespace studio::widgets
