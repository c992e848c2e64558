#include "widgets/canvas/SceneInput.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/BendGesture.h"
#include "widgets/canvas/CanvasHit.h"
#include "widgets/canvas/ConnectGesture.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/MoveGesture.h"
#include "widgets/canvas/ResizeGesture.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/commands/DesignCommands.h"

#include <QGraphicsItem>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

namespace studio::widgets {

namespace {

Qt::CursorShape cursorFor(const CanvasHit& hit) {
    switch (hit.kind) {
    case CanvasHit::Kind::ConnectHandle:
    case CanvasHit::Kind::LinkEnd:
    case CanvasHit::Kind::LinkSegment:
        return Qt::CrossCursor;
    case CanvasHit::Kind::LinkBend:
        return Qt::SizeAllCursor;
    case CanvasHit::Kind::ResizeHandle:
        return hit.index == handles::TopLeft || hit.index == handles::BottomRight
                   ? Qt::SizeFDiagCursor
                   : Qt::SizeBDiagCursor;
    case CanvasHit::Kind::Component:
    case CanvasHit::Kind::Zone:
        return Qt::SizeAllCursor;
    case CanvasHit::Kind::Link:
        return Qt::PointingHandCursor;
    case CanvasHit::Kind::Nothing:
        break;
    }
    return Qt::ArrowCursor;
}

} // namespace

SceneInput::SceneInput(DesignScene& scene)
    : m_scene(scene) {}

SceneInput::~SceneInput() = default;

bool SceneInput::mousePress(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        // The view pans with the middle button and asks for a context menu on the right one.
        event->accept();
        return true;
    }
    if (m_gesture)
        return true;
    // The dots of a box near the pointer go with a press: what follows is a drag of its own
    // (and a rubber band beside the box must still take it whole).
    setNear({});
    const QPointF pos = event->scenePos();
    if (m_scene.isRenaming()) {
        if (m_scene.isOnNameEditor(pos))
            return false; // the editor places its cursor
        m_scene.finishRename(true);
    }
    m_narrowTo.clear();
    if (m_scene.connectMode())
        if (std::string from = componentNear(m_scene, pos, handles::kPickPixels); !from.empty()) {
            m_gesture = std::make_unique<ConnectGesture>(m_scene, std::move(from));
            event->accept();
            return true;
        }
    const CanvasHit hit = hitTest(m_scene, pos);
    switch (hit.kind) {
    case CanvasHit::Kind::ConnectHandle:
        m_gesture = std::make_unique<ConnectGesture>(m_scene, hit.id);
        break;
    case CanvasHit::Kind::LinkEnd:
        m_gesture = std::make_unique<ConnectGesture>(m_scene, hit.id,
                                                     hit.index == 0 ? core::edits::LinkEnd::From
                                                                    : core::edits::LinkEnd::To);
        break;
    case CanvasHit::Kind::ResizeHandle:
        m_gesture = std::make_unique<ResizeGesture>(m_scene, hit.id,
                                                    static_cast<handles::Corner>(hit.index));
        break;
    case CanvasHit::Kind::LinkBend:
        m_gesture = std::make_unique<BendGesture>(m_scene, hit.id, hit.index, false, pos);
        break;
    case CanvasHit::Kind::LinkSegment:
        m_gesture = std::make_unique<BendGesture>(m_scene, hit.id, hit.index, true, pos);
        break;
    case CanvasHit::Kind::Component:
    case CanvasHit::Kind::Zone:
    case CanvasHit::Kind::Link:
        pressItem(hit.id, hit.kind != CanvasHit::Kind::Link, pos, event->modifiers());
        break;
    case CanvasHit::Kind::Nothing:
        // The bare canvas: the view starts a rubber band (adding to the selection with
        // Ctrl or Shift).
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_scene.clearSelection();
        event->ignore();
        return true;
    }
    event->accept();
    return true;
}

void SceneInput::pressItem(const std::string& id, bool movable, const QPointF& scenePos,
                           Qt::KeyboardModifiers modifiers) {
    QGraphicsItem* item = m_scene.itemById(id);
    if (!item)
        return;
    if (modifiers & Qt::ControlModifier)
        item->setSelected(!item->isSelected());
    else if (modifiers & Qt::ShiftModifier)
        item->setSelected(true);
    else if (!item->isSelected())
        m_scene.selectIds({id});
    else
        m_narrowTo = id;
    if (movable && item->isSelected())
        m_gesture =
            std::make_unique<MoveGesture>(m_scene, m_scene.selectedMovableIds(), id, scenePos);
}

