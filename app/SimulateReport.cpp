#include "SimulateReport.h"

#include "Console.h"
#include "model/EnumNames.h"
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

bool disagrees(const Interval& i, std::optional<double> estimate) {
    return estimate && std::isfinite(*estimate) && i.replications > 1 && i.halfWidth >= 0 &&
           !i.contains(*estimate);
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
    if (disagrees(i, estimate))
        text += u'*';
    return text;
}

QString row(const QStringList& cells, const QList<int>& widths) {
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const int w = widths.value(i, 0);
        line += i == 0 ? cells[i].leftJustified(w) : u' ' + cells[i].rightJustified(w);
    }
    return line;
}

const core::solver::RequestResult* estimateOf(const SimulateRun& run,
                                              const core::sim::RequestStats& q) {
    if (!run.estimate)
        return nullptr;
    for (const auto& r : run.estimate->requests)
        if (r.client == q.client && r.requestClass == q.requestClass)
            return &r;
    return nullptr;
}

const core::solver::HandoffResult* estimateOf(const SimulateRun& run,
                                              const core::sim::HandoffStats& h) {
    if (!run.estimate)
        return nullptr;
    for (const auto& r : run.estimate->handoffs)
        if (r.link == h.link)
            return &r;
    return nullptr;
}

std::optional<double> value(const core::solver::Figure* f) {
    return f ? std::optional<double>(f->value) : std::nullopt;
}

