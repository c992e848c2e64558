#pragma once

#include <QLineEdit>

#include <optional>

namespace studio::widgets {

// A line edit for a number. While nobody edits it, it shows the number compactly (4
// significant digits, "3.333"; a size with its prefix, "16 GB"); given focus, it shows the
// stored number in full for editing. Until the person types, value() is the stored number
// itself, so focus coming and going never alters it. Wide enough for its compact text.
// Reads what a person types in the locale's notation or plainly ("0.005"); leaves range
// checks to the model's validation.
class NumberEdit : public QLineEdit {
    Q_OBJECT

public:
    enum class Unit {
        Plain,
        Bytes, // shown and read with SI prefixes: "16 GB"
    };

    explicit NumberEdit(QWidget* parent = nullptr);

    void setUnit(Unit unit);
    Unit unit() const { return m_unit; }

    void setValue(double value);
    // Empty: no value (an optional field not set, or several items whose values differ).
    void clearValue(const QString& placeholder = {});

    bool isBlank() const;
    // The stored number until the person types; then the typed number, or nothing when the text is
    // blank or not a number.
    std::optional<double> value() const;

    QSize minimumSizeHint() const override;

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QString compactText(double value) const;
    QString fullText(double value) const;
    void showValue();

    Unit m_unit = Unit::Plain;
    std::optional<double> m_value; // the stored number, until the person types
    QString m_compact;             // the stored number as shown without focus
};

} // namespace studio::widgets
