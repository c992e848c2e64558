// DesignScene, second part: what the person does on the canvas (selection, adding, renaming,
// the drop preview, handles, and the mouse and keys handed to SceneInput). The first part
// (DesignScene.cpp) mirrors the model.
#include "widgets/canvas/DesignScene.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/base/Translation.h"
#include "widgets/canvas/CanvasHit.h"
#include "widgets/canvas/SceneInput.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/NameEditor.h"
#include "widgets/canvas/items/ZoneItem.h"
#include "widgets/commands/DesignCommands.h"

#include <QGraphicsRectItem>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QSignalBlocker>

#include <cmath>

namespace studio::widgets {

std::vector<std::string> DesignScene::selectedIds() const {
    std::vector<std::string> ids;
    const core::Design& design = m_document->design();
    for (const auto& component : design.components)
        if (const ComponentItem* item = componentItem(component.id); item && item->isSelected())
            ids.push_back(component.id);
    for (const auto& zone : design.zones)
        if (const ZoneItem* item = zoneItem(zone.id); item && item->isSelected())
            ids.push_back(zone.id);
    for (const auto& link : design.links)
        if (const LinkItem* item = linkItem(link.id); item && item->isSelected())
            ids.push_back(link.id);
    return ids;
}

std::vector<std::string> DesignScene::selectedMovableIds() const {
    std::vector<std::string> ids = selectedIds();
    std::erase_if(ids, [this](const std::string& id) { return linkItem(id) != nullptr; });
    return ids;
}

void DesignScene::selectIds(const std::vector<std::string>& ids) {
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        for (const auto& id : ids)
            if (QGraphicsItem* item = itemById(id))
                item->setSelected(true);
    }
    updateHandles();
    emit selectionChanged();
}

void DesignScene::selectAll() {
    std::vector<std::string> ids;
    ids.reserve(m_components.size() + m_zones.size() + m_links.size());
    for (const auto& [id, item] : m_components)
        ids.push_back(id);
    for (const auto& [id, item] : m_zones)
        ids.push_back(id);
    for (const auto& [id, item] : m_links)
        ids.push_back(id);
    selectIds(ids);
}

void DesignScene::updateHandles() {
    const QList<QGraphicsItem*> selected = selectedItems();
    QGraphicsItem* single = selected.size() == 1 ? selected.front() : nullptr;
    auto show = [](QGraphicsItem* item, bool visible) {
        if (auto* component = qgraphicsitem_cast<ComponentItem*>(item))
            component->setHandlesVisible(visible);
        else if (auto* zone = qgraphicsitem_cast<ZoneItem*>(item))
            zone->setHandlesVisible(visible);
        else if (auto* link = qgraphicsitem_cast<LinkItem*>(item))
            link->setHandlesVisible(visible);
    };
    if (QGraphicsItem* old = itemById(m_handlesId); old && old != single)
        show(old, false);
    m_handlesId.clear();
    if (!single)
        return;
    show(single, true);
    if (const auto* component = qgraphicsitem_cast<ComponentItem*>(single))
        m_handlesId = component->id();
    else if (const auto* zone = qgraphicsitem_cast<ZoneItem*>(single))
        m_handlesId = zone->id();
    else if (const auto* link = qgraphicsitem_cast<LinkItem*>(single))
        m_handlesId = link->id();
}

void DesignScene::setViewScale(double scale) {
    if (scale <= 0 || 1 / scale == m_style.pixel)
        return;
    m_style.pixel = 1 / scale;
    // Only the bounds of items showing handles or a selection depend on the zoom.
    for (const auto& [id, item] : m_components)
        if (item->isSelected() || item->connectHandlesVisible())
            item->refreshGeometry();
    for (const auto& [id, item] : m_zones)
        if (item->isSelected())
            item->refreshGeometry();
    for (QGraphicsItem* item : selectedItems())
        if (auto* link = qgraphicsitem_cast<LinkItem*>(item))
            link->refreshGeometry();
}

QPointF DesignScene::dropTopLeft(const core::KindSpec& kind, const QPointF& center) const {
    const QPointF topLeft = center - QPointF(kind.defaultWidth / 2, kind.defaultHeight / 2);
    return m_snap ? snappedToGrid(topLeft) : topLeft;
}

std::string DesignScene::addComponentAt(const QString& kindId, const QPointF& center) {
    const core::Catalog& catalog = m_document->catalog();
    const core::KindSpec* kind = catalog.find(kindId.toStdString());
    if (!kind)
        return {};
    const QPointF topLeft = dropTopLeft(*kind, center);
    const std::string id = m_document->model().uniqueId(kind->id);
    core::Component component = catalog.makeComponent(*kind, id, topLeft.x(), topLeft.y());
    component.name = catalogText(kind->label).toStdString();
    // No zone: edits::addComponent gives it the zone its rectangle lands in, by the rule
    // every later move uses (edits::zoneHolding), so the next move cannot switch it.
    m_document->push(new AddComponentCommand(m_document->model(), std::move(component)));
    if (!componentItem(id))
        return {};
    selectIds({id});
    return id;
}

