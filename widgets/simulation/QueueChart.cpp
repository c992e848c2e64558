#include "widgets/simulation/QueueChart.h"

#include "widgets/simulation/ChartColors.h"
#include "widgets/simulation/FigureText.h"
#include "widgets/simulation/TimeSeriesChart.h"

#include <QHBoxLayout>
#include <QListWidget>

#include <algorithm>

namespace studio::widgets {

namespace {

// The component's mean queue over the run.
double meanQueue(const core::sim::SimulationResult& result, const std::string& id) {
    for (const core::sim::ComponentStats& stats : result.components)
        if (stats.id == id)
            return stats.meanQueue.mean;
    return 0.0;
}

} // namespace

QueueChart::QueueChart(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_chart(new TimeSeriesChart(this)) {
    m_list->setObjectName(QStringLiteral("queueComponents"));
    m_list->setToolTip(tr("Tick the components whose queues to draw"));
    m_list->setMaximumWidth(240);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        std::set<std::string> chosen;
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->checkState() == Qt::Checked)
                chosen.insert(m_list->item(i)->data(Qt::UserRole).toString().toStdString());
        m_chosen = std::move(chosen);
        draw();
    });
}

void QueueChart::show(const SimulationRun& run) {
    m_run = &run;
    const core::sim::SimulationResult& result = *run.result;
    std::vector<const core::sim::ComponentSeries*> followed;
    for (const core::sim::ComponentSeries& c : result.series.components)
        followed.push_back(&c);
    std::stable_sort(followed.begin(), followed.end(), [&](auto* a, auto* b) {
        return meanQueue(result, a->id) > meanQueue(result, b->id);
    });
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (std::size_t i = 0; i < followed.size(); ++i) {
        const std::string& id = followed[i]->id;
        auto* item = new QListWidgetItem(
            tr("%1 (%2 waiting)")
                .arg(QString::fromStdString(id), figureText(meanQueue(result, id), Measure::Rate)),
            m_list);
        item->setData(Qt::UserRole, QString::fromStdString(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool on = m_chosen ? m_chosen->contains(id) : static_cast<int>(i) < kAutomatic;
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    draw();
}

void QueueChart::clear() {
    m_run = nullptr;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    m_chart->clear();
}

void QueueChart::draw() {
    if (!m_run || !m_run->result)
        return;
    const core::sim::SimulationSeries& series = m_run->result->series;
    std::vector<TimeSeriesChart::Line> lines;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            continue;
        const std::string id = m_list->item(i)->data(Qt::UserRole).toString().toStdString();
        for (const core::sim::ComponentSeries& c : series.components)
            if (c.id == id)
                lines.push_back({QString::fromStdString(id), &c.meanQueue,
                                 kChartColors[lines.size() % std::size(kChartColors)]});
    }
    m_chart->show(series, lines, tr("Requests waiting"), 1, m_run->design.failures);
}

} // namespace studio::widgets
