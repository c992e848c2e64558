#include "widgets/inspector/MultiLineEdit.h"

#include <QKeyEvent>
#include <QTextDocument>

namespace studio::widgets {

MultiLineEdit::MultiLineEdit(QWidget* parent)
    : QPlainTextEdit(parent) {
    setTabChangesFocus(true);
}

void MultiLineEdit::setText(const QString& text) {
    if (text != toPlainText())
        setPlainText(text);
    document()->setModified(false);
}

bool MultiLineEdit::isModified() const {
    return document()->isModified();
}

QSize MultiLineEdit::sizeHint() const {
    const QSize base = QPlainTextEdit::sizeHint();
    return {base.width(), fontMetrics().lineSpacing() * 4 + 2 * frameWidth() + 8};
}

void MultiLineEdit::focusOutEvent(QFocusEvent* event) {
    QPlainTextEdit::focusOutEvent(event);
    finish();
}

void MultiLineEdit::keyPressEvent(QKeyEvent* event) {
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ControlModifier)) {
        finish();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void MultiLineEdit::finish() {
    if (!document()->isModified())
        return;
    document()->setModified(false);
    emit editingFinished();
}

} // namespace studio::widgets
