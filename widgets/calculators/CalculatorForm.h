#pragma once

#include "estimate/CalculatorRegistry.h"

#include <QWidget>

#include <optional>
#include <string>
#include <utility>
#include <vector>

class QLabel;
class QLineEdit;

namespace studio::widgets {

class CalculationView;
class FieldRow;

// One calculator as a form: a line edit per key, named in words (its description: "Daily
// active users"; the key and what it expects in the tooltip, its expectation as placeholder;
// list keys take "a,b,c"), and under it the live result with its
// formula, recomputed on every keystroke through the registry. A value the registry refuses
// marks its field with the reason and no result is shown; keys still blank are listed.
class CalculatorForm : public QWidget {
    Q_OBJECT

public:
    using Given = std::vector<std::pair<std::string, std::string>>;

    // `calculator` must outlive the form (the registry's entries do).
    explicit CalculatorForm(const core::estimate::CalculatorSpec& calculator,
                            QWidget* parent = nullptr);

    const core::estimate::CalculatorSpec& calculator() const { return m_calculator; }
    // Replaces every field's text: keys not in `given` become blank. Unknown keys are ignored.
    void setValues(const Given& given);
    // The fields that are not blank, as written.
    Given values() const;

    // The result of the current values, or nothing while they are incomplete or refused.
    const std::optional<core::estimate::Calculation>& calculation() const { return m_calculation; }

    // The editor and row of `key`, or nullptr.
    QLineEdit* editor(const std::string& key) const;
    FieldRow* row(const std::string& key) const;
    CalculationView* view() const { return m_view; }
    // What keeps the result away: keys to fill in, problems not tied to one field.
    QString statusText() const;

signals:
    // The result changed (appeared, changed or went away).
    void calculationChanged();

private:
    void recompute();

    const core::estimate::CalculatorSpec& m_calculator;
    std::vector<std::pair<std::string, QLineEdit*>> m_editors;
    QLabel* m_status;
    CalculationView* m_view;
    std::optional<core::estimate::Calculation> m_calculation;
    bool m_filling = false;
};

} // namespace studio::widgets
