#include "sim/SimulationJson.h"

#include "model/EnumNames.h"

#include <cmath>
#include <optional>

namespace studio::core::sim {

namespace {

using Json = nlohmann::ordered_json;

std::optional<double> value(const solver::Figure* f) {
    return f ? std::optional<double>(f->value) : std::nullopt;
}

Json finite(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

// As `estimate --json`'s figure, plus the interval and the solver's estimate.
Json figure(const Interval& i, std::optional<double> estimate) {
    Json out = {{"value", i.replications ? finite(i.mean) : Json(nullptr)}, {"approximate", false}};
    out["interval"] =
        i.replications > 1 ? Json::array({finite(i.low()), finite(i.high())}) : Json(nullptr);
    out["estimate"] = estimate ? finite(*estimate) : Json(nullptr);
    out["outside_interval"] = estimateOutside(i, estimate);
    return out;
}

// A figure over time: per bucket its mean and 95% interval (null where no replication had
// it, e.g. no answer in that bucket; low and high null with a single replication).
Json seriesFigure(const SeriesFigure& figure) {
    Json value = Json::array(), low = Json::array(), high = Json::array();
    for (const Interval& i : figure) {
        value.push_back(i.replications ? finite(i.mean) : Json(nullptr));
        low.push_back(i.replications > 1 ? finite(i.low()) : Json(nullptr));
        high.push_back(i.replications > 1 ? finite(i.high()) : Json(nullptr));
    }
    return {{"value", value}, {"low", low}, {"high", high}};
}

Json seriesJson(const SimulationSeries& s) {
    Json requests = Json::array();
    for (const RequestSeries& q : s.requests)
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
    for (const ComponentSeries& c : s.components)
        components.push_back({{"id", c.id},
                              {"utilisation", seriesFigure(c.utilisation)},
                              {"mean_queue", seriesFigure(c.meanQueue)}});
    return {{"bucket_start", s.start},         {"bucket_width", s.width},
            {"measure_start", s.measureStart}, {"requests", requests},
            {"components", components},        {"components_capped", s.componentsCapped}};
}

} // namespace

Json simulationJson(const Design& design, const SimulationResult& r,
                    const solver::Solution* estimate, bool average,
                    std::int64_t requestsPerReplication) {
    Json components = Json::array();
    for (std::size_t i = 0; i < r.components.size(); ++i) {
        const ComponentStats& c = r.components[i];
        if (!c.station)
            continue;
        const solver::ComponentResult* e = estimate ? &estimate->components[i] : nullptr;
        Json item = {
            {"id", c.id},
            {"kind", design.components[i].kind},
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
    for (const RequestStats& q : r.requests) {
        const solver::RequestResult* e =
            estimate ? estimate->request(q.client, q.requestClass) : nullptr;
        requests.push_back(
            {{"client", q.client},
             {"class", q.requestClass},
             {"operation", toString(q.operation)},
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
    for (const HandoffStats& h : r.handoffs) {
        const solver::HandoffResult* e = estimate ? estimate->handoff(h.link) : nullptr;
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
    for (const Message& m : r.notes)
        notes.push_back(m.format());
    return {{"design", design.name},
            {"rates", average ? "average" : "peak"},
            {"replications", r.replications},
            {"seed", r.seed},
            {"requests_per_replication", requestsPerReplication},
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

} // namespace studio::core::sim
