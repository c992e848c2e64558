#include "widgets/inspector/IntegerSpinBox.h"

#include <QLineEdit>
#include <QWheelEvent>

#include <algorithm>
#include <limits>

namespace studio::widgets {

namespace {
constexpr int kLowest = std::numeric_limits<int>::min() + 1; // the "mixed" marker sits below
constexpr int kHighest = std::numeric_limits<int>::max();

int clampToInt(double value) {
    return static_cast<int>(
        std::clamp(value, static_cast<double>(kLowest) + 1, static_cast<double>(kHighest)));
}
} // namespace

IntegerSpinBox::IntegerSpinBox(double validMin, double validMax, QWidget* parent)
    : QSpinBox(parent)
    , m_validMin(clampToInt(validMin))
    , m_validMax(clampToInt(validMax)) {
    setRange(kLowest, kHighest);
    setKeyboardTracking(false);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    setFocusPolicy(Qt::StrongFocus);
    // Size for the valid range, not the whole int range.
    setMinimumWidth(fontMetrics().horizontalAdvance(QString::number(m_validMax)) + 48);
}

void IntegerSpinBox::setModelValue(std::int64_t value) {
    setSpecialValueText({});
    setValue(clampToInt(static_cast<double>(value)));
    lineEdit()->setModified(false);
}

void IntegerSpinBox::setMixed(const QString& text) {
    setSpecialValueText(text);
    setValue(kLowest);
    lineEdit()->setModified(false);
}

bool IntegerSpinBox::isMixed() const {
    return !specialValueText().isEmpty() && value() == kLowest;
}

bool IntegerSpinBox::isModified() const {
    return lineEdit()->isModified();
}

void IntegerSpinBox::setModified(bool modified) {
    lineEdit()->setModified(modified);
}

void IntegerSpinBox::stepBy(int steps) {
    const int from = isMixed() ? m_validMin : std::clamp(value(), m_validMin, m_validMax);
    const qint64 target = static_cast<qint64>(from) + (isMixed() ? 0 : steps);
    setValue(static_cast<int>(std::clamp<qint64>(target, m_validMin, m_validMax)));
    lineEdit()->setModified(true);
    selectAll();
}

QAbstractSpinBox::StepEnabled IntegerSpinBox::stepEnabled() const {
    if (isReadOnly())
        return StepNone;
    StepEnabled enabled = StepNone;
    if (isMixed() || value() < m_validMax)
        enabled |= StepUpEnabled;
    if (isMixed() || value() > m_validMin)
        enabled |= StepDownEnabled;
    return enabled;
}

void IntegerSpinBox::wheelEvent(QWheelEvent* event) {
    if (!hasFocus()) {
        event->ignore();
        return;
    }
    QSpinBox::wheelEvent(event);
}

} // namespace studio::widgets
