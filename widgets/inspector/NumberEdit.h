#pragma once

#include <QLineEdit>

#include <optional>

namespace studio::widgets {

// A line edit for a number: shows it compactly and reads what a person types in the locale's
// notation or plainly ("0.005"). Leaves range checks to the model's validation.
class NumberEdit : public QLineEdit {
    Q_OBJECT

public:
    explicit NumberEdit(QWidget* parent = nullptr);

    void setValue(double value);
    // Empty: no value (an optional field not set, or several items whose values differ).
    void clearValue(const QString& placeholder = {});

    bool isBlank() const;
    // The typed number, or nothing when the text is blank or not a number.
    std::optional<double> value() const;
};

} // namespace studio::widgets
