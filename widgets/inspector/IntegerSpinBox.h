#pragma once

#include <QSpinBox>

#include <cstdint>

namespace studio::widgets {

// A spin box for a whole number whose arrows stay within the valid range but whose text
// takes any whole number, so a value out of range reaches validation and is explained at the
// field instead of being silently clamped.
class IntegerSpinBox : public QSpinBox {
    Q_OBJECT

public:
    IntegerSpinBox(double validMin, double validMax, QWidget* parent = nullptr);

    void setModelValue(std::int64_t value);
    // Several items whose values differ: shows "mixed" until a value is typed.
    void setMixed(const QString& text);
    bool isMixed() const;
    // The person changed the text since the model's value was shown.
    bool isModified() const;
    void setModified(bool modified);

    void stepBy(int steps) override;

protected:
    StepEnabled stepEnabled() const override;
    // Leaves the wheel to the inspector's scrolling unless the box has the focus.
    void wheelEvent(QWheelEvent* event) override;

private:
    int m_validMin;
    int m_validMax;
};

} // namespace studio::widgets
