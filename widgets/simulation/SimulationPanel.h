#pragma once

// The Simulation dock: the run's settings (duration, replications, seed, random failures,
// remembered per design), Run and Cancel with a progress bar and the time left, the request
// flow's controls, and the results of the last run in tabs (a summary, figures over time with
// the failure windows shaded, the latency distribution, utilisation, queues, the failure
// timeline, the comparison with a baseline). An edit after the run marks its results stale;
// opening another design clears them.
#include "widgets/simulation/RunHistory.h"
#include "widgets/simulation/SimulationRun.h"

#include <QWidget>

#include <memory>

class QChartView;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;

namespace studio::widgets {

class ComparisonTable;
class FailureTimeline;
class FlowAnimation;
class LatencyChart;
class QueueChart;
class ResultsSummary;
class SimulationRunner;
class StudioDocument;
class StudioLibrary;
class TimeSeriesChart;
class UtilisationChart;

class SimulationPanel : public QWidget {
    Q_OBJECT

public:
    // `library` may be null: runs are then not kept (the History tab says so).
    explicit SimulationPanel(StudioDocument* document, StudioLibrary* library = nullptr,
                             QWidget* parent = nullptr);
    ~SimulationPanel() override;

    RunSettings settings() const;
    void setSettings(const RunSettings& settings);
    bool running() const;
    bool stale() const { return m_stale; }
    std::shared_ptr<const SimulationRun> shownRun() const { return m_run; }
    std::shared_ptr<const SimulationRun> baseline() const { return m_baseline; }
    ComparisonTable* comparison() const { return m_comparison; }
    // The canvas's request flow, played by this panel's controls (not owned).
    void setFlow(FlowAnimation* flow);
    QPushButton* flowButton() const { return m_flowButton; }
    FailureTimeline* failureTimeline() const { return m_failures; }
    RunHistory* history() const { return m_history; }
    // The canvas's selection: what the timeline's scenarios strike.
    void setSelection(const std::vector<std::string>& ids);

    ResultsSummary* summary() const { return m_summary; }
    TimeSeriesChart* throughputChart() const { return m_throughput; }
    TimeSeriesChart* latencyChart() const { return m_latency; }
    LatencyChart* distributionChart() const { return m_distribution; }
    UtilisationChart* utilisationChart() const { return m_utilisation; }
    TimeSeriesChart* queueChart() const { return m_queues; }
    QueueChart* queues() const { return m_queueChart; }
    QLabel* statusLabel() const { return m_status; }

public slots:
    void run();
    void cancel();
    // Keeps the shown run to compare the next ones with (charts and the Compare tab).
    void keepAsBaseline();
    void clearBaseline();

signals:
    void runningChanged(bool running);
    void runFinished(std::shared_ptr<const SimulationRun> run);

private:
    void runEnded(std::shared_ptr<const SimulationRun> run); // the runner's, kept if finished
    void showRun(std::shared_ptr<const SimulationRun> run);
    void showSeries();
    void showComparison();
    void exportResultsFile();
    void exportChartFile(QChartView* chart);
    void progressed(double fraction, double secondsLeft);
    void designEdited();
    void designReplaced();

    StudioDocument* m_document;
    SimulationRunner* m_runner;
    std::shared_ptr<const SimulationRun> m_run;      // the run shown
    std::shared_ptr<const SimulationRun> m_baseline; // what it is compared with, if any
    bool m_stale = false;
    QDoubleSpinBox* m_duration;
    QSpinBox* m_replications;
    QSpinBox* m_seed;
    QCheckBox* m_randomFailures;
    QPushButton* m_runButton;
    QPushButton* m_cancelButton;
    QPushButton* m_baselineButton;
    QLabel* m_baselineLabel;
    QToolButton* m_exportButton; // results as JSON or CSV, a chart as PNG or SVG
    QPushButton* m_flowButton;   // play or pause the request flow on the canvas
    QComboBox* m_flowSpeed;
    QLabel* m_flowClock;
    FlowAnimation* m_flow = nullptr;
    QProgressBar* m_progress;
    QLabel* m_status;
    QLabel* m_staleBanner;
    QComboBox* m_requestClass;
    QTabWidget* m_tabs;
    ResultsSummary* m_summary;
    TimeSeriesChart* m_throughput;
    TimeSeriesChart* m_latency;
    LatencyChart* m_distribution;
    UtilisationChart* m_utilisation;
    QueueChart* m_queueChart;
    TimeSeriesChart* m_queues; // m_queueChart's chart
    ComparisonTable* m_comparison;
    FailureTimeline* m_failures; // the design's failure timeline, edited with the mouse
    RunHistory* m_history;
    RunOrigin m_origin; // where the running design stood in the library when it started
};

} // namespace studio::widgets
