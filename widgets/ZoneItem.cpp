#include "ZoneItem.h"

#include "SceneStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace studio::widgets {

namespace {
constexpr double kRadius = 12;
constexpr double kBaseZ = -100;
} // namespace

ZoneItem::ZoneItem(std::string id, const SceneStyle* style)
    : m_id(std::move(id))
    , m_style(style) {
    setZValue(kBaseZ);
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
    prepareGeometryChange();
    m_box = QRectF(QPointF(0, 0), size);
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
    return m_box.adjusted(-1, -1, 1, 1);
}

void ZoneItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) {
    QPen border(m_style->zoneBorder(m_kind), 1.5);
    if (m_kind == core::ZoneKind::AvailabilityZone || m_kind == core::ZoneKind::Group)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(m_style->zoneFill(m_kind));
    painter->drawRoundedRect(m_box, kRadius, kRadius);

    const QRectF inner = m_box.adjusted(10, 6, -10, -6);
    const QFontMetricsF nameMetrics(m_style->zoneFont);
    const QString name = nameMetrics.elidedText(m_name, Qt::ElideRight, inner.width());
    painter->setFont(m_style->zoneFont);
    painter->setPen(m_style->zoneBorder(m_kind));
    painter->drawText(QRectF(inner.topLeft(), QSizeF(inner.width(), nameMetrics.height())),
                      Qt::AlignLeft | Qt::AlignVCenter, name);

    const double left = nameMetrics.horizontalAdvance(name) + 8;
    if (left >= inner.width())
        return;
    const QFontMetricsF kindMetrics(m_style->kindFont);
    painter->setFont(m_style->kindFont);
    painter->setPen(m_style->mutedText);
    const QRectF kindBox(inner.left() + left, inner.top(), inner.width() - left,
                         nameMetrics.height());
    painter->drawText(kindBox, Qt::AlignLeft | Qt::AlignVCenter,
                      kindMetrics.elidedText(kindName(m_kind), Qt::ElideRight, kindBox.width()));
}

} // namespace studio::widgets
