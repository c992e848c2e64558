#include "widgets/simulation/ComparisonTable.h"

#include <QHeaderView>

#include <cmath>
#include <string_view>
#include <unordered_map>

namespace studio::widgets {

using core::sim::Verdict;

ComparisonTable::ComparisonTable(QWidget* parent)
    : QTableWidget(0, 6, parent) {
    setHorizontalHeaderLabels({tr("Subject"), tr("Figure"), tr("Baseline"), tr("This run"),
                               tr("Difference"), tr("Verdict")});
    verticalHeader()->hide();
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

QString ComparisonTable::verdictText(Verdict verdict) {
    switch (verdict) {
    case Verdict::Better:
        return tr("better");
    case Verdict::Worse:
        return tr("worse");
    case Verdict::NoSignificantDifference:
        return tr("no significant difference");
    case Verdict::Unknown:
        break;
    }
    return tr("cannot tell (one replication)");
}

void ComparisonTable::clearRows() {
    setRowCount(0);
    m_verdicts.clear();
}

void ComparisonTable::addRow(const QString& subject, const QString& figure,
                             const core::sim::Interval& before, const core::sim::Interval& after,
                             Measure measure, bool higherIsBetter) {
    const core::sim::Difference d = core::sim::compareFigures(before, after, higherIsBetter);
    const int row = rowCount();
    insertRow(row);
    QString difference = (d.value >= 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                         figureText(std::abs(d.value), measure);
    if (std::isfinite(d.halfWidth))
        difference += QStringLiteral(" ±") + figureText(d.halfWidth, measure);
    auto* verdict = new QTableWidgetItem(verdictText(d.verdict));
    if (d.verdict == Verdict::Better)
        verdict->setForeground(QColor(30, 130, 60));
    else if (d.verdict == Verdict::Worse)
        verdict->setForeground(QColor(200, 40, 40));
    setItem(row, 0, new QTableWidgetItem(subject));
    setItem(row, 1, new QTableWidgetItem(figure));
    setItem(row, 2, new QTableWidgetItem(intervalText(before, measure)));
    setItem(row, 3, new QTableWidgetItem(intervalText(after, measure)));
    setItem(row, 4, new QTableWidgetItem(difference));
    setItem(row, 5, verdict);
    m_verdicts.push_back(d.verdict);
}

void ComparisonTable::compare(const SimulationRun& baseline, const SimulationRun& candidate) {
    clearRows();
    if (!baseline.result || !candidate.result)
        return;
    for (const core::sim::RequestStats& after : candidate.result->requests) {
        const core::sim::RequestStats* before = nullptr;
        for (const core::sim::RequestStats& q : baseline.result->requests)
            if (q.client == after.client && q.requestClass == after.requestClass)
                before = &q;
        if (!before)
            continue;
        const QString subject = QString::fromStdString(after.client + " / " + after.requestClass);
        addRow(subject, tr("goodput/s"), before->goodput, after.goodput, Measure::Rate, true);
        addRow(subject, tr("mean"), before->mean, after.mean, Measure::Seconds, false);
        addRow(subject, tr("p99"), before->p99, after.p99, Measure::Seconds, false);
        addRow(subject, tr("answered"), before->answered, after.answered, Measure::Availability,
               true);
    }
    std::unordered_map<std::string_view, const core::sim::ComponentStats*> before;
    for (const core::sim::ComponentStats& c : baseline.result->components)
        before.emplace(c.id, &c);
    for (const core::sim::ComponentStats& after : candidate.result->components)
        if (const auto it = before.find(after.id); after.station && it != before.end())
            addRow(QString::fromStdString(after.id), tr("utilisation"), it->second->utilisation,
                   after.utilisation, Measure::Utilisation, false);
}

} // namespace studio::widgets
