#pragma once

// Simulate > Find Capacity: the highest load on the open design that meets a p99 target
// (and an error-rate target, if given), found on the analytic solver and confirmed by the
// simulator around it (core/capacity/FindCapacity.h), on a worker thread. Shows the answer,
// what breaks first and what doubling it buys, the simulated check, and the latency-versus-
// load curve with the target drawn across it.
#include "capacity/CapacityReport.h"
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "util/Problem.h"

#include <QDialog>
#include <QTimer>

#include <atomic>
#include <optional>
#include <thread>

class QCheckBox;
class QChartView;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace studio::widgets {

class CapacityDialog : public QDialog {
    Q_OBJECT

public:
    // Searches `design` (copied: editing may go on) as the dialog opened it.
    CapacityDialog(const core::Design& design, const core::Catalog& catalog,
                   QWidget* parent = nullptr);
    ~CapacityDialog() override; // stops a search in progress and waits for it

    void setTarget(double p99Seconds, std::optional<double> errorRate, bool simulate);
    void find();
    // Stops a search in progress: what it found so far is shown.
    void stop();
    bool searching() const { return m_worker.joinable(); }
    const std::optional<core::capacity::CapacityReport>& report() const { return m_report; }
    QLabel* answer() const { return m_answer; }
    QChartView* curve() const { return m_curve; }

signals:
    void finished();

protected:
    void reject() override; // stops a search first

private:
    void poll();
    void showReport();

    core::Design m_design;
    const core::Catalog& m_catalog;
    QDoubleSpinBox* m_p99; // ms
    QCheckBox* m_useErrorRate;
    QDoubleSpinBox* m_errorRate; // %
    QCheckBox* m_simulate;
    QPushButton* m_findButton;
    QPushButton* m_stopButton;
    QLabel* m_answer;
    QChartView* m_curve;
    std::thread m_worker;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_stop{false};
    std::atomic<double> m_fraction{0}; // the simulations' progress (not shown)
    QTimer m_poll;
    std::optional<core::capacity::CapacityReport> m_report; // written by the worker until done
    core::Problems m_problems;
};

} // namespace studio::widgets
