#pragma once

// Utilisation per component as bars (the busiest first, at most kMaxBars), each with its
// 95% interval as a whisker and the analytic estimate as a diamond.
#include "widgets/simulation/SimulationRun.h"

#include <QChartView>

namespace studio::widgets {

class UtilisationChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kMaxBars = 24;

    explicit UtilisationChart(QWidget* parent = nullptr);

    void show(const SimulationRun& run);
    void clear();
    // The components shown, in the order of the bars.
    QStringList components() const { return m_components; }

private:
    QStringList m_components;
};

} // namespace studio::widgets
