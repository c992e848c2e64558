#pragma once

#include "catalog/KindSpec.h"

#include <QFont>
#include <QGraphicsItem>
#include <QString>

#include <string>

namespace studio::widgets {

struct SceneStyle;

// What a component box shows; the scene fills it from the model and the catalog.
struct ComponentContent {
    QString kindLabel; // "Load balancer (L7)"
    QString name;
    QString details;  // "3 instances × 64 workers"; may be empty
    QString noteText; // text notes only
    core::KindGroup group = core::KindGroup::Other;
    bool source = false; // a client: drawn as a pill
    bool note = false;   // a text note: drawn as a sheet of paper
};

// One component on the canvas: a rounded box with its kind, name and key figures. Knows its
// model id and what to draw, nothing else; positioned at the model's rect.
class ComponentItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    ComponentItem(std::string id, const SceneStyle* style);

    const std::string& id() const { return m_id; }
    const ComponentContent& content() const { return m_content; }
    void setContent(ComponentContent content);

    // The box in item coordinates: (0, 0, width, height).
    QRectF boxRect() const { return m_box; }
    void setSize(const QSizeF& size);
    // The box in scene coordinates.
    QRectF sceneBox() const { return mapRectToScene(m_box); }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    void paintTexts(QPainter* painter) const;
    void paintNote(QPainter* painter) const;
    void fitNameFont();

    std::string m_id;
    const SceneStyle* m_style;
    ComponentContent m_content;
    QRectF m_box;
    QFont m_nameFont; // the style's, made smaller to fit a long name
};

} // namespace studio::widgets
