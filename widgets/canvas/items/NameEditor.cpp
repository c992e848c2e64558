#include "widgets/canvas/items/NameEditor.h"

#include "widgets/canvas/items/SceneStyle.h"

#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace studio::widgets {

NameEditor::NameEditor(const QString& text, const QFont& font, Qt::Alignment alignment,
                       double width, const SceneStyle* style)
    : m_style(style) {
    setZValue(2000);
    setFont(font);
    setDefaultTextColor(style->text);
    document()->setDocumentMargin(2);
    document()->setDefaultTextOption(QTextOption(alignment));
    setPlainText(text);
    setTextWidth(width);
    setTextInteractionFlags(Qt::TextEditorInteraction);
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    setTextCursor(all);
}

QString NameEditor::name() const {
    return toPlainText().simplified();
}

QRectF NameEditor::boundingRect() const {
    return QGraphicsTextItem::boundingRect().adjusted(-2, -2, 2, 2);
}

void NameEditor::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) {
    QPen border(m_style->selection, 1.5);
    border.setCosmetic(true);
    painter->setPen(border);
    painter->setBrush(m_style->background);
    painter->drawRoundedRect(QGraphicsTextItem::boundingRect(), 3, 3);
    // No dashed focus frame: the border above says where the editor is.
    QStyleOptionGraphicsItem plain(*option);
    plain.state &= ~(QStyle::State_Selected | QStyle::State_HasFocus);
    QGraphicsTextItem::paint(painter, &plain, widget);
}

void NameEditor::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish(true);
        event->accept();
        return;
    case Qt::Key_Escape:
        finish(false);
        event->accept();
        return;
    default:
        QGraphicsTextItem::keyPressEvent(event);
        event->accept(); // typing never reaches the canvas (arrows would nudge)
    }
}

void NameEditor::focusOutEvent(QFocusEvent* event) {
    QGraphicsTextItem::focusOutEvent(event);
    // A menu or a popup taking focus for a moment is not the person leaving the editor.
    if (event->reason() != Qt::PopupFocusReason && event->reason() != Qt::ActiveWindowFocusReason)
        finish(true);
}

void NameEditor::finish(bool accepted) {
    if (m_finished)
        return;
    m_finished = true;
    emit finished(accepted);
}

} // namespace studio::widgets
