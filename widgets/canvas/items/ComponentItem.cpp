#include "widgets/canvas/items/ComponentItem.h"

#include "widgets/canvas/items/Handles.h"
#include "widgets/canvas/items/KindIconCache.h"
#include "widgets/canvas/items/SceneStyle.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QStringList>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {
constexpr double kRadius = 8;
constexpr double kPadding = 8;
constexpr double kBorderWidth = 1.5;
constexpr double kBottleneckBorderWidth = 3.5; // SceneStyle::loadPen
constexpr double kIconSize = 14;
constexpr double kIconGap = 4;
constexpr int kMinNamePixels = 10;
// Level of detail (TOOLCHAIN.md): below kDetailZoom a box is a plain block with its name (the
// small texts would be unreadable), below kNameZoom (a name under 3 pixels) a plain block.
constexpr double kDetailZoom = 0.35;
constexpr double kNameZoom = 0.22;
constexpr int kBlockIconMinPixels = 6; // below it, a plain block
constexpr double kStackOffset = 4;     // scene units between a store's stacked outlines

// `text` in at most `lines` lines of `width`, broken between words (never after a number);
// only the last line is elided, so "2,500 instances × 256 workers" reads whole in a narrow box.
QString wrapped(const QString& text, const QFontMetricsF& metrics, double width, int lines) {
    QStringList result;
    QString rest = text;
    while (lines-- > 1 && metrics.horizontalAdvance(rest) > width) {
        qsizetype cut = -1;
        for (qsizetype space = rest.indexOf(QLatin1Char(' ')); space > 0;
             space = rest.indexOf(QLatin1Char(' '), space + 1)) {
            if (metrics.horizontalAdvance(rest.left(space)) > width)
                break;
            if (!rest.at(space - 1).isDigit()) // a number stays with its unit
                cut = space;
        }
        if (cut < 0)
            break;
        result << rest.left(cut);
        rest = rest.mid(cut + 1);
    }
    result << metrics.elidedText(rest, Qt::ElideRight, width);
    return result.join(QLatin1Char('\n'));
}
} // namespace

