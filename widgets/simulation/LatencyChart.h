#pragma once

// The latency distribution of one request class (every replication's answers in time
// together): its cumulative distribution and the share of requests per band of latency
// (30 bands, equal on a log scale), on a logarithmic time axis, the p99 marked.
#include "sim/SimulationResult.h"

#include <QChartView>

namespace studio::widgets {

class LatencyChart : public QChartView {
    Q_OBJECT

public:
    static constexpr int kBands = 30;

    explicit LatencyChart(QWidget* parent = nullptr);

    void show(const core::sim::RequestStats& requests);
    void clear();
    // The share of requests in each band, in order (sums to the share between the
    // distribution's first and last level), for tests.
    std::vector<double> bandShares() const { return m_shares; }

private:
    std::vector<double> m_shares;
};

} // namespace studio::widgets
