#pragma once

#include "widgets/canvas/items/ComponentLoad.h"

#include "catalog/KindSpec.h"

#include <QFont>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include <string>

namespace studio::widgets {

struct SceneStyle;

// What a component box shows; the scene fills it from the model and the catalog.
struct ComponentContent {
    QString kindId;    // "load_balancer_l7": picks the icon
    QString kindLabel; // "Load balancer (L7)"
    QString name;
    QString details;  // "3 instances × 64 workers"; may be empty
    QString noteText; // text notes only
    core::KindGroup group = core::KindGroup::Other;
    bool source = false; // a client: drawn as a pill
    bool note = false;   // a text note: drawn as a sheet of paper
    int stack = 0;       // outlines drawn behind the box for a store on many machines (0..2)
};

// One component on the canvas: a rounded box with its kind's icon, its kind, name and key
// figures. Knows its model id and what to draw, nothing else; positioned at the model's rect.
// Under the estimate overlay it is coloured by its load, and its load replaces the key figures.
// Selectable; shows connection handles when hovered, approached or selected alone, resize handles
// when selected alone. Never moves or changes the model itself: the scene does that.
class ComponentItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    // How the box looks while a link is being dragged onto it.
    enum class Target { None, Accepts, Refuses };

    ComponentItem(std::string id, const SceneStyle* style);

    const std::string& id() const { return m_id; }
    const ComponentContent& content() const { return m_content; }
    void setContent(ComponentContent content);

    // The box in item coordinates: (0, 0, width, height).
    QRectF boxRect() const { return m_box; }
    void setSize(const QSizeF& size);
    // The box in scene coordinates.
    QRectF sceneBox() const { return mapRectToScene(m_box); }
    // How round the box's corners are (scene units): links meet the arcs.
    double cornerRadius() const;
    // Where the name is written (item coordinates): the inline editor goes there.
    QRectF nameRect() const { return m_nameRect; }
    const QString& detailsText() const { return m_details.text; } // as drawn: wrapped, elided
    const QFont& nameFont() const { return m_nameFont; }

    // What the estimate overlay shows on it (LoadBand::Off: nothing, the default).
    const ComponentLoad& load() const { return m_load; }
    LoadBand loadBand() const { return m_load.band; }
    void setLoad(ComponentLoad load);
    // Where the overlay's tag is (item coordinates); empty when there is none.
    QRectF badgeRect() const { return m_badge.rect; }

    bool isHovered() const { return m_hovered; }
    // Connection and resize handles: when this is the only selected thing.
    void setHandlesVisible(bool visible);
    bool handlesVisible() const { return m_handlesVisible; }
    // The pointer is near the box (SceneInput): its connection dots show before it enters.
    void setNear(bool near);
    bool isNear() const { return m_near; }
    bool connectHandlesVisible() const { return m_hovered || m_near || m_handlesVisible; }
    void setTarget(Target target);
    // Call when the style's pixel size (the zoom) changed: handles keep their screen size.
    void refreshGeometry() { prepareGeometryChange(); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    struct TextLine {
        QString text; // elided to fit
        QRectF rect;
    };

    void layout();
    void layoutBadge();
    void updateToolTip();
    void fitNameFont();
    void paintTexts(QPainter* painter, double devicePixelsPerUnit) const;
    void paintNote(QPainter* painter) const;
    void paintDecorations(QPainter* painter) const;
    void paintBlockIcon(QPainter* painter, double devicePixelsPerUnit) const;
    void paintBadge(QPainter* painter) const;
    QRectF stackedBox(int behind) const; // the outline `behind` places back in the stack
    const QPen& boxPen() const;
    const QBrush& boxBrush() const;

    std::string m_id;
    const SceneStyle* m_style;
    ComponentContent m_content;
    QRectF m_box;
    QPainterPath m_outline;
    QFont m_nameFont; // the style's, made smaller to fit a long name
    TextLine m_kind;
    TextLine m_name;
    TextLine m_details;
    ComponentLoad m_load;
    TextLine m_badge;
    QRectF m_nameRect;
    QRectF m_iconRect;
    bool m_nameOnly = false; // too short for three lines
    bool m_hovered = false;
    bool m_near = false;
    bool m_handlesVisible = false;
    Target m_target = Target::None;
};

} // namespace studio::widgets