void printComponents(const SimulateRun& run) {
    const QList<int> widths = {20, 26, 22, 28, 10, 8, 10};
    printOut(row({QStringLiteral("Component"), QStringLiteral("Arrivals/s"),
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
            printOut(row({printable(c.id), QStringLiteral("0")}, widths) +
                     QStringLiteral("   (no traffic)"));
            continue;
        }
        QString line =
            row({printable(c.id),
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
    printOut(
        row({QStringLiteral("Client/class"), QStringLiteral("Goodput/s"), QStringLiteral("Mean"),
             QStringLiteral("p50"), QStringLiteral("p95"), QStringLiteral("p99")},
            widths));
    for (const core::sim::RequestStats& q : run.result->requests) {
        const core::solver::RequestResult* e = estimateOf(run, q);
        printOut(row({printable(q.client + "/" + q.requestClass) +
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
    printOut(
        row({QStringLiteral("Client/class"), QStringLiteral("Arrived"), QStringLiteral("Completed"),
             QStringLiteral("Dropped"), QStringLiteral("Rejected"), QStringLiteral("Timed out"),
             QStringLiteral("In flight"), QStringLiteral("Throughput/s"), QStringLiteral("p99.9"),
             QStringLiteral("Answered")},
            counts));
    for (const core::sim::RequestStats& q : run.result->requests) {
        const core::solver::RequestResult* e = estimateOf(run, q);
        printOut(
            row({printable(q.client + "/" + q.requestClass), QString::number(q.arrived),
                 QString::number(q.completed), QString::number(q.dropped),
                 QString::number(q.rejected), QString::number(q.timedOut),
                 QString::number(q.inFlight), number(q.throughput.mean, Unit::Rate),
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

// ---- JSON ------------------------------------------------------------------------------

namespace {

Json finite(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

// As `estimate --json`'s figure, plus the interval and the solver's estimate.
Json figure(const Interval& i, std::optional<double> estimate) {
    Json out = {{"value", i.replications ? finite(i.mean) : Json(nullptr)}, {"approximate", false}};
    out["interval"] =
        i.replications > 1 ? Json::array({finite(i.low()), finite(i.high())}) : Json(nullptr);
    out["estimate"] = estimate ? finite(*estimate) : Json(nullptr);
    out["outside_interval"] = disagrees(i, estimate);
    return out;
}

// A figure over time: per bucket its mean and 95% interval (null where no replication had
// it, e.g. no answer in that bucket; low and high null with a single replication).
Json seriesFigure(const core::sim::SeriesFigure& figure) {
    Json value = Json::array(), low = Json::array(), high = Json::array();
    for (const Interval& i : figure) {
        value.push_back(i.replications ? finite(i.mean) : Json(nullptr));
        low.push_back(i.replications > 1 ? finite(i.low()) : Json(nullptr));
        high.push_back(i.replications > 1 ? finite(i.high()) : Json(nullptr));
    }
    return {{"value", value}, {"low", low}, {"high", high}};
}

Json seriesJson(const core::sim::SimulationSeries& s) {
    Json requests = Json::array();
    for (const core::sim::RequestSeries& q : s.requests)
        requests.push_back({{"client", q.client},
                            {"class", q.requestClass},
                            {"arrival_rate", seriesFigure(q.arrivalRate)},
                            {"throughput", seriesFigure(q.throughput)},
                            {"goodput", seriesFigure(q.goodput)},
                            {"error_rate", seriesFigure(q.errorRate)},
                            {"mean", seriesFigure(q.mean)},
                            {"p50", seriesFigure(q.p50)},
                            {"p95", seriesFigure(q.p95)},
                            {"p99", seriesFigure(q.p99)}});
    Json components = Json::array();
    for (const core::sim::ComponentSeries& c : s.components)
        components.push_back({{"id", c.id},
                              {"utilisation", seriesFigure(c.utilisation)},
                              {"mean_queue", seriesFigure(c.meanQueue)}});
    return {{"bucket_start", s.start},         {"bucket_width", s.width},
            {"measure_start", s.measureStart}, {"requests", requests},
            {"components", components},        {"components_capped", s.componentsCapped}};
}

} // namespace

Json simulationJson(const SimulateRun& run) {
    const core::sim::SimulationResult& r = *run.result;
    Json components = Json::array();
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const core::sim::ComponentStats& c = r.components[i];
        if (!c.station)
            continue;
        const core::solver::ComponentResult* e =
            run.estimate ? &run.estimate->components[i] : nullptr;
        Json item = {
            {"id", c.id},
            {"kind", run.design->components[i].kind},
            {"arrival_rate", c.arrivalRate.mean},
            {"arrival_rate_interval", Json::array({c.arrivalRate.low(), c.arrivalRate.high()})},
            {"arrivals", c.arrivals},
            {"drops", c.drops},
            {"rejections", c.rejections},
            {"wasted", c.wasted},
            {"expired", c.expired},
            {"bulkhead_refused", c.bulkheadRefused},
            {"breaker_refused", c.breakerRefused},
            {"retries", c.retries},
            {"utilisation", figure(c.utilisation, value(e ? &e->utilisation : nullptr))},
            {"mean_wait", figure(c.meanWait, value(e ? &e->meanWait : nullptr))},
            {"mean_response", figure(c.meanResponse, value(e ? &e->meanResponse : nullptr))},
            {"mean_queue", figure(c.meanQueue, std::nullopt)},
            {"max_queue", c.maxQueue},
            {"mean_in_system", figure(c.meanInSystem, std::nullopt)},
            {"drop_rate", figure(c.dropRate, value(e ? &e->dropRate : nullptr))}};
        if (c.cache)
            item["hit_ratio"] = figure(c.hitRatio, std::nullopt);
        components.push_back(std::move(item));
    }
    Json requests = Json::array();
    for (const core::sim::RequestStats& q : r.requests) {
        const core::solver::RequestResult* e = estimateOf(run, q);
        requests.push_back(
            {{"client", q.client},
             {"class", q.requestClass},
             {"operation", core::toString(q.operation)},
             {"closed", q.closed},
             {"arrival_rate", q.arrivalRate.mean},
             {"arrival_rate_interval", Json::array({q.arrivalRate.low(), q.arrivalRate.high()})},
             {"throughput", figure(q.throughput, std::nullopt)},
             {"goodput", figure(q.goodput, e ? std::optional(e->arrivalRate) : std::nullopt)},
             {"answered", figure(q.answered, value(e ? &e->availability : nullptr))},
             {"mean", figure(q.mean, value(e ? &e->mean : nullptr))},
             {"p50", figure(q.p50, value(e ? &e->p50 : nullptr))},
             {"p95", figure(q.p95, value(e ? &e->p95 : nullptr))},
             {"p99", figure(q.p99, value(e ? &e->p99 : nullptr))},
             {"p999", figure(q.p999, std::nullopt)},
             {"arrived", q.arrived},
             {"completed", q.completed},
             {"dropped", q.dropped},
             {"rejected", q.rejected},
             {"timed_out", q.timedOut},
             {"in_flight", q.inFlight},
             {"retries", q.retries}});
    }
    Json handoffs = Json::array();
    for (const core::sim::HandoffStats& h : r.handoffs) {
        const core::solver::HandoffResult* e = estimateOf(run, h);
        handoffs.push_back({{"link", h.link},
                            {"from", h.from},
                            {"to", h.to},
                            {"message_rate", h.messageRate.mean},
                            {"messages", h.messages},
                            {"dropped", h.dropped},
                            {"mean", figure(h.mean, value(e ? &e->mean : nullptr))},
                            {"p99", figure(h.p99, value(e ? &e->p99 : nullptr))}});
    }
    Json notes = Json::array();
    for (const core::Message& m : r.notes)
        notes.push_back(m.format());
    return {{"design", run.design->name},
            {"rates", run.average ? "average" : "peak"},
            {"replications", r.replications},
            {"seed", r.seed},
            {"requests_per_replication", run.requests},
            {"duration", r.duration},
            {"measured", r.measured},
            {"events", r.events},
            {"cancelled", r.cancelled},
            {"components", components},
            {"requests", requests},
            {"handoffs", handoffs},
            {"series", seriesJson(r.series)},
            {"notes", notes}};
}

} // namespace studio::app
