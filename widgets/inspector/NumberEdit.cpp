#include "widgets/inspector/NumberEdit.h"

#include "widgets/inspector/NumberText.h"

namespace studio::widgets {

NumberEdit::NumberEdit(QWidget* parent)
    : QLineEdit(parent) {
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

void NumberEdit::setValue(double value) {
    setPlaceholderText({});
    setText(displayNumber(value));
    setCursorPosition(0); // a long number shows its leading digits, not its last ones
    setToolTip(text());
}

void NumberEdit::clearValue(const QString& placeholder) {
    setPlaceholderText(placeholder);
    clear();
}

bool NumberEdit::isBlank() const {
    return text().trimmed().isEmpty();
}

std::optional<double> NumberEdit::value() const {
    return parseNumber(text());
}

} // namespace studio::widgets
