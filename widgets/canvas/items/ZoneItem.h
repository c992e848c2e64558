#pragma once

#include "model/Zone.h"

#include <QGraphicsItem>
#include <QString>

#include <string>

namespace studio::widgets {

struct SceneStyle;

// One zone on the canvas: a labelled box behind the components and links. Nested zones sit
// above their parents (a higher z value per level) so they are drawn inside them. It is picked
// by its border and its title strip only: its inside is canvas (rubber-band selection starts
// there). Selectable; a zone selected alone shows resize handles on its corners.
class ZoneItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };

    ZoneItem(std::string id, const SceneStyle* style);

    const std::string& id() const { return m_id; }

    core::ZoneKind kind() const { return m_kind; }
    void setKind(core::ZoneKind kind);
    const QString& name() const { return m_name; }
    void setName(const QString& name);
    // How many zones enclose this one (0 at the top level).
    void setDepth(int depth);
    // The box in item coordinates: (0, 0, width, height).
    void setSize(const QSizeF& size);
    QRectF boxRect() const { return m_box; }
    QRectF sceneBox() const { return mapRectToScene(m_box); }
    // The title strip along the top (item coordinates): where the name is written.
    QRectF titleRect() const;

    void setHandlesVisible(bool visible);
    bool handlesVisible() const { return m_handlesVisible; }
    // Call when the style's pixel size (the zoom) changed.
    void refreshGeometry() { prepareGeometryChange(); }
    // Whether `point` (item coordinates) is on the border (within `tolerance`) or the title.
    bool picksAt(const QPointF& point, double tolerance) const;

    // "Region", "Availability zone"... in the current language.
    static QString kindName(core::ZoneKind kind);
    // What the title shows after the name: the kind ("Region"), or nothing when the name
    // already says it (a zone named "Region" or "EU region" does not read "Region Region").
    QString kindCaption() const;

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
    std::string m_id;
    const SceneStyle* m_style;
    core::ZoneKind m_kind = core::ZoneKind::Group;
    QString m_name;
    QRectF m_box;
    bool m_handlesVisible = false;
};

} // namespace studio::widgets
