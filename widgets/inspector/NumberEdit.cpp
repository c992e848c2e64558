#include "widgets/inspector/NumberEdit.h"

#include "widgets/inspector/ByteText.h"
#include "widgets/inspector/NumberText.h"

#include <QFocusEvent>
#include <QStyle>
#include <QStyleOptionFrame>

#include <algorithm>

namespace studio::widgets {

namespace {
// QLineEdit's own margin either side of its text (QLineEditPrivate::horizontalMargin).
constexpr int kTextMargin = 2;
} // namespace

NumberEdit::NumberEdit(QWidget* parent)
    : QLineEdit(parent) {
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Typing replaces the stored number by what is typed.
    connect(this, &QLineEdit::textEdited, this, [this] { m_value.reset(); });
}

void NumberEdit::setUnit(Unit unit) {
    m_unit = unit;
    if (m_value)
        showValue();
}

void NumberEdit::setValue(double value) {
    setPlaceholderText({});
    m_value = value;
    showValue();
}

void NumberEdit::clearValue(const QString& placeholder) {
    m_value.reset();
    m_compact.clear();
    setPlaceholderText(placeholder);
    clear();
    updateGeometry();
}

bool NumberEdit::isBlank() const {
    return text().trimmed().isEmpty();
}

std::optional<double> NumberEdit::value() const {
    if (m_value)
        return m_value;
    return m_unit == Unit::Bytes ? parseBytes(text()) : parseNumber(text());
}

QString NumberEdit::compactText(double value) const {
    return m_unit == Unit::Bytes ? compactBytes(value) : compactNumber(value);
}

QString NumberEdit::fullText(double value) const {
    return m_unit == Unit::Bytes ? exactBytes(value) : displayNumber(value);
}

void NumberEdit::showValue() {
    // In full while the person may edit it, compactly otherwise; setText() also marks the
    // text as not modified by the person.
    m_compact = compactText(*m_value);
    setText(hasFocus() ? fullText(*m_value) : m_compact);
    setCursorPosition(hasFocus() ? text().size() : 0);
    updateGeometry();
}

QSize NumberEdit::minimumSizeHint() const {
    // Room for the compact text, so that no digit is ever hidden while nobody edits it.
    const QString shown = m_compact.isEmpty() ? placeholderText() : m_compact;
    const QMargins margins = textMargins();
    QStyleOptionFrame option;
    initStyleOption(&option);
    const int width = fontMetrics().horizontalAdvance(shown) + 2 * kTextMargin + margins.left() +
                      margins.right() + 1; // the cursor
    const QSize fitting = style()->sizeFromContents(
        QStyle::CT_LineEdit, &option, QSize(width, QLineEdit::minimumSizeHint().height()), this);
    const QSize base = QLineEdit::minimumSizeHint();
    return {std::max(base.width(), fitting.width()), base.height()};
}

void NumberEdit::focusInEvent(QFocusEvent* event) {
    if (m_value)
        showValue();
    QLineEdit::focusInEvent(event);
}

void NumberEdit::focusOutEvent(QFocusEvent* event) {
    QLineEdit::focusOutEvent(event); // emits editingFinished: a changed text is committed
    if (m_value && !hasFocus())
        showValue();
}

} // namespace studio::widgets
