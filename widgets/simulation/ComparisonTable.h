#pragma once

// A run against a baseline (kept from an earlier run of the design, usually with the same
// seed): per request class and figure, and per component's utilisation, the two values,
// their difference with its 95% interval and "better", "worse" or "no significant
// difference" (core/sim/RunComparison.h). Matched by client, class and component id.
#include "widgets/simulation/FigureText.h"
#include "widgets/simulation/SimulationRun.h"

#include "sim/RunComparison.h"

#include <QTableWidget>

namespace studio::widgets {

class ComparisonTable : public QTableWidget {
    Q_OBJECT

public:
    explicit ComparisonTable(QWidget* parent = nullptr);

    void compare(const SimulationRun& baseline, const SimulationRun& candidate);
    void clearRows();
    // The verdict per row, in order (for tests).
    std::vector<core::sim::Verdict> verdicts() const { return m_verdicts; }

    static QString verdictText(core::sim::Verdict verdict);

private:
    void addRow(const QString& subject, const QString& figure, const core::sim::Interval& before,
                const core::sim::Interval& after, Measure measure, bool higherIsBetter);

    std::vector<core::sim::Verdict> m_verdicts;
};

} // namespace studio::widgets
