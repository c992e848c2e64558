#include "sim/SeriesSummary.h"

#include <algorithm>
#include <cmath>

namespace studio::core::sim {

namespace {

// The replications' series at one width, and how long each ran into each bucket.
struct Aligned {
    double width = 0;                     // s
    std::size_t buckets = 0;              // the most any replication used
    std::vector<TimeSeries> series;       // per replication
    std::vector<std::vector<double>> ran; // per replication, per bucket: s within it

    double covered(std::size_t r, std::size_t b) const { return ran[r][b]; }
};

Aligned align(std::span<const ReplicationStats> reps) {
    Aligned a;
    for (const ReplicationStats& r : reps)
        a.width = std::max(a.width, r.series.width());
    for (const ReplicationStats& r : reps) {
        TimeSeries s = r.series;
        s.coarsenTo(a.width);
        a.buckets = std::max<std::size_t>(a.buckets, s.used());
        a.series.push_back(std::move(s));
    }
    for (const TimeSeries& s : a.series) {
        std::vector<double> ran(a.buckets, 0);
        for (std::size_t b = 0; b < a.buckets; ++b)
            ran[b] = std::clamp(s.end() - static_cast<double>(b) * a.width, 0.0, a.width);
        a.ran.push_back(std::move(ran));
    }
    const auto ranInto = [&a](std::size_t b) {
        return std::any_of(a.ran.begin(), a.ran.end(),
                           [b](const std::vector<double>& ran) { return ran[b] > 0; });
    };
    while (a.buckets > 1 && !ranInto(a.buckets - 1)) // stopped right at a boundary
        --a.buckets;
    return a;
}

// Per bucket, the interval of `figure(series, bucket, seconds run in it)` over the
// replications that ran into the bucket and for which `has` holds.
template <class Figure, class Has>
SeriesFigure perBucket(const Aligned& a, Figure figure, Has has) {
    SeriesFigure out(a.buckets);
    std::vector<double> values;
    for (std::size_t b = 0; b < a.buckets; ++b) {
        values.clear();
        for (std::size_t r = 0; r < a.series.size(); ++r) {
            const double seconds = a.covered(r, b);
            const auto bucket = static_cast<std::uint32_t>(b);
            if (seconds > 0 && has(a.series[r], bucket))
                values.push_back(figure(a.series[r], bucket, seconds));
        }
        out[b] = intervalOf(values);
    }
    return out;
}

template <class Figure> SeriesFigure perBucket(const Aligned& a, Figure figure) {
    return perBucket(a, figure, [](const TimeSeries&, std::uint32_t) { return true; });
}

RequestSeries requestSeries(const SimModel& model, const Aligned& a, std::uint32_t e) {
    const SimEntry& entry = model.entries[e];
    const Component& client = model.design->components[entry.client];
    RequestSeries out;
    out.client = client.id;
    out.requestClass = client.workload->classes[entry.workloadClass].name;
    const auto rate = [&](auto count) {
        return perBucket(a, [&](const TimeSeries& s, std::uint32_t b, double seconds) {
            return static_cast<double>(count(s.counts(b, e))) / seconds;
        });
    };
    out.arrivalRate = rate([](const SeriesCounts& c) { return c.arrived; });
    out.throughput = rate([](const SeriesCounts& c) { return c.completed + c.late; });
    out.goodput = rate([](const SeriesCounts& c) { return c.completed; });
    out.errorRate = rate([](const SeriesCounts& c) { return c.dropped + c.rejected + c.timedOut; });
    const auto answered = [e](const TimeSeries& s, std::uint32_t b) {
        return s.counts(b, e).completed > 0;
    };
    out.mean = perBucket(
        a,
        [e](const TimeSeries& s, std::uint32_t b, double) {
            const SeriesCounts& c = s.counts(b, e);
            return c.latencySum / static_cast<double>(c.completed);
        },
        answered);
    const auto quantile = [&](double q) {
        return perBucket(
            a,
            [e, q](const TimeSeries& s, std::uint32_t b, double) {
                return s.latency(b, e).quantile(q);
            },
            answered);
    };
    out.p50 = quantile(0.5);
    out.p95 = quantile(0.95);
    out.p99 = quantile(0.99);
    return out;
}

ComponentSeries componentSeries(const SimModel& model, const Aligned& a, std::uint32_t slot,
                                std::uint32_t n) {
    const SimNode& node = model.nodes[n];
    ComponentSeries out;
    out.id = node.id;
    const double workers = static_cast<double>(node.stations) * node.servers;
    out.utilisation = perBucket(a, [&](const TimeSeries& s, std::uint32_t b, double seconds) {
        return workers > 0 ? s.area(b, slot).busy / (seconds * workers) : 0;
    });
    out.meanQueue = perBucket(a, [&](const TimeSeries& s, std::uint32_t b, double seconds) {
        return s.area(b, slot).queue / seconds;
    });
    return out;
}

} // namespace

SimulationSeries summarizeSeries(const SimModel& model, std::span<const ReplicationStats> reps,
                                 std::span<const std::uint32_t> seriesNodes) {
    SimulationSeries out;
    if (reps.empty())
        return out;
    const Aligned a = align(reps);
    for (const ReplicationStats& r : reps)
        out.measureStart += r.measureStart / static_cast<double>(reps.size());
    for (std::size_t b = 0; b < a.buckets; ++b) {
        double longest = 0;
        for (std::size_t r = 0; r < reps.size(); ++r)
            longest = std::max(longest, a.covered(r, b));
        out.start.push_back(static_cast<double>(b) * a.width);
        out.width.push_back(longest);
    }
    for (std::uint32_t e = 0; e < model.entries.size(); ++e)
        out.requests.push_back(requestSeries(model, a, e));
    for (std::uint32_t slot = 0; slot < seriesNodes.size(); ++slot)
        out.components.push_back(componentSeries(model, a, slot, seriesNodes[slot]));
    return out;
}

} // namespace studio::core::sim
