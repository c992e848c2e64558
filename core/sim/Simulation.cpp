#include "sim/Simulation.h"

#include "sim/Replication.h"
#include "sim/SeriesSummary.h"
#include "sim/SimModel.h"
#include "sim/Summary.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>
#include <unordered_map>

namespace studio::core::sim {

namespace {

constexpr const char* kContext = "Simulator";

Result<RunLimits> runLimits(const SimModel& model, const SimulationOptions& options) {
    RunLimits limits;
    limits.maxInFlight = static_cast<std::uint64_t>(std::max<std::int64_t>(1, options.maxInFlight));
    limits.maxQueue = static_cast<std::uint64_t>(std::max<std::int64_t>(1, options.maxQueue));
    limits.randomFailures = options.randomFailures;
    if (options.duration > 0) {
        limits.duration = options.duration;
        limits.warmup = options.warmup < 0 ? options.duration / 10 : options.warmup;
        if (limits.warmup >= limits.duration)
            return makeProblem("warmup", kContext,
                               SDS_TRANSLATE_NOOP("Simulator",
                                                  "the warm-up (%1 s) must be shorter than the "
                                                  "run (%2 s)"),
                               {formatNumber(limits.warmup), formatNumber(limits.duration)});
        const double expected = model.offeredRate * options.duration;
        if (expected > options.maxRequests)
            return makeProblem("duration", kContext,
                               SDS_TRANSLATE_NOOP("Simulator",
                                                  "a run of %1 s at %2 req/s would send about %3 "
                                                  "requests per replication, more than the %4 a "
                                                  "run allows; shorten the run"),
                               {formatNumber(options.duration), formatNumber(model.offeredRate),
                                formatNumber(expected), formatNumber(options.maxRequests)});
        return limits;
    }
    const std::int64_t requests = options.requests > 0 ? options.requests : kDefaultRequests;
    if (static_cast<double>(requests) > options.maxRequests)
        return makeProblem("requests", kContext,
                           SDS_TRANSLATE_NOOP("Simulator",
                                              "%1 requests per replication is more than the %2 a "
                                              "run allows"),
                           {std::to_string(requests), formatNumber(options.maxRequests)});
    limits.requests = static_cast<std::uint64_t>(requests);
    if (options.warmup >= 0)
        limits.warmup = options.warmup;
    else
        limits.warmupRequests = limits.requests / 10;
    return limits;
}

// The series' first bucket width: a duration run fills the buckets exactly; a run by
// requests is guessed from the offered rate (it merges if it runs longer).
double seriesWidth(const SimModel& model, const RunLimits& limits) {
    constexpr double buckets = TimeSeries::kBuckets;
    if (limits.duration > 0)
        return limits.duration / buckets;
    double rate = model.offeredRate;
    for (const SimClient& client : model.clients)
        if (client.closed && client.thinkTime > 0)
            rate += static_cast<double>(client.population) / client.thinkTime;
    const double expected = rate > 0 ? static_cast<double>(limits.requests) / rate : 0;
    return expected > 0 && std::isfinite(expected) ? 1.25 * expected / buckets : 1e-3;
}

// The components followed over time (SimulationOptions::seriesComponents); `capped` when
// the design has too many queues to follow them all and none were named.
Result<std::vector<std::uint32_t>> seriesNodes(const SimModel& model,
                                               const SimulationOptions& options, bool& capped) {
    std::vector<std::uint32_t> nodes;
    capped = false;
    for (const std::string& id : options.seriesComponents) {
        const auto it = std::find_if(model.nodes.begin(), model.nodes.end(),
                                     [&id](const SimNode& n) { return n.id == id; });
        if (it == model.nodes.end())
            return makeProblem(
                "series", kContext,
                SDS_TRANSLATE_NOOP("Simulator", "no component \"%1\" to follow over time"), {id});
        const auto n = static_cast<std::uint32_t>(it - model.nodes.begin());
        if (it->station && std::find(nodes.begin(), nodes.end(), n) == nodes.end())
            nodes.push_back(n);
    }
    if (!options.seriesComponents.empty())
        return nodes;
    if (static_cast<std::int64_t>(model.stationCount) > options.seriesStationLimit) {
        capped = true;
        return nodes;
    }
    for (std::uint32_t n = 0; n < model.nodes.size(); ++n)
        if (model.nodes[n].station && model.nodes[n].stations > 0)
            nodes.push_back(n);
    return nodes;
}

// Random failures: components whose instances are reached by a spreading that does not
// check their health (their own, or a balancer without health checks), so that a down
// instance keeps its share of the requests where the analytic availability assumes failover.
std::vector<std::string> blindlySpread(const SimModel& model) {
    std::unordered_map<std::string_view, std::uint32_t> index;
    for (std::uint32_t n = 0; n < model.nodes.size(); ++n)
        index.emplace(model.nodes[n].id, n);
    std::vector<std::uint8_t> noted(model.nodes.size(), 0);
    std::vector<std::string> out;
    for (const Link& link : model.design->links) {
        const auto from = index.find(link.from), to = index.find(link.to);
        if (from == index.end() || to == index.end())
            continue;
        const SimNode& target = model.nodes[to->second];
        if (noted[to->second] || !target.station || target.dataStore || target.stations < 2 ||
            !(target.availability < 1) || !(target.mttr > 0) ||
            model.nodes[from->second].healthInterval > 0)
            continue;
        noted[to->second] = 1;
        out.push_back(target.id);
    }
    return out;
}

} // namespace

Result<SimulationResult> simulateDesign(const Design& design, const SimulationOptions& options,
                                        SimulationObserver* observer, const Catalog& catalog) {
    auto compiled = compileModel(design, catalog, options.rates);
    if (!compiled)
        return compiled.problems();
    const SimModel& model = compiled.value();
    auto limits = runLimits(model, options);
    if (!limits)
        return limits.problems();
    bool seriesCapped = false;
    auto followed = seriesNodes(model, options, seriesCapped);
    if (!followed)
        return followed.problems();
    limits.value().seriesWidth = seriesWidth(model, limits.value());
    limits.value().seriesNodes = std::move(followed.value());

    const int replications = std::max(1, options.replications);
    int threads = options.threads > 0 ? options.threads
                                      : static_cast<int>(std::thread::hardware_concurrency());
    threads = std::clamp(threads, 1, replications);

    std::vector<ReplicationStats> stats(static_cast<std::size_t>(replications));
    auto progress = std::make_unique<std::atomic<double>[]>(static_cast<std::size_t>(replications));
    for (int r = 0; r < replications; ++r)
        progress[static_cast<std::size_t>(r)] = 0;
    std::atomic<bool> cancel{false};
    std::atomic<int> next{0};
    std::atomic<int> finished{0};
    std::mutex mutex;
    std::condition_variable done;

    const auto work = [&] {
        for (;;) {
            const int r = next.fetch_add(1);
            if (r >= replications)
                break;
            const auto index = static_cast<std::size_t>(r);
            Replication replication(model, limits.value(), options.seed,
                                    static_cast<std::uint32_t>(r));
            replication.run(stats[index], &cancel, &progress[index]);
            progress[index] = 1;
            {
                std::lock_guard lock(mutex);
                ++finished;
            }
            done.notify_all();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(threads));
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(work);
    {
        std::unique_lock lock(mutex);
        while (finished.load() < replications) {
            done.wait_for(lock, std::chrono::milliseconds(100));
            if (!observer)
                continue;
            lock.unlock();
            double sum = 0;
            for (int r = 0; r < replications; ++r)
                sum += progress[static_cast<std::size_t>(r)].load(std::memory_order_relaxed);
            observer->progress(sum / replications);
            if (observer->cancelled())
                cancel = true;
            lock.lock();
        }
    }
    for (std::thread& t : pool)
        t.join();
    if (observer)
        observer->progress(1);

    for (const ReplicationStats& s : stats)
        if (s.failure)
            return *s.failure;
    SimulationResult result = summarize(model, stats, options.seed);
    result.series = summarizeSeries(model, stats, limits.value().seriesNodes);
    result.series.componentsCapped = seriesCapped;
    if (seriesCapped)
        result.notes.push_back(
            {"Simulator",
             SDS_TRANSLATE_NOOP("Simulator",
                                "components are not followed over time: the design has %1 "
                                "queues, more than %2; name the ones to follow"),
             {std::to_string(model.stationCount), std::to_string(options.seriesStationLimit)}});
    if (options.randomFailures)
        for (const std::string& id : blindlySpread(model))
            result.notes.push_back(
                {"Simulator",
                 SDS_TRANSLATE_NOOP("Simulator",
                                    "%1: a down instance keeps its share of the requests, for "
                                    "nothing checks its instances' health (the analytic "
                                    "availability assumes they fail over); a load balancer with "
                                    "health checks in front of it would"),
                 {id}});
    return result;
}

} // namespace studio::core::sim
