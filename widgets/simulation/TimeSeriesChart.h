#pragma once

// A chart of figures over a run's time (SimulationSeries): one line per figure, its 95%
// interval over the replications as a band around it, and the design's failure windows
// shaded behind, so a spike lines up with its cause.
#include "model/FailureEvent.h"
#include "sim/SimulationResult.h"

#include <QChartView>
#include <QColor>
#include <QString>

#include <vector>

namespace studio::widgets {

class TimeSeriesChart : public QChartView {
    Q_OBJECT

public:
    struct Line {
        QString name;
        const core::sim::SeriesFigure* figure = nullptr;
        QColor color;
        // Another run's line (a baseline): its own buckets, drawn dashed without a band.
        const core::sim::SimulationSeries* buckets = nullptr;
    };

    explicit TimeSeriesChart(QWidget* parent = nullptr);

    // Replaces what the chart shows. Values are multiplied by `scale` (1000: seconds as ms);
    // points where no replication has the figure are left out.
    void show(const core::sim::SimulationSeries& series, const std::vector<Line>& lines,
              const QString& valueTitle, double scale,
              const std::vector<core::FailureEvent>& failures);
    void clear();

    // What the chart shows now, for tests and export: points per line (in order), and the
    // number of failure windows shaded.
    std::vector<int> pointCounts() const { return m_pointCounts; }
    int failureWindows() const { return m_failureWindows; }

    // "app down", "db slowed ×10": a failure event as its shaded window is named.
    static QString failureName(const core::FailureEvent& failure);

private:
    std::vector<int> m_pointCounts;
    int m_failureWindows = 0;
};

} // namespace studio::widgets
