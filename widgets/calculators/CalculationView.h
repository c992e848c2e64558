#pragma once

#include "estimate/Calculation.h"

#include <QString>
#include <QWidget>

#include <string>
#include <vector>

class QFormLayout;
class QLabel;

namespace studio::widgets {

// Shows a calculation: each output as people read it ("1.16K req/s") beside the seed's rounded
// form ("~1.2K req/s"), then the formula with the numbers put in (monospace, one step a line)
// and the assumptions it made. Shows nothing until given a calculation.
class CalculationView : public QWidget {
    Q_OBJECT

public:
    explicit CalculationView(QWidget* parent = nullptr);

    void setCalculation(const core::estimate::Calculation& calculation);
    void clear();
    bool isEmpty() const { return m_outputKeys.empty(); }

    // What is shown for output `key` (empty when there is none): its people's form and its
    // seed's form.
    QString outputText(const std::string& key) const;
    QString seedText(const std::string& key) const;
    // The formula as shown: one step a line.
    QString formulaText() const;
    QString notesText() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateWrapping();
    QLabel* outputLabel(const std::string& key, const char* prefix) const;

    QFormLayout* m_outputs;
    QLabel* m_formulaTitle;
    QLabel* m_formula;
    QLabel* m_notes;
    QString m_formulaLines; // the formula as plain text, one step a line
    std::vector<std::string> m_outputKeys;
};

} // namespace studio::widgets
