#include "widgets/simulation/UtilisationChart.h"

#include "widgets/simulation/ChartTheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace studio::widgets {

UtilisationChart::UtilisationChart(QWidget* parent)
    : QChartView(parent) {
    ChartTheme::follow(this);
    setRenderHint(QPainter::Antialiasing);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(180);
}

void UtilisationChart::clear() {
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_components.clear();
}

void UtilisationChart::show(const SimulationRun& run) {
    clear();
    if (!run.result)
        return;
    const auto& stats = run.result->components;
    std::vector<std::size_t> order;
    for (std::size_t n = 0; n < stats.size(); ++n)
        if (stats[n].station && stats[n].utilisation.replications > 0)
            order.push_back(n);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return stats[a].utilisation.mean > stats[b].utilisation.mean;
    });
    if (order.size() > static_cast<std::size_t>(kMaxBars))
        order.resize(kMaxBars);

    QChart* c = chart();
    auto* bars = new QBarSet(tr("Simulated"));
    bars->setColor(QColor(70, 130, 180));
    auto* estimates = new QScatterSeries;
    estimates->setName(tr("Analytic"));
    estimates->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    estimates->setMarkerSize(9);
    estimates->setColor(QColor(230, 140, 30));
    double top = 1;
    std::vector<QLineSeries*> whiskers;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const std::size_t n = order[i];
        const core::sim::Interval& u = stats[n].utilisation;
        m_components << QString::fromStdString(stats[n].id);
        *bars << u.mean * 100;
        top = std::max(top, u.high());
        if (u.replications > 1 && u.halfWidth > 0) {
            auto* whisker = new QLineSeries;
            whisker->append(static_cast<double>(i), u.low() * 100);
            whisker->append(static_cast<double>(i), u.high() * 100);
            whisker->setPen(QPen(QColor(128, 128, 128), 2)); // reads on light and dark
            whiskers.push_back(whisker);
        }
        if (run.estimate && n < run.estimate->components.size()) {
            const double e = run.estimate->components[n].utilisation.value;
            if (std::isfinite(e)) {
                estimates->append(static_cast<double>(i), std::min(e, 1.5) * 100);
                top = std::max(top, std::min(e, 1.5));
            }
        }
    }
    auto* series = new QBarSeries;
    series->append(bars);
    c->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(m_components);
    x->setLabelsAngle(m_components.size() > 6 ? -45 : 0);
    auto* y = new QValueAxis;
    y->setTitleText(tr("Utilisation (%)"));
    y->setRange(0, top * 100 * 1.05);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%g"));
    c->addAxis(x, Qt::AlignBottom);
    c->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    for (QLineSeries* whisker : whiskers) {
        c->addSeries(whisker);
        whisker->attachAxis(x);
        whisker->attachAxis(y);
        for (QLegendMarker* marker : c->legend()->markers(whisker))
            marker->setVisible(false);
    }
    c->addSeries(estimates);
    estimates->attachAxis(x);
    estimates->attachAxis(y);
}

} // namespace studio::widgets
