#include "ComponentItem.h"

#include "SceneStyle.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextOption>

#include <algorithm>
#include <vector>

namespace studio::widgets {

namespace {
constexpr double kRadius = 8;
constexpr double kPadding = 8;
constexpr double kBorderWidth = 1.5;
constexpr int kMinNamePixels = 10;
// Below this zoom a box is a plain block with its name: the text would be unreadable.
constexpr double kDetailZoom = 0.35;
} // namespace

ComponentItem::ComponentItem(std::string id, const SceneStyle* style)
    : m_id(std::move(id))
    , m_style(style) {
    setZValue(10);
}

void ComponentItem::setContent(ComponentContent content) {
    m_content = std::move(content);
    setToolTip(m_content.kindLabel);
    fitNameFont();
    update();
}

void ComponentItem::setSize(const QSizeF& size) {
    prepareGeometryChange();
    m_box = QRectF(QPointF(0, 0), size);
    fitNameFont();
}

void ComponentItem::fitNameFont() {
    // A long name first gets a smaller font, down to kMinNamePixels; then it is elided.
    m_nameFont = m_style->nameFont;
    const double width = m_box.width() - 2 * kPadding;
    while (m_nameFont.pixelSize() > kMinNamePixels &&
           QFontMetricsF(m_nameFont).horizontalAdvance(m_content.name) > width)
        m_nameFont.setPixelSize(m_nameFont.pixelSize() - 1);
}

QRectF ComponentItem::boundingRect() const {
    const double margin = kBorderWidth / 2;
    return m_box.adjusted(-margin, -margin, margin, margin);
}

QPainterPath ComponentItem::shape() const {
    QPainterPath path;
    path.addRoundedRect(m_box, kRadius, kRadius);
    return path;
}

void ComponentItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const core::KindGroup group = m_content.group;
    if (m_content.note) {
        paintNote(painter);
        return;
    }
    painter->setPen(QPen(m_style->componentBorder(group), kBorderWidth));
    painter->setBrush(m_style->componentFill(group));
    const double radius = m_content.source ? std::min(m_box.height() / 2, 24.0) : kRadius;
    painter->drawRoundedRect(m_box, radius, radius);

    const double zoom = option->levelOfDetailFromTransform(painter->worldTransform());
    if (zoom < kDetailZoom) {
        painter->setPen(m_style->text);
        painter->setFont(m_nameFont);
        painter->drawText(m_box, Qt::AlignCenter, m_content.name);
        return;
    }
    paintTexts(painter);
}

void ComponentItem::paintTexts(QPainter* painter) const {
    struct Line {
        const QString* text;
        const QFont* font;
        QColor color;
    };
    std::vector<Line> lines;
    lines.push_back({&m_content.kindLabel, &m_style->kindFont, m_style->mutedText});
    lines.push_back({&m_content.name, &m_nameFont, m_style->text});
    if (!m_content.details.isEmpty())
        lines.push_back({&m_content.details, &m_style->detailFont, m_style->text});

    const QRectF inner = m_box.adjusted(kPadding, 4, -kPadding, -4);
    double height = 0;
    for (const Line& line : lines)
        height += QFontMetricsF(*line.font).height();
    // Too short for every line: the name alone.
    if (height > inner.height()) {
        lines = {lines[1]};
        height = QFontMetricsF(m_nameFont).height();
    }

    double y = inner.center().y() - height / 2;
    for (const Line& line : lines) {
        const QFontMetricsF metrics(*line.font);
        const QString text = metrics.elidedText(*line.text, Qt::ElideRight, inner.width());
        painter->setFont(*line.font);
        painter->setPen(line.color);
        painter->drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), Qt::AlignCenter,
                          text);
        y += metrics.height();
    }
}

void ComponentItem::paintNote(QPainter* painter) const {
    constexpr double fold = 12;
    QPolygonF sheet;
    sheet << m_box.topLeft() << QPointF(m_box.right() - fold, m_box.top())
          << QPointF(m_box.right(), m_box.top() + fold) << m_box.bottomRight()
          << m_box.bottomLeft();
    painter->setPen(QPen(m_style->noteBorder(), 1));
    painter->setBrush(m_style->noteFill());
    painter->drawPolygon(sheet);

    const QRectF inner = m_box.adjusted(kPadding, 6, -kPadding, -6);
    const QFontMetricsF nameMetrics(m_style->nameFont);
    painter->setPen(m_style->text);
    painter->setFont(m_style->nameFont);
    painter->drawText(QRectF(inner.left(), inner.top(), inner.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(m_content.name, Qt::ElideRight, inner.width()));

    QRectF body = inner.adjusted(0, nameMetrics.height() + 2, 0, 0);
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

} // namespace studio::widgets
