#include "widgets/simulation/TimeSeriesChart.h"

#include "widgets/simulation/ChartTheme.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace studio::widgets {

namespace {

QValueAxis* valueAxis(const QString& title) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%g"));
    return axis;
}

// 1, 2 or 5 times a power of ten, at least `step`.
double roundStep(double step) {
    const double power = std::pow(10, std::floor(std::log10(step)));
    for (const double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= step)
            return m * power;
    return 10 * power;
}

} // namespace

QString TimeSeriesChart::failureName(const core::FailureEvent& f) {
    const QString target = QString::fromStdString(f.target);
    switch (f.kind) {
    case core::FailureKind::Down:
        return tr("%1 down").arg(target);
    case core::FailureKind::Slow:
        return tr("%1 slowed ×%2").arg(target, QString::number(f.factor));
    case core::FailureKind::Partitioned:
        return tr("%1 cut off from %2").arg(target, QString::fromStdString(f.zone));
    case core::FailureKind::Flushed:
        return tr("%1 flushed").arg(target);
    case core::FailureKind::ZoneDown:
        return tr("zone %1 down").arg(target);
    }
    return target;
}

TimeSeriesChart::TimeSeriesChart(QWidget* parent)
    : QChartView(parent) {
    ChartTheme::follow(this);
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(180);
}

void TimeSeriesChart::clear() {
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis), delete axis;
    m_pointCounts.clear();
    m_failureWindows = 0;
}

void TimeSeriesChart::show(const core::sim::SimulationSeries& series,
                           const std::vector<Line>& lines, const QString& valueTitle, double scale,
                           const std::vector<core::FailureEvent>& failures) {
    clear();
    QChart* c = chart();
    auto* x = valueAxis(tr("Simulated time (s)"));
    auto* y = valueAxis(valueTitle);
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    double top = 0;
    const auto endOf = [](const core::sim::SimulationSeries& s) {
        return s.start.empty() ? 0.0 : s.start.back() + s.width.back();
    };
    double end = endOf(series);
    for (const Line& line : lines)
        if (line.buckets)
            end = std::max(end, endOf(*line.buckets));

    for (const Line& line : lines) {
        auto* mean = new QLineSeries;
        auto* low = new QLineSeries;
        auto* high = new QLineSeries;
        mean->setName(line.name);
        int points = 0;
        const core::sim::SimulationSeries& buckets = line.buckets ? *line.buckets : series;
        for (std::size_t b = 0; b < buckets.start.size() && b < line.figure->size(); ++b) {
            const core::sim::Interval& v = (*line.figure)[b];
            if (v.replications == 0 || !std::isfinite(v.mean))
                continue;
            const double t = buckets.start[b] + buckets.width[b] / 2;
            mean->append(t, v.mean * scale);
            const bool banded = !line.buckets && v.replications > 1 && std::isfinite(v.halfWidth);
            low->append(t, std::max(0.0, (banded ? v.low() : v.mean) * scale));
            high->append(t, (banded ? v.high() : v.mean) * scale);
            top = std::max(top, (banded ? v.high() : v.mean) * scale);
            ++points;
        }
        m_pointCounts.push_back(points);
        auto* band = new QAreaSeries(high, low);
        QColor fill = line.color;
        fill.setAlpha(50);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        c->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
        QPen pen(line.color);
        pen.setWidthF(1.6);
        if (line.buckets)
            pen.setStyle(Qt::DashLine);
        mean->setPen(pen);
        c->addSeries(mean);
        mean->attachAxis(x);
        mean->attachAxis(y);
        for (QLegendMarker* marker : c->legend()->markers(band))
            marker->setVisible(false);
    }
    top = top > 0 ? top * 1.08 : 1;

    // Failure windows behind the lines (added last, drawn translucent over the bands).
    for (const core::FailureEvent& f : failures) {
        if (!(f.start < end))
            continue;
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        const double stop = std::min(end, f.start + f.duration);
        upper->append(f.start, top);
        upper->append(stop, top);
        lower->append(f.start, 0);
        lower->append(stop, 0);
        auto* window = new QAreaSeries(upper, lower);
        window->setBrush(QColor(220, 60, 60, 40));
        window->setPen(Qt::NoPen);
        window->setName(failureName(f));
        c->addSeries(window);
        window->attachAxis(x);
        window->attachAxis(y);
        ++m_failureWindows;
    }
    // The run's own span on the time axis, with round ticks from 0.
    const double span = end > 0 ? end : 1;
    x->setRange(0, span);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(roundStep(span / 6));
    y->setRange(0, top);
    y->applyNiceNumbers();
}

} // namespace studio::widgets