void DesignScene::showDropPreview(const QString& kindId, const QPointF& center) {
    const core::KindSpec* kind = m_document->catalog().find(kindId.toStdString());
    if (!kind) {
        hideDropPreview();
        return;
    }
    const QPointF topLeft = dropTopLeft(*kind, center);
    if (!m_dropPreview) {
        m_dropPreview = new QGraphicsRectItem;
        QPen pen(m_style.selection, 1.5, Qt::DashLine);
        pen.setCosmetic(true);
        m_dropPreview->setPen(pen);
        QColor fill = m_style.selection;
        fill.setAlphaF(0.08f);
        m_dropPreview->setBrush(fill);
        m_dropPreview->setZValue(1000);
        addItem(m_dropPreview);
    }
    m_dropPreview->setRect(QRectF(topLeft, QSizeF(kind->defaultWidth, kind->defaultHeight)));
}

void DesignScene::hideDropPreview() {
    delete m_dropPreview;
    m_dropPreview = nullptr;
}

void DesignScene::startRename(const std::string& id) {
    finishRename(true);
    QRectF rect;
    QFont font;
    QString text;
    Qt::Alignment alignment = Qt::AlignHCenter;
    if (const ComponentItem* item = componentItem(id)) {
        rect = item->mapRectToScene(item->nameRect());
        font = item->nameFont();
        text = item->content().name;
        if (item->content().note)
            alignment = Qt::AlignLeft;
    } else if (const ZoneItem* item = zoneItem(id)) {
        rect = item->mapRectToScene(item->titleRect()).adjusted(6, 0, -6, 0);
        font = m_style.zoneFont;
        text = item->name();
        alignment = Qt::AlignLeft;
    } else {
        return;
    }
    m_renamingId = id;
    m_nameEditor = new NameEditor(text, font, alignment, std::max(rect.width(), 80.0), &m_style);
    addItem(m_nameEditor);
    const QRectF box = m_nameEditor->QGraphicsTextItem::boundingRect();
    m_nameEditor->setPos(rect.center().x() - box.width() / 2, rect.center().y() - box.height() / 2);
    connect(m_nameEditor, &NameEditor::finished, this,
            [this](bool accepted) { finishRename(accepted); });
    for (QGraphicsView* view : views())
        view->setFocus(Qt::OtherFocusReason);
    setFocusItem(m_nameEditor, Qt::OtherFocusReason);
}

void DesignScene::finishRename(bool accept) {
    if (!m_nameEditor)
        return;
    NameEditor* editor = std::exchange(m_nameEditor, nullptr);
    const std::string id = std::exchange(m_renamingId, {});
    const QString name = editor->name();
    editor->hide(); // its focus-out comes back here and finds nothing to do
    editor->deleteLater();
    const core::Design& design = m_document->design();
    const core::Component* component = design.findComponent(id);
    const core::Zone* zone = design.findZone(id);
    const std::string current = component ? component->name : zone ? zone->name : std::string();
    if (!accept || name.isEmpty() || (!component && !zone) || name.toStdString() == current)
        return;
    m_document->push(new RenameCommand(m_document->model(), id, name.toStdString()));
}

bool DesignScene::isOnNameEditor(const QPointF& scenePos) const {
    return m_nameEditor && m_nameEditor->sceneBoundingRect().contains(scenePos);
}

bool DesignScene::isBareCanvasAt(const QPointF& scenePos) const {
    return hitTest(*this, scenePos).kind == CanvasHit::Kind::Nothing;
}

void DesignScene::selectForContextMenu(const QPointF& scenePos) {
    if (isRenaming())
        finishRename(true);
    const CanvasHit hit = hitTest(*this, scenePos);
    if (!hit.isItem()) {
        if (hit.kind == CanvasHit::Kind::Nothing)
            clearSelection();
        return;
    }
    const QGraphicsItem* item = itemById(hit.id);
    if (item && !item->isSelected())
        selectIds({hit.id});
}

QPointF DesignScene::snappedToGrid(const QPointF& point) {
    return {std::round(point.x() / kGridSize) * kGridSize,
            std::round(point.y() / kGridSize) * kGridSize};
}

bool DesignScene::cancelDrag() {
    return m_input->cancel();
}

bool DesignScene::isDragging() const {
    return m_input->isDragging();
}

void DesignScene::setConnectMode(bool on) {
    if (m_connectMode == on)
        return;
    m_connectMode = on;
    emit connectModeChanged(on);
}

void DesignScene::setCanvasCursor(Qt::CursorShape shape) {
    for (QGraphicsView* view : views())
        if (view->viewport()->cursor().shape() != shape)
            view->viewport()->setCursor(shape);
}

void DesignScene::mousePressEvent(QGraphicsSceneMouseEvent* event) {
    if (!m_input->mousePress(event))
        QGraphicsScene::mousePressEvent(event);
}

void DesignScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event) {
    if (!m_input->mouseMove(event))
        QGraphicsScene::mouseMoveEvent(event);
}

void DesignScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event) {
    if (!m_input->mouseRelease(event))
        QGraphicsScene::mouseReleaseEvent(event);
}

void DesignScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* event) {
    if (!m_input->mouseDoubleClick(event))
        QGraphicsScene::mouseDoubleClickEvent(event);
}

void DesignScene::keyPressEvent(QKeyEvent* event) {
    if (m_nameEditor) {
        // The editor has the keys, with or without the scene's focus (an inactive window).
        if (focusItem() == m_nameEditor)
            QGraphicsScene::keyPressEvent(event);
        else
            sendEvent(m_nameEditor, event);
        event->accept();
        return;
    }
    if (m_input->keyPress(event))
        event->accept();
    else
        QGraphicsScene::keyPressEvent(event);
}

} // namespace studio::widgets
