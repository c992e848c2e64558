#include "widgets/canvas/ConnectGesture.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/LinkRouter.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkGeometry.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/RubberLink.h"
#include "widgets/commands/DesignCommands.h"

namespace studio::widgets {

using core::edits::LinkEnd;

ConnectGesture::ConnectGesture(DesignScene& scene, std::string fromId)
    : m_scene(scene)
    , m_fixed(std::move(fromId))
    , m_rubber(new RubberLink(&scene.style())) {
    scene.addItem(m_rubber);
}

ConnectGesture::ConnectGesture(DesignScene& scene, std::string linkId, LinkEnd end)
    : m_scene(scene)
    , m_linkId(std::move(linkId))
    , m_end(end)
    , m_rubber(new RubberLink(&scene.style())) {
    const auto [from, to] = scene.router().ends(m_linkId);
    m_fixed = end == LinkEnd::From ? to : from;
    scene.addItem(m_rubber);
    if (LinkItem* link = scene.linkItem(m_linkId))
        link->setOpacity(0.25);
}

ConnectGesture::~ConnectGesture() {
    cleanUp();
}

std::string ConnectGesture::targetAt(const QPointF& scenePos) const {
    for (QGraphicsItem* item : m_scene.items(scenePos, Qt::IntersectsItemBoundingRect)) {
        const auto* component = qgraphicsitem_cast<ComponentItem*>(item);
        if (component && component->sceneBox().contains(scenePos))
            return component->id() == m_fixed ? std::string() : component->id();
    }
    return {};
}

std::pair<std::string, std::string> ConnectGesture::endsWith(const std::string& target) const {
    if (m_end == LinkEnd::From)
        return {target, m_fixed};
    return {m_fixed, target};
}

void ConnectGesture::setTarget(const std::string& id) {
    if (id == m_target)
        return;
    if (ComponentItem* old = m_scene.componentItem(m_target))
        old->setTarget(ComponentItem::Target::None);
    m_target = id;
    ComponentItem* item = m_scene.componentItem(id);
    if (m_rubber)
        m_rubber->setRefused(false);
    if (!item)
        return;
    const auto [from, to] = endsWith(id);
    const bool refused =
        core::edits::cannotConnect(m_scene.document()->design(), from, to).has_value();
    item->setTarget(refused ? ComponentItem::Target::Refuses : ComponentItem::Target::Accepts);
    if (m_rubber)
        m_rubber->setRefused(refused);
}

void ConnectGesture::move(const QPointF& scenePos, Qt::KeyboardModifiers) {
    const ComponentItem* fixed = m_scene.componentItem(m_fixed);
    if (!fixed)
        return;
    setTarget(targetAt(scenePos));
    QLineF line;
    if (const ComponentItem* target = m_scene.componentItem(m_target))
        line = linkLine(fixed->sceneBox(), target->sceneBox(), 0, fixed->cornerRadius(),
                        target->cornerRadius());
    else
        line = linkLineToPoint(fixed->sceneBox(), fixed->cornerRadius(), scenePos);
    // The arrow points at the link's "to" end: the fixed one when moving a link's source.
    m_rubber->setLine(m_end == LinkEnd::From ? QLineF(line.p2(), line.p1()) : line);
}

void ConnectGesture::finish(const QPointF& scenePos, Qt::KeyboardModifiers) {
    const std::string target = targetAt(scenePos);
    cleanUp();
    if (target.empty())
        return;
    StudioDocument* document = m_scene.document();
    const auto [from, to] = endsWith(target);
    if (m_end) {
        const auto [oldFrom, oldTo] = m_scene.router().ends(m_linkId);
        if (from == oldFrom && to == oldTo)
            return;
    }
    if (const auto refusal = core::edits::cannotConnect(document->design(), from, to)) {
        emit m_scene.statusMessage(translatedMessage(*refusal));
        return;
    }
    if (m_end) {
        document->push(new ReconnectCommand(document->model(), m_linkId, *m_end, target));
        m_scene.selectIds({m_linkId});
        return;
    }
    auto* connect = new ConnectCommand(document->model(), from, to);
    const std::vector<std::string> added = connect->addedIds();
    document->push(connect);
    if (!added.empty())
        m_scene.selectIds(added);
}

void ConnectGesture::cancel() {
    cleanUp();
}

void ConnectGesture::cleanUp() {
    setTarget({});
    delete m_rubber;
    m_rubber = nullptr;
    if (LinkItem* link = m_scene.linkItem(m_linkId))
        link->setOpacity(1);
}

} // namespace studio::widgets
