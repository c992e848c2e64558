#include "SimulateReport.h"

#include "Console.h"
#include "model/EnumNames.h"
#include "sim/SimulationJson.h"
#include "util/ReadableNumber.h"

#include <QStringList>

#include <cmath>

namespace studio::app {

namespace {

using core::sim::Interval;
using Json = nlohmann::ordered_json;

enum class Unit { Seconds, Rate, Percent, Availability, Count };

QString number(double v, Unit unit) {
    if (!std::isfinite(v))
        return QStringLiteral("∞");
    switch (unit) {
    case Unit::Seconds: {
        if (v >= 1)
            return QString::number(v, 'f', v >= 100 ? 0 : 2) + QStringLiteral(" s");
        const double ms = v * 1000;
        return QString::number(ms, 'f',
                               ms >= 100  ? 0
                               : ms >= 10 ? 1
                               : ms >= 1  ? 2
                                          : 3) +
               QStringLiteral(" ms");
    }
    case Unit::Rate:
        return v == 0 ? QStringLiteral("0")
                      : QString::number(v, 'f',
                                        v >= 100 ? 1
                                        : v >= 1 ? 2
                                                 : 4);
    case Unit::Percent:
        return QString::number(v * 100, 'f', 1) + u'%';
    case Unit::Availability:
        return QString::fromStdString(core::readableAvailability(v).text());
    case Unit::Count:
        break;
    }
    return QString::number(v, 'f', 2);
}

// The half-width in the figure's own unit, without the unit's name.
QString spread(double halfWidth, double mean, Unit unit) {
    if (unit == Unit::Seconds) {
        const QString m = number(mean, unit);
        const double scale = m.endsWith(QStringLiteral(" ms")) ? 1000 : 1;
        const double h = halfWidth * scale;
        return QString::number(h, 'f', h >= 100 ? 0 : h >= 10 ? 1 : h >= 1 ? 2 : 3);
    }
    if (unit == Unit::Percent)
        return QString::number(halfWidth * 100, 'f', 1);
    if (unit == Unit::Availability)
        return QString::number(halfWidth * 100, 'g', 2);
    return number(halfWidth, Unit::Count);
}

// "20.01 ms ±0.20 [20.00 ms]", with "*" when the estimate lies outside the interval.
QString cell(const Interval& i, Unit unit, std::optional<double> estimate) {
    if (i.replications == 0)
        return QStringLiteral("-");
    QString text = number(i.mean, unit);
    if (i.replications > 1 && std::isfinite(i.halfWidth))
        text += QStringLiteral(" ±") + spread(i.halfWidth, i.mean, unit);
    if (estimate)
        text += QStringLiteral(" [") + number(*estimate, unit) + u']';
    if (core::sim::estimateOutside(i, estimate))
        text += u'*';
    return text;
}

const core::solver::RequestResult* estimateOf(const SimulateRun& run,
                                              const core::sim::RequestStats& q) {
    return run.estimate ? run.estimate->request(q.client, q.requestClass) : nullptr;
}

const core::solver::HandoffResult* estimateOf(const SimulateRun& run,
                                              const core::sim::HandoffStats& h) {
    return run.estimate ? run.estimate->handoff(h.link) : nullptr;
}

std::optional<double> value(const core::solver::Figure* f) {
    return f ? std::optional<double>(f->value) : std::nullopt;
}

void printComponents(const SimulateRun& run) {
    const QList<int> widths = {20, 26, 22, 28, 10, 8, 10};
    printOut(
        tableRow({QStringLiteral("Component"), QStringLiteral("Arrivals/s"),
                  QStringLiteral("Util."), QStringLiteral("Mean resp."), QStringLiteral("Queue"),
                  QStringLiteral("Max q."), QStringLiteral("Drops/s")},
                 widths));
    const auto& components = run.result->components;
    for (std::size_t i = 0; i < components.size(); ++i) {
        const core::sim::ComponentStats& c = components[i];
        if (!c.station)
            continue;
        const core::solver::ComponentResult* e =
            run.estimate ? &run.estimate->components[i] : nullptr;
        if (c.arrivals == 0) {
            printOut(tableRow({printable(c.id), QStringLiteral("0")}, widths) +
                     QStringLiteral("   (no traffic)"));
            continue;
        }
        QString line = tableRow(
            {printable(c.id),
             cell(c.arrivalRate, Unit::Rate, e ? std::optional(e->arrivalRate) : std::nullopt),
             cell(c.utilisation, Unit::Percent, value(e ? &e->utilisation : nullptr)),
             cell(c.meanResponse, Unit::Seconds, value(e ? &e->meanResponse : nullptr)),
             number(c.meanQueue.mean, Unit::Count), QString::number(c.maxQueue),
             number(c.dropRate.mean, Unit::Rate)},
            widths);
        if (c.cache)
            line += QStringLiteral("   hit ratio ") + cell(c.hitRatio, Unit::Percent, {});
        if (c.wasted > 0) // all replications, as the request counts below
            line += QStringLiteral("   %1 served for callers gone").arg(c.wasted);
        if (c.expired > 0)
            line += QStringLiteral("   %1 skipped expired").arg(c.expired);
        if (c.bulkheadRefused > 0)
            line += QStringLiteral("   %1 calls refused by bulkheads").arg(c.bulkheadRefused);
        if (c.breakerRefused > 0)
            line += QStringLiteral("   %1 calls failed fast by breakers").arg(c.breakerRefused);
        if (c.retries > 0)
            line += QStringLiteral("   %1 calls retried").arg(c.retries);
        printOut(line);
    }
}

void printRequests(const SimulateRun& run) {
    const QList<int> widths = {20, 24, 26, 26, 26, 26};
    printOut(tableRow({QStringLiteral("Client/class"), QStringLiteral("Goodput/s"),
                       QStringLiteral("Mean"), QStringLiteral("p50"), QStringLiteral("p95"),
                       QStringLiteral("p99")},
                      widths));
    for (const core::sim::RequestStats& q : run.result->requests) {
        const core::solver::RequestResult* e = estimateOf(run, q);
        printOut(
            tableRow({printable(q.client + "/" + q.requestClass) +
                          (q.closed ? QStringLiteral(" (closed)") : QString()),
                      cell(q.goodput, Unit::Rate, e ? std::optional(e->arrivalRate) : std::nullopt),
                      cell(q.mean, Unit::Seconds, value(e ? &e->mean : nullptr)),
                      cell(q.p50, Unit::Seconds, value(e ? &e->p50 : nullptr)),
                      cell(q.p95, Unit::Seconds, value(e ? &e->p95 : nullptr)),
                      cell(q.p99, Unit::Seconds, value(e ? &e->p99 : nullptr))},
                     widths));
    }
    printOut(QString());
    printOut(QStringLiteral("Requests (all replications, after the warm-up):"));
    const QList<int> counts = {20, 12, 12, 10, 10, 10, 10, 12, 12, 30};
    printOut(tableRow({QStringLiteral("Client/class"), QStringLiteral("Arrived"),
                       QStringLiteral("Completed"), QStringLiteral("Dropped"),
                       QStringLiteral("Rejected"), QStringLiteral("Timed out"),
                       QStringLiteral("In flight"), QStringLiteral("Throughput/s"),
                       QStringLiteral("p99.9"), QStringLiteral("Answered")},
                      counts));
    for (const core::sim::RequestStats& q : run.result->requests) {
        const core::solver::RequestResult* e = estimateOf(run, q);
        printOut(tableRow(
            {printable(q.client + "/" + q.requestClass), QString::number(q.arrived),
             QString::number(q.completed), QString::number(q.dropped), QString::number(q.rejected),
             QString::number(q.timedOut), QString::number(q.inFlight),
             number(q.throughput.mean, Unit::Rate),
             q.p999.replications ? number(q.p999.mean, Unit::Seconds) : QStringLiteral("-"),
             cell(q.answered, Unit::Availability, value(e ? &e->availability : nullptr))},
            counts));
    }
}

QString runText(const SimulateRun& run) {
    const core::sim::SimulationResult& r = *run.result;
    const QString length = run.requests > 0
                               ? QStringLiteral("%1 requests").arg(run.requests)
                               : QStringLiteral("%1 s").arg(QString::number(r.duration, 'g', 6));
    return QStringLiteral("%1 replications of %2 (seed %3), %4 s measured after the warm-up "
                          "in each, %5 events")
        .arg(r.replications)
        .arg(length)
        .arg(r.seed)
        .arg(QString::number(r.measured, 'g', 6))
        .arg(r.events);
}

} // namespace

void printSimulation(const SimulateRun& run) {
    const core::sim::SimulationResult& r = *run.result;
    printOut(QStringLiteral("Simulation of \"%1\" at the %2")
                 .arg(printable(run.design->name),
                      run.average ? QStringLiteral("average rate")
                                  : QStringLiteral("peak (rate x peak factor)")));
    printOut(runText(run));
    if (r.cancelled)
        printOut(QStringLiteral("Cancelled before the end: the figures cover what ran."));
    printOut(QString());
    printComponents(run);
    printOut(QString());
    printOut(QStringLiteral("End to end, network included (answered in time):"));
    printRequests(run);
    if (!r.handoffs.empty()) {
        printOut(QString());
        printOut(QStringLiteral("Behind handoffs (enqueue to the receiver finishing):"));
        for (const core::sim::HandoffStats& h : r.handoffs) {
            const core::solver::HandoffResult* e = estimateOf(run, h);
            printOut(QStringLiteral("  %1 -> %2: %3 msg/s, mean %4, p99 %5")
                         .arg(printable(h.from), printable(h.to),
                              cell(h.messageRate, Unit::Rate,
                                   e ? std::optional(e->messageRate) : std::nullopt),
                              cell(h.mean, Unit::Seconds, value(e ? &e->mean : nullptr)),
                              cell(h.p99, Unit::Seconds, value(e ? &e->p99 : nullptr))));
        }
    }
    printOut(QString());
    printOut(QStringLiteral("Notes:"));
    for (const core::Message& note : r.notes)
        printOut(QStringLiteral("  - ") + QString::fromStdString(note.format()));
    if (!run.estimate)
        printOut(QStringLiteral("  - the analytic solver could not estimate this design"));
    printOut(QStringLiteral("\"±\": the 95% interval over the replications; [ ]: the analytic "
                            "estimate; \"*\": the estimate lies outside the interval."));
}

Json simulationJson(const SimulateRun& run) {
    return core::sim::simulationJson(*run.design, *run.result, run.estimate, run.average,
                                     run.requests);
}

} // namespace studio::app
