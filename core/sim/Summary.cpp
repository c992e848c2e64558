#include "sim/Summary.h"

#include <algorithm>
#include <functional>

namespace studio::core::sim {

const std::vector<double>& latencyLevels() {
    static const std::vector<double> levels = [] {
        std::vector<double> out;
        for (int i = 0; i < 100; ++i)
            out.push_back((i + 0.5) / 100);
        out.push_back(0.999);
        out.push_back(0.9999);
        return out;
    }();
    return levels;
}

namespace {

// The interval of `figure` over the replications where `has` holds (all by default).
template <class Figure, class Has>
Interval over(std::span<const ReplicationStats> reps, Figure figure, Has has) {
    std::vector<double> values;
    values.reserve(reps.size());
    for (const ReplicationStats& r : reps)
        if (has(r))
            values.push_back(figure(r));
    return intervalOf(values);
}

template <class Figure> Interval over(std::span<const ReplicationStats> reps, Figure figure) {
    return over(reps, figure, [](const ReplicationStats&) { return true; });
}

double perSecond(std::uint64_t count, const ReplicationStats& r) {
    return r.measured() > 0 ? static_cast<double>(count) / r.measured() : 0;
}

double ratio(double a, std::uint64_t b) {
    return b ? a / static_cast<double>(b) : 0;
}

void summarizeEntries(const SimModel& model, std::span<const ReplicationStats> reps,
                      SimulationResult& out) {
    for (std::size_t i = 0; i < model.entries.size(); ++i) {
        const SimEntry& entry = model.entries[i];
        const Component& client = model.design->components[entry.client];
        const RequestClass& rc = client.workload->classes[entry.workloadClass];
        RequestStats s;
        s.client = client.id;
        s.requestClass = rc.name;
        s.operation = rc.operation;
        s.closed = client.workload->type == WorkloadType::Closed;
        for (const ReplicationStats& r : reps) {
            const EntryCounters& e = r.entries[i];
            s.arrived += e.arrived;
            s.completed += e.completed;
            s.dropped += e.dropped;
            s.rejected += e.rejected;
            s.timedOut += e.timedOut;
            s.inFlight += e.inFlight;
            s.retries += e.retries;
        }
        const auto at = [i](const ReplicationStats& r) -> const EntryCounters& {
            return r.entries[i];
        };
        s.arrivalRate = over(reps, [&](const auto& r) { return perSecond(at(r).arrived, r); });
        s.throughput =
            over(reps, [&](const auto& r) { return perSecond(at(r).completed + at(r).late, r); });
        s.goodput = over(reps, [&](const auto& r) { return perSecond(at(r).completed, r); });
        s.answered = over(reps, [&](const auto& r) {
            return ratio(static_cast<double>(at(r).completed), at(r).arrived - at(r).inFlight);
        });
        const auto answered = [&](const ReplicationStats& r) { return at(r).completed > 0; };
        s.mean = over(
            reps, [&](const auto& r) { return at(r).latency.mean(); }, answered);
        const auto q = [&](double p) {
            return over(
                reps, [&](const auto& r) { return at(r).latency.quantile(p); }, answered);
        };
        s.p50 = q(0.5);
        s.p95 = q(0.95);
        s.p99 = q(0.99);
        s.p999 = q(0.999);
        LatencyHistogram all;
        for (const ReplicationStats& r : reps)
            all.merge(at(r).latency);
        if (all.count() > 0)
            s.latencyQuantiles = all.quantiles(latencyLevels());
        out.requests.push_back(std::move(s));
    }
}

void summarizeNodes(const SimModel& model, std::span<const ReplicationStats> reps,
                    SimulationResult& out) {
    for (std::size_t n = 0; n < model.nodes.size(); ++n) {
        const SimNode& node = model.nodes[n];
        ComponentStats s;
        s.id = node.id;
        s.station = node.station;
        s.cache = node.cache;
        const auto at = [n](const ReplicationStats& r) -> const NodeCounters& {
            return r.nodes[n];
        };
        for (const ReplicationStats& r : reps) {
            s.arrivals += at(r).arrivals;
            s.drops += at(r).drops;
            s.rejections += at(r).rejections;
            s.wasted += at(r).wasted;
            s.expired += at(r).expired;
            s.bulkheadRefused += at(r).bulkheadRefused;
            s.breakerRefused += at(r).breakerRefused;
            s.retries += at(r).retries;
            s.maxQueue = std::max(s.maxQueue, static_cast<double>(at(r).maxQueue));
        }
        const auto measured = [](const ReplicationStats& r) {
            return std::max(r.measured(), 1e-300);
        };
        s.arrivalRate = over(reps, [&](const auto& r) { return perSecond(at(r).arrivals, r); });
        s.servedRate = over(
            reps, [&](const auto& r) { return perSecond(at(r).served + at(r).copiesServed, r); });
        s.visitResponse = over(
            reps,
            [&](const auto& r) {
                return ratio(at(r).responseSum + at(r).copyResponseSum,
                             at(r).served + at(r).copiesServed);
            },
            [&](const auto& r) { return at(r).served + at(r).copiesServed > 0; });
        s.utilisation = over(reps, [&](const auto& r) { return at(r).utilisation; });
        s.meanQueue = over(reps, [&](const auto& r) { return at(r).queueArea / measured(r); });
        s.meanInSystem = over(reps, [&](const auto& r) { return at(r).systemArea / measured(r); });
        s.meanWait = over(
            reps, [&](const auto& r) { return ratio(at(r).waitSum, at(r).started); },
            [&](const auto& r) { return at(r).started > 0; });
        s.meanResponse = over(
            reps, [&](const auto& r) { return ratio(at(r).responseSum, at(r).served); },
            [&](const auto& r) { return at(r).served > 0; });
        s.dropRate =
            over(reps, [&](const auto& r) { return perSecond(at(r).drops + at(r).rejections, r); });
        if (node.cache)
            s.hitRatio = over(
                reps,
                [&](const auto& r) { return ratio(static_cast<double>(at(r).hits), at(r).reads); },
                [&](const auto& r) { return at(r).reads > 0; });
        out.components.push_back(std::move(s));
    }
}

void summarizeHandoffs(const SimModel& model, std::span<const ReplicationStats> reps,
                       SimulationResult& out) {
    for (std::size_t h = 0; h < model.handoffs.size(); ++h) {
        const SimHandoff& handoff = model.handoffs[h];
        HandoffStats s;
        s.link = model.design->links[handoff.link].id;
        s.from = model.nodes[handoff.from].id;
        s.to = model.nodes[handoff.to].id;
        const auto at = [h](const ReplicationStats& r) -> const HandoffCounters& {
            return r.handoffs[h];
        };
        for (const ReplicationStats& r : reps) {
            s.messages += at(r).messages;
            s.dropped += at(r).dropped;
        }
        s.messageRate = over(reps, [&](const auto& r) { return perSecond(at(r).messages, r); });
        const auto answered = [&](const ReplicationStats& r) { return at(r).latency.count() > 0; };
        s.mean = over(
            reps, [&](const auto& r) { return at(r).latency.mean(); }, answered);
        s.p99 = over(
            reps, [&](const auto& r) { return at(r).latency.quantile(0.99); }, answered);
        out.handoffs.push_back(std::move(s));
    }
}

void summarizeLinks(const SimModel& model, std::span<const ReplicationStats> reps,
                    SimulationResult& out) {
    const std::size_t classes = model.classes;
    for (const solver::TrafficClass& traffic : model.trafficClasses)
        out.classes.push_back(traffic.name);
    for (std::size_t l = 0; l < model.design->links.size(); ++l) {
        LinkStats s;
        s.id = model.design->links[l].id;
        const auto count = [&](const ReplicationStats& r, std::size_t k) {
            return r.links.empty() ? 0 : r.links[l * classes + k];
        };
        s.rate = over(reps, [&](const ReplicationStats& r) {
            std::uint64_t all = 0;
            for (std::size_t k = 0; k < classes; ++k)
                all += count(r, k);
            return perSecond(all, r);
        });
        for (std::size_t k = 0; k < classes; ++k) {
            double sum = 0;
            for (const ReplicationStats& r : reps)
                sum += perSecond(count(r, k), r);
            s.classRates.push_back(reps.empty() ? 0 : sum / static_cast<double>(reps.size()));
        }
        out.links.push_back(std::move(s));
    }
}

} // namespace

SimulationResult summarize(const SimModel& model, std::span<const ReplicationStats> reps,
                           std::uint64_t seed) {
    SimulationResult out;
    out.replications = static_cast<int>(reps.size());
    out.seed = seed;
    for (const ReplicationStats& r : reps) {
        out.duration += r.end / static_cast<double>(reps.size());
        out.measured += r.measured() / static_cast<double>(reps.size());
        out.events += r.events;
        out.cancelled = out.cancelled || r.cancelled;
    }
    summarizeEntries(model, reps, out);
    summarizeNodes(model, reps, out);
    summarizeHandoffs(model, reps, out);
    summarizeLinks(model, reps, out);
    return out;
}

} // namespace studio::core::sim