ComponentItem::ComponentItem(std::string id, const SceneStyle* style)
    : m_id(std::move(id))
    , m_style(style) {
    setZValue(10);
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

void ComponentItem::setContent(ComponentContent content) {
    if (content.stack != m_content.stack)
        prepareGeometryChange(); // the stack widens the bounds
    m_content = std::move(content);
    updateToolTip();
    layout();
    update();
}

void ComponentItem::setLoad(ComponentLoad load) {
    if (m_load == load)
        return;
    prepareGeometryChange(); // the tag and the bottleneck's border change the bounds
    m_load = std::move(load);
    updateToolTip();
    layout();
    update();
}

void ComponentItem::updateToolTip() {
    if (m_load.toolTip.isEmpty())
        setToolTip(m_content.kindLabel);
    else
        setToolTip(m_content.kindLabel + QStringLiteral("\n\n") + m_load.toolTip);
}

void ComponentItem::setSize(const QSizeF& size) {
    if (m_box.size() == size)
        return;
    prepareGeometryChange();
    m_box = QRectF(QPointF(0, 0), size);
    m_outline = QPainterPath();
    m_outline.addRoundedRect(m_box, cornerRadius(), cornerRadius());
    layout();
}

double ComponentItem::cornerRadius() const {
    if (m_content.note)
        return 0;
    return m_content.source ? std::min(m_box.height() / 2, 24.0) : kRadius;
}

void ComponentItem::setHandlesVisible(bool visible) {
    if (m_handlesVisible == visible)
        return;
    prepareGeometryChange();
    m_handlesVisible = visible;
}

void ComponentItem::setNear(bool near) {
    if (m_near == near)
        return;
    prepareGeometryChange();
    m_near = near;
}

void ComponentItem::setTarget(Target target) {
    if (m_target == target)
        return;
    prepareGeometryChange();
    m_target = target;
}

void ComponentItem::fitNameFont() {
    // A long name first gets a smaller font, down to kMinNamePixels; then it is elided.
    m_nameFont = m_style->nameFont;
    const double width = m_box.width() - 2 * kPadding;
    while (m_nameFont.pixelSize() > kMinNamePixels &&
           QFontMetricsF(m_nameFont).horizontalAdvance(m_content.name) > width)
        m_nameFont.setPixelSize(m_nameFont.pixelSize() - 1);
}

void ComponentItem::layout() {
    // Done when the content, load or size changes, so that painting only draws.
    fitNameFont();
    layoutBadge();
    const QFontMetricsF kindMetrics(m_style->kindFont);
    const QFontMetricsF nameMetrics(m_nameFont);
    const QFontMetricsF detailMetrics(m_style->detailFont);
    const QRectF inner = m_box.adjusted(kPadding, 4, -kPadding, -4);
    const double kindHeight = kindMetrics.height();
    const double nameHeight = nameMetrics.height();
    // Under the overlay the load takes the key figures' place (they stay in the inspector).
    const QString& details = m_load.text.isEmpty() ? m_content.details : m_load.text;
    const double detailHeight = details.isEmpty() ? 0 : detailMetrics.height();
    const double total = kindHeight + nameHeight + detailHeight;
    // Figures too long for one line take a second where the box has room for it.
    const int detailLines = total + detailMetrics.lineSpacing() <= inner.height() ? 2 : 1;
    const QString detailText = wrapped(details, detailMetrics, inner.width(), detailLines);
    const double detailsHeight = detailText.contains(QLatin1Char('\n'))
                                     ? detailHeight + detailMetrics.lineSpacing()
                                     : detailHeight;

    m_name.text = nameMetrics.elidedText(m_content.name, Qt::ElideRight, inner.width());
    m_nameOnly = total > inner.height();
    if (m_content.note) {
        const QFontMetricsF metrics(m_style->nameFont);
        m_name.text = metrics.elidedText(m_content.name, Qt::ElideRight, inner.width());
        m_name.rect = QRectF(inner.left(), m_box.top() + 6, inner.width(), metrics.height());
        m_nameRect = m_name.rect;
        return;
    }
    if (m_nameOnly) {
        m_name.rect =
            QRectF(inner.left(), inner.center().y() - nameHeight / 2, inner.width(), nameHeight);
        m_nameRect = m_name.rect;
        return;
    }
    double y = inner.center().y() - (total - detailHeight + detailsHeight) / 2;
    const double kindWidth = inner.width() - kIconSize - kIconGap;
    m_kind.text = kindMetrics.elidedText(m_content.kindLabel, Qt::ElideRight, kindWidth);
    const double textWidth = std::ceil(kindMetrics.horizontalAdvance(m_kind.text));
    const double left = inner.center().x() - (kIconSize + kIconGap + textWidth) / 2;
    m_iconRect = QRectF(left, y + (kindHeight - kIconSize) / 2, kIconSize, kIconSize);
    m_kind.rect = QRectF(left + kIconSize + kIconGap, y, textWidth + 1, kindHeight);
    y += kindHeight;
    m_name.rect = QRectF(inner.left(), y, inner.width(), nameHeight);
    m_nameRect = m_name.rect;
    y += nameHeight;
    m_details.text = detailText;
    m_details.rect = QRectF(inner.left(), y, inner.width(), detailsHeight);
}

void ComponentItem::layoutBadge() {
    if (m_load.badge.isEmpty() || m_content.note) {
        m_badge = {};
        return;
    }
    // A tag on the top edge, towards the right corner: half inside the box, half above it.
    const QFontMetricsF metrics(m_style->badgeFont);
    const double room = std::max(0.0, m_box.width() - 2 * kRadius - 8);
    m_badge.text = metrics.elidedText(m_load.badge, Qt::ElideRight, room);
    const double width = std::ceil(metrics.horizontalAdvance(m_badge.text)) + 8;
    const double height = std::ceil(metrics.height()) + 2;
    m_badge.rect = QRectF(m_box.right() - kRadius - width, m_box.top() - height / 2, width, height);
}

QRectF ComponentItem::boundingRect() const {
    double margin = (m_load.bottleneck ? kBottleneckBorderWidth : kBorderWidth) / 2;
    if (isSelected() || m_target != Target::None)
        margin = std::max(margin, (handles::kSelectionPixels + 1.5) * m_style->pixel);
    if (connectHandlesVisible())
        margin = std::max(margin, handles::margin(*m_style));
    QRectF bounds = m_box.adjusted(-margin, -margin, margin, margin);
    if (m_content.stack > 0)
        bounds =
            bounds.united(stackedBox(m_content.stack).adjusted(-margin, -margin, margin, margin));
    return m_badge.rect.isEmpty() ? bounds : bounds.united(m_badge.rect);
}

QPainterPath ComponentItem::shape() const {
    // Not for a box that is only near the pointer: the dots are not the box.
    if (!m_hovered && !m_handlesVisible)
        return m_outline;
    // The handles stick out of the box: the pointer stays "on" the box over them.
    QPainterPath path = m_outline;
    const double r = handles::kPickPixels * m_style->pixel;
    for (const QPointF& point : handles::sidePoints(m_box))
        path.addEllipse(point, r, r);
    return path;
}

QVariant ComponentItem::itemChange(GraphicsItemChange change, const QVariant& value) {
    if (change == ItemSelectedChange)
        prepareGeometryChange(); // the selection outline widens the bounds
    return QGraphicsItem::itemChange(change, value);
}

void ComponentItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
    prepareGeometryChange();
    m_hovered = true;
}

void ComponentItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
    prepareGeometryChange();
    m_hovered = false;
}

void ComponentItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    if (zoom < kDetailZoom) {
        // A plain block: no rounded outline to flatten, no wide pen to stroke.
        const bool loaded = m_load.band != LoadBand::Off && !m_content.note;
        painter->setPen(m_content.note ? m_style->notePen()
                        : loaded       ? m_style->loadBlockPen(m_load.band)
                                       : m_style->componentBlockPen(m_content.group));
        painter->setBrush(m_content.note ? m_style->noteBrush() : boxBrush());
        painter->drawRect(m_box);
        if (zoom >= kNameZoom) {
            painter->setPen(m_style->textPen);
            painter->setFont(m_nameFont);
            painter->drawText(m_box, Qt::AlignCenter, m_name.text);
        } else if (!m_content.note) {
            paintBlockIcon(painter, zoom * painter->device()->devicePixelRatioF());
        }
    } else if (m_content.note) {
        paintNote(painter);
    } else {
        painter->setPen(boxPen());
        painter->setBrush(boxBrush());
        for (int behind = m_content.stack; behind > 0; --behind) {
            const QRectF box = stackedBox(behind);
            painter->drawRoundedRect(box, cornerRadius(), cornerRadius());
        }
        painter->drawPath(m_outline);
        if (m_nameOnly) {
            painter->setPen(m_style->textPen);
            painter->setFont(m_nameFont);
            painter->drawText(m_name.rect, Qt::AlignCenter, m_name.text);
        } else {
            paintTexts(painter, zoom * painter->device()->devicePixelRatioF());
        }
    }
    if (zoom >= kNameZoom)
        paintBadge(painter);
    paintDecorations(painter);
}

QRectF ComponentItem::stackedBox(int behind) const {
    // Up and to the right, as a deck of cards seen from the front.
    return m_box.translated(behind * kStackOffset, -behind * kStackOffset);
}

const QPen& ComponentItem::boxPen() const {
    if (m_load.band == LoadBand::Off)
        return m_style->componentPen(m_content.group);
    return m_style->loadPen(m_load.band, m_load.bottleneck);
}

const QBrush& ComponentItem::boxBrush() const {
    if (m_load.band == LoadBand::Off)
        return m_style->componentBrush(m_content.group);
    return m_style->loadBrush(m_load.band);
}

