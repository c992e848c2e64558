#include "widgets/simulation/LatencyChart.h"

#include "widgets/simulation/ChartTheme.h"

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

// The cumulative fraction at `latency` (s), interpolated linearly in log latency between
// the known points (latency ascending); 0 below the first, its level above the last.
double cumulativeAt(const std::vector<double>& latency, const std::vector<double>& level,
                    double at) {
    if (at <= latency.front())
        return latency.front() == at ? level.front() : 0;
    for (std::size_t i = 1; i < latency.size(); ++i) {
        if (at > latency[i])
            continue;
        const double a = std::log(latency[i - 1]), b = std::log(latency[i]);
        const double t = b > a ? (std::log(at) - a) / (b - a) : 1;
        return level[i - 1] + t * (level[i] - level[i - 1]);
    }
    return level.back();
}

} // namespace

LatencyChart::LatencyChart(QWidget* parent)
    : QChartView(parent) {
    ChartTheme::follow(this);
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(180);
}

void LatencyChart::clear() {
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_shares.clear();
}

void LatencyChart::show(const core::sim::RequestStats& requests) {
    clear();
    const std::vector<double>& levels = core::sim::latencyLevels();
    std::vector<double> latency, level; // positive latencies only (a log axis), s
    for (std::size_t i = 0; i < requests.latencyQuantiles.size() && i < levels.size(); ++i)
        if (requests.latencyQuantiles[i] > 0) {
            latency.push_back(requests.latencyQuantiles[i]);
            level.push_back(levels[i]);
        }
    if (latency.size() < 2)
        return;
    QChart* c = chart();
    auto* cdf = new QLineSeries;
    cdf->setName(tr("Cumulative"));
    cdf->setPen(QPen(QColor(70, 130, 180), 2));
    for (std::size_t i = 0; i < latency.size(); ++i)
        cdf->append(latency[i] * 1000, level[i] * 100);

    // Bands equal on the log scale from the first to the last quantile; a step line.
    auto* bands = new QLineSeries;
    bands->setName(tr("Share per band"));
    bands->setPen(QPen(QColor(230, 140, 30), 1.5));
    const double low = latency.front(), high = latency.back();
    const double ratio = std::pow(high / low, 1.0 / kBands);
    double top = 0;
    for (int b = 0; b < kBands; ++b) {
        const double from = low * std::pow(ratio, b), to = from * ratio;
        const double share =
            cumulativeAt(latency, level, to) - (b == 0 ? 0 : cumulativeAt(latency, level, from));
        m_shares.push_back(share);
        bands->append(from * 1000, share * 100);
        bands->append(to * 1000, share * 100);
        top = std::max(top, share * 100);
    }
    auto* x = new QLogValueAxis;
    x->setTitleText(tr("Latency (ms, log scale)"));
    x->setBase(10);
    x->setLabelFormat(QStringLiteral("%g"));
    x->setRange(low * 1000 / 1.2, high * 1000 * 1.2);
    x->setMinorTickCount(8);
    auto* left = new QValueAxis;
    left->setTitleText(tr("Answered within (%)"));
    left->setRange(0, 100);
    left->setLabelFormat(QStringLiteral("%g"));
    auto* right = new QValueAxis;
    right->setTitleText(tr("Share of requests (%)"));
    right->setRange(0, top > 0 ? top * 1.1 : 1);
    right->applyNiceNumbers();
    right->setLabelFormat(QStringLiteral("%g"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(left, Qt::AlignLeft);
    c->addAxis(right, Qt::AlignRight);
    c->addSeries(bands);
    bands->attachAxis(x);
    bands->attachAxis(right);
    c->addSeries(cdf);
    cdf->attachAxis(x);
    cdf->attachAxis(left);
    if (requests.p99.replications > 0 && requests.p99.mean > 0) {
        auto* p99 = new QLineSeries;
        p99->setName(tr("p99"));
        p99->setPen(QPen(QColor(200, 40, 40), 1.5, Qt::DashLine));
        p99->append(requests.p99.mean * 1000, 0);
        p99->append(requests.p99.mean * 1000, 100);
        c->addSeries(p99);
        p99->attachAxis(x);
        p99->attachAxis(left);
    }
}

} // namespace studio::widgets
