#pragma once

#include <QGraphicsTextItem>

namespace studio::widgets {

struct SceneStyle;

// The inline editor over a component's or zone's name: one line of text, all of it selected
// at first. Enter (or leaving it) accepts, Escape cancels; either way it says so once through
// finished() and the scene removes it.
class NameEditor : public QGraphicsTextItem {
    Q_OBJECT

public:
    enum { Type = UserType + 11 };

    NameEditor(const QString& text, const QFont& font, Qt::Alignment alignment, double width,
               const SceneStyle* style);

    // The text as one line without surrounding spaces.
    QString name() const;
    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

signals:
    void finished(bool accepted);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void finish(bool accepted);

    const SceneStyle* m_style;
    bool m_finished = false;
};

} // namespace studio::widgets