void ComponentItem::paintBlockIcon(QPainter* painter, double devicePixelsPerUnit) const {
    // The kind's icon fills most of the block, so a far-out view (a thumbnail) still shows
    // which box is a database and which a queue.
    const double side = std::min(m_box.width(), m_box.height()) * 0.7;
    const int iconPixels = static_cast<int>(std::ceil(side * devicePixelsPerUnit));
    if (iconPixels < kBlockIconMinPixels)
        return;
    const QPixmap& icon = KindIconCache::pixmap(m_content.kindId, iconPixels);
    QRectF target(0, 0, side, side);
    target.moveCenter(m_box.center());
    painter->drawPixmap(target, icon, QRectF(icon.rect()));
}

void ComponentItem::paintBadge(QPainter* painter) const {
    if (m_badge.rect.isEmpty())
        return;
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_style->loadBadgeBrush(m_load.band));
    const double radius = m_badge.rect.height() / 2;
    painter->drawRoundedRect(m_badge.rect, radius, radius);
    painter->setPen(m_style->loadBadgeTextPen(m_load.band));
    painter->setFont(m_style->badgeFont);
    painter->drawText(m_badge.rect, Qt::AlignCenter, m_badge.text);
}

void ComponentItem::paintTexts(QPainter* painter, double devicePixelsPerUnit) const {
    const int iconPixels = static_cast<int>(std::ceil(kIconSize * devicePixelsPerUnit));
    const QPixmap& icon = KindIconCache::pixmap(m_content.kindId, iconPixels);
    if (!icon.isNull()) {
        painter->save();
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawPixmap(m_iconRect, icon, QRectF(icon.rect()));
        painter->restore();
    }
    painter->setPen(m_style->mutedTextPen);
    painter->setFont(m_style->kindFont);
    painter->drawText(m_kind.rect, Qt::AlignLeft | Qt::AlignVCenter, m_kind.text);
    painter->setPen(m_style->textPen);
    painter->setFont(m_nameFont);
    painter->drawText(m_name.rect, Qt::AlignCenter, m_name.text);
    if (m_details.rect.height() > 0) {
        painter->setFont(m_style->detailFont);
        painter->drawText(m_details.rect, Qt::AlignCenter, m_details.text);
    }
}

void ComponentItem::paintNote(QPainter* painter) const {
    constexpr double fold = 12;
    const QPointF sheet[] = {m_box.topLeft(), QPointF(m_box.right() - fold, m_box.top()),
                             QPointF(m_box.right(), m_box.top() + fold), m_box.bottomRight(),
                             m_box.bottomLeft()};
    painter->setPen(m_style->notePen());
    painter->setBrush(m_style->noteBrush());
    painter->drawPolygon(sheet, 5);

    painter->setPen(m_style->textPen);
    painter->setFont(m_style->nameFont);
    painter->drawText(m_name.rect, Qt::AlignLeft | Qt::AlignVCenter, m_name.text);

    const QRectF inner = m_box.adjusted(kPadding, 6, -kPadding, -6);
    const QRectF body = inner.adjusted(0, m_name.rect.height() + 2, 0, 0);
    if (body.height() <= 0 || m_content.noteText.isEmpty())
        return;
    painter->save();
    painter->setClipRect(body);
    painter->setFont(m_style->detailFont);
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    painter->drawText(body, m_content.noteText, wrap);
    painter->restore();
}

void ComponentItem::paintDecorations(QPainter* painter) const {
    if (m_target != Target::None || isSelected()) {
        const QColor& color = m_target == Target::Refuses ? m_style->refused : m_style->selection;
        handles::paintSelection(painter, m_box, cornerRadius(), color, *m_style);
    }
    if (!handles::roomForHandles(m_box, *m_style))
        return;
    if (m_handlesVisible)
        handles::paintResizeHandles(painter, m_box, *m_style);
    if (connectHandlesVisible() && m_target == Target::None)
        handles::paintConnectHandles(painter, m_box, *m_style);
}

} // namespace studio::widgets
