#include "widgets/canvas/items/ZoneItem.h"

#include "widgets/canvas/items/Handles.h"
#include "widgets/canvas/items/SceneStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace studio::widgets {

namespace {
constexpr double kRadius = 12;
constexpr double kBaseZ = -100;
constexpr double kTitlePadding = 6;
} // namespace

ZoneItem::ZoneItem(std::string id, const SceneStyle* style)
    : m_id(std::move(id))
    , m_style(style) {
    setZValue(kBaseZ);
    setFlag(ItemIsSelectable);
}

void ZoneItem::setKind(core::ZoneKind kind) {
    m_kind = kind;
    update();
}

void ZoneItem::setName(const QString& name) {
    m_name = name;
    update();
}

void ZoneItem::setDepth(int depth) {
    setZValue(kBaseZ + depth);
}

void ZoneItem::setSize(const QSizeF& size) {
    if (m_box.size() == size)
        return;
    prepareGeometryChange();
    m_box = QRectF(QPointF(0, 0), size);
}

void ZoneItem::setHandlesVisible(bool visible) {
    if (m_handlesVisible == visible)
        return;
    prepareGeometryChange();
    m_handlesVisible = visible;
}

QRectF ZoneItem::titleRect() const {
    const double height = QFontMetricsF(m_style->zoneFont).height() + 2 * kTitlePadding;
    return QRectF(m_box.left(), m_box.top(), m_box.width(), std::min(height, m_box.height()));
}

QString ZoneItem::kindName(core::ZoneKind kind) {
    switch (kind) {
    case core::ZoneKind::Region:
        return QCoreApplication::translate("studio::widgets::ZoneItem", "Region");
    case core::ZoneKind::AvailabilityZone:
        return QCoreApplication::translate("studio::widgets::ZoneItem", "Availability zone");
    case core::ZoneKind::Vpc:
        return QCoreApplication::translate("studio::widgets::ZoneItem", "VPC");
    case core::ZoneKind::Group:
        return QCoreApplication::translate("studio::widgets::ZoneItem", "Group");
    }
    return {};
}

QRectF ZoneItem::boundingRect() const {
    double margin = 1;
    if (isSelected())
        margin = std::max(margin, (handles::kSelectionPixels + 1.5) * m_style->pixel);
    if (m_handlesVisible)
        margin = std::max(margin, handles::margin(*m_style));
    return m_box.adjusted(-margin, -margin, margin, margin);
}

bool ZoneItem::picksAt(const QPointF& point, double tolerance) const {
    const QRectF outer = m_box.adjusted(-tolerance, -tolerance, tolerance, tolerance);
    if (!outer.contains(point))
        return false;
    const QRectF inner = m_box.adjusted(tolerance, tolerance, -tolerance, -tolerance);
    return !inner.contains(point) || titleRect().contains(point);
}

QPainterPath ZoneItem::shape() const {
    // The border band and the title strip: rubber bands and hover see what picksAt() sees.
    const double band = handles::kPickPixels * m_style->pixel;
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    path.addRect(m_box.adjusted(-band, -band, band, band));
    const QRectF inner = m_box.adjusted(band, band, -band, -band);
    if (inner.isValid())
        path.addRect(inner);
    QPainterPath title;
    title.addRect(titleRect());
    return path.united(title);
}

QVariant ZoneItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemSelectedChange)
        prepareGeometryChange();
    return QGraphicsItem::itemChange(change, value);
}

void ZoneItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    QPen border(m_style->zoneBorder(m_kind), 1.5);
    if (m_kind == core::ZoneKind::AvailabilityZone || m_kind == core::ZoneKind::Group)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_style->zoneFill(m_kind));
    painter->drawRoundedRect(m_box, kRadius, kRadius);
    if (isSelected())
        handles::paintSelection(painter, m_box, kRadius, m_style->selection, *m_style);
    if (m_handlesVisible && handles::roomForHandles(m_box, *m_style))
        handles::paintResizeHandles(painter, m_box, *m_style);

    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.12)
        return;
    const QRectF inner = m_box.adjusted(10, kTitlePadding, -10, -kTitlePadding);
    const QFontMetricsF nameMetrics(m_style->zoneFont);
    const QString name = nameMetrics.elidedText(m_name, Qt::ElideRight, inner.width());
    painter->setFont(m_style->zoneFont);
    painter->setPen(m_style->zoneBorder(m_kind));
    painter->drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), nameMetrics.height())),
                      Qt::AlignLeft | Qt::AlignVCenter, name);

    const QString caption = kindCaption();
    const double left = nameMetrics.horizontalAdvance(name) + 8;
    if (caption.isEmpty() || left >= inner.width())
        return;
    const QFontMetricsF kindMetrics(m_style->kindFont);
    painter->setFont(m_style->kindFont);
    painter->setPen(m_style->mutedText);
    const QRectF kindBox(inner.left() + left, inner.top(), inner.width() - left,
                         nameMetrics.height());
    painter->drawText(kindBox, Qt::AlignLeft | Qt::AlignVCenter,
                      kindMetrics.elidedText(caption, Qt::ElideRight, kindBox.width()));
}

QString ZoneItem::kindCaption() const {
    const QString kind = kindName(m_kind);
    return m_name.contains(kind, Qt::CaseInsensitive) ? QString() : kind;
}

} // namespace studio::widgets