bool SceneInput::mouseMove(QGraphicsSceneMouseEvent* event) {
    if (!m_gesture) {
        if (event->buttons() == Qt::NoButton) {
            setNear(componentNear(m_scene, event->scenePos(), handles::kNearPixels));
            updateCursor(event->scenePos());
        }
        return false; // hover goes on as usual
    }
    m_gesture->move(event->scenePos(), event->modifiers());
    return true;
}

bool SceneInput::mouseRelease(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton || !m_gesture)
        return false;
    const std::unique_ptr<Gesture> gesture = std::move(m_gesture);
    gesture->finish(event->scenePos(), event->modifiers());
    const auto* move = dynamic_cast<const MoveGesture*>(gesture.get());
    if (move && !move->started() && !m_narrowTo.empty())
        m_scene.selectIds({m_narrowTo});
    m_narrowTo.clear();
    updateCursor(event->scenePos());
    return true;
}

bool SceneInput::mouseDoubleClick(QGraphicsSceneMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return false;
    if (m_scene.isRenaming() && m_scene.isOnNameEditor(event->scenePos()))
        return false; // the editor selects a word
    cancel();
    const CanvasHit hit = hitTest(m_scene, event->scenePos());
    if (hit.kind == CanvasHit::Kind::LinkBend) {
        removeBend(hit.id, hit.index);
    } else if (hit.kind == CanvasHit::Kind::Component || hit.kind == CanvasHit::Kind::Zone) {
        m_scene.selectIds({hit.id});
        m_scene.startRename(hit.id);
    }
    event->accept();
    return true;
}

bool SceneInput::keyPress(QKeyEvent* event) {
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 1 : DesignScene::kGridSize;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (cancel())
            return true;
        if (m_scene.connectMode())
            m_scene.setConnectMode(false);
        else
            m_scene.clearSelection();
        return true;
    case Qt::Key_Left:
        nudge(-step, 0);
        return true;
    case Qt::Key_Right:
        nudge(step, 0);
        return true;
    case Qt::Key_Up:
        nudge(0, -step);
        return true;
    case Qt::Key_Down:
        nudge(0, step);
        return true;
    default:
        return false;
    }
}

void SceneInput::removeBend(const std::string& linkId, int index) {
    const core::Link* link = m_scene.document()->design().findLink(linkId);
    if (!link || index < 0 || index >= static_cast<int>(link->bends.size()))
        return;
    std::vector<core::Point> bends = link->bends;
    bends.erase(bends.begin() + index);
    StudioDocument* document = m_scene.document();
    document->push(
        new BendCommand(document->model(), linkId, std::move(bends), BendCommand::Action::Remove));
}

void SceneInput::nudge(double dx, double dy) {
    if (m_gesture)
        return;
    const std::vector<std::string> ids = m_scene.selectedMovableIds();
    if (ids.empty())
        return;
    StudioDocument* document = m_scene.document();
    document->push(new MoveCommand(document->model(), ids, dx, dy, true));
}

bool SceneInput::cancel() {
    if (!m_gesture)
        return false;
    const std::unique_ptr<Gesture> gesture = std::move(m_gesture);
    gesture->cancel();
    m_narrowTo.clear();
    return true;
}

void SceneInput::abandon() {
    m_gesture.reset();
    m_narrowTo.clear();
    m_near.clear(); // its item is going
}

void SceneInput::pointerLeft() {
    setNear({});
}

void SceneInput::setNear(const std::string& id) {
    if (id == m_near)
        return;
    if (ComponentItem* item = m_scene.componentItem(m_near))
        item->setNear(false);
    m_near = id;
    if (ComponentItem* item = m_scene.componentItem(m_near))
        item->setNear(true);
}

void SceneInput::updateCursor(const QPointF& scenePos) {
    if (m_scene.connectMode() && !componentNear(m_scene, scenePos, handles::kPickPixels).empty()) {
        m_scene.setCanvasCursor(Qt::CrossCursor);
        return;
    }
    m_scene.setCanvasCursor(cursorFor(hitTest(m_scene, scenePos)));
}

} // namespace studio::widgets
