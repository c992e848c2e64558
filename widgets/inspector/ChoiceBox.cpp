#include "widgets/inspector/ChoiceBox.h"

#include <QWheelEvent>

namespace studio::widgets {

ChoiceBox::ChoiceBox(QWidget* parent)
    : QComboBox(parent) {
    setFocusPolicy(Qt::StrongFocus);
}

void ChoiceBox::wheelEvent(QWheelEvent* event) {
    if (!hasFocus()) {
        event->ignore();
        return;
    }
    QComboBox::wheelEvent(event);
}

} // namespace studio::widgets
