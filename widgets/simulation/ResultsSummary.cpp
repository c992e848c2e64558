#include "widgets/simulation/ResultsSummary.h"

#include "widgets/simulation/FigureText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace studio::widgets {

namespace {

constexpr qsizetype kShownDisagreements = 4;

QTableWidget* table(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

std::optional<double> valueOf(const core::solver::Figure* f) {
    return f ? std::optional<double>(f->value) : std::nullopt;
}

} // namespace

ResultsSummary::ResultsSummary(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_requests(table({tr("Client / class"), tr("Goodput/s"), tr("Mean"), tr("p50"), tr("p99"),
                        tr("Answered"), tr("Failed")},
                       this))
    , m_components(table({tr("Component"), tr("Utilisation"), tr("Mean queue"), tr("Mean response"),
                          tr("Drops"), tr("Notes")},
                         this))
    , m_differences(new QLabel(this)) {
    m_heading->setWordWrap(true);
    m_differences->setWordWrap(true);
    m_differences->setObjectName(QStringLiteral("simulationDifferences"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_requests, 1);
    layout->addWidget(m_components, 2);
    layout->addWidget(m_differences);
}

void ResultsSummary::clear() {
    m_heading->clear();
    m_requests->setRowCount(0);
    m_components->setRowCount(0);
    m_differences->clear();
    m_disagreements.clear();
}

void ResultsSummary::show(const SimulationRun& run) {
    clear();
    if (!run.result)
        return;
    const core::sim::SimulationResult& r = *run.result;
    m_heading->setText(tr("Replications: %1 of %2 s simulated (seed %3), %4 s measured after "
                          "the warm-up in each; ± is the 95% interval, [ ] the analytic "
                          "estimate, * where it lies outside the interval.")
                           .arg(r.replications)
                           .arg(QString::number(r.duration, 'g', 6), QString::number(r.seed),
                                QString::number(r.measured, 'g', 6)));
    fillRequests(run);
    fillComponents(run);
    QStringList shown = m_disagreements.mid(0, kShownDisagreements);
    if (m_disagreements.size() > kShownDisagreements)
        shown << tr("and %1 more (marked *)").arg(m_disagreements.size() - kShownDisagreements);
    m_differences->setText(
        m_disagreements.isEmpty()
            ? tr("The simulation and the analytic estimate agree within the intervals.")
            : tr("Beyond the interval: %1").arg(shown.join(QStringLiteral("; "))));
}

void ResultsSummary::fillRequests(const SimulationRun& run) {
    for (const core::sim::RequestStats& q : run.result->requests) {
        const core::solver::RequestResult* e =
            run.estimate ? run.estimate->request(q.client, q.requestClass) : nullptr;
        const QString name = QString::fromStdString(q.client + " / " + q.requestClass);
        const int row = m_requests->rowCount();
        m_requests->insertRow(row);
        const auto put = [&](int column, const QString& text, bool differs) {
            auto* item = new QTableWidgetItem(text);
            if (differs)
                item->setForeground(QColor(200, 40, 40));
            m_requests->setItem(row, column, item);
        };
        const auto compare = [&](int column, const core::sim::Interval& i, Measure m,
                                 std::optional<double> estimate, const QString& what) {
            put(column, comparedText(i, m, estimate), core::sim::estimateOutside(i, estimate));
            if (core::sim::estimateOutside(i, estimate))
                m_disagreements << tr("%1: %2 %3 against %4 analytic")
                                       .arg(name, what, intervalText(i, m),
                                            figureText(*estimate, m));
        };
        put(0, name, false);
        compare(1, q.goodput, Measure::Rate, e ? std::optional(e->arrivalRate) : std::nullopt,
                tr("goodput"));
        compare(2, q.mean, Measure::Seconds, valueOf(e ? &e->mean : nullptr), tr("mean"));
        compare(3, q.p50, Measure::Seconds, valueOf(e ? &e->p50 : nullptr), tr("p50"));
        compare(4, q.p99, Measure::Seconds, valueOf(e ? &e->p99 : nullptr), tr("p99"));
        // The analytic availability is what random failures leave; without them, all is up.
        compare(5, q.answered, Measure::Availability,
                run.settings.randomFailures ? valueOf(e ? &e->availability : nullptr)
                                            : std::nullopt,
                tr("answered"));
        put(6,
            tr("%1 dropped, %2 refused, %3 timed out")
                .arg(q.dropped)
                .arg(q.rejected)
                .arg(q.timedOut),
            false);
    }
}

void ResultsSummary::fillComponents(const SimulationRun& run) {
    const auto& components = run.result->components;
    for (std::size_t n = 0; n < components.size(); ++n) {
        const core::sim::ComponentStats& c = components[n];
        if (!c.station)
            continue;
        const core::solver::ComponentResult* e = run.estimate && n < run.estimate->components.size()
                                                     ? &run.estimate->components[n]
                                                     : nullptr;
        const QString name = QString::fromStdString(c.id);
        const int row = m_components->rowCount();
        m_components->insertRow(row);
        const bool differs =
            core::sim::estimateOutside(c.utilisation, valueOf(e ? &e->utilisation : nullptr));
        auto* utilisation = new QTableWidgetItem(comparedText(
            c.utilisation, Measure::Utilisation, valueOf(e ? &e->utilisation : nullptr)));
        if (differs) {
            utilisation->setForeground(QColor(200, 40, 40));
            m_disagreements << tr("%1: utilisation %2 against %3 analytic")
                                   .arg(name, intervalText(c.utilisation, Measure::Utilisation),
                                        figureText(e->utilisation.value, Measure::Utilisation));
        }
        QStringList notes;
        if (c.wasted > 0)
            notes << tr("%1 served for callers gone").arg(c.wasted);
        if (c.expired > 0)
            notes << tr("%1 skipped expired").arg(c.expired);
        if (c.bulkheadRefused > 0)
            notes << tr("%1 refused by bulkheads").arg(c.bulkheadRefused);
        if (c.breakerRefused > 0)
            notes << tr("%1 failed fast by breakers").arg(c.breakerRefused);
        if (c.retries > 0)
            notes << tr("%1 calls retried").arg(c.retries);
        m_components->setItem(row, 0, new QTableWidgetItem(name));
        m_components->setItem(row, 1, utilisation);
        m_components->setItem(row, 2,
                              new QTableWidgetItem(QString::number(c.meanQueue.mean, 'g', 3)));
        m_components->setItem(row, 3,
                              new QTableWidgetItem(intervalText(c.meanResponse, Measure::Seconds)));
        m_components->setItem(row, 4,
                              new QTableWidgetItem(QString::number(c.drops + c.rejections)));
        m_components->setItem(row, 5, new QTableWidgetItem(notes.join(QStringLiteral(", "))));
    }
}

} // namespace studio::widgets
