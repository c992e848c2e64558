#pragma once

// The Simulation dock's Queues tab: the requests waiting over time at the components the
// person picks from a list beside the chart (each with its mean queue over the run, the
// longest first). Until they pick, the five longest are shown; their pick is kept from run
// to run.
#include "widgets/simulation/SimulationRun.h"

#include <QWidget>

#include <optional>
#include <set>
#include <string>

class QListWidget;

namespace studio::widgets {

class TimeSeriesChart;

class QueueChart : public QWidget {
    Q_OBJECT

public:
    static constexpr int kAutomatic = 5; // components shown before the person picks

    explicit QueueChart(QWidget* parent = nullptr);

    // Shows `run`'s followed components (not owned; it must outlive the next show or clear).
    void show(const SimulationRun& run);
    void clear();

    TimeSeriesChart* chart() const { return m_chart; }
    QListWidget* components() const { return m_list; }

private:
    void draw();

    const SimulationRun* m_run = nullptr;
    std::optional<std::set<std::string>> m_chosen; // none: the longest kAutomatic
    QListWidget* m_list;
    TimeSeriesChart* m_chart;
};

} // namespace studio::widgets
