#include "sim/Simulation.h"

#include "sim/Replication.h"
#include "sim/SimModel.h"
#include "sim/Summary.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace studio::core::sim {

namespace {

constexpr const char* kContext = "Simulator";

Result<RunLimits> runLimits(const SimModel& model, const SimulationOptions& options) {
    RunLimits limits;
    limits.maxInFlight = static_cast<std::uint64_t>(std::max<std::int64_t>(1, options.maxInFlight));
    limits.maxQueue = static_cast<std::uint64_t>(std::max<std::int64_t>(1, options.maxQueue));
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
    return summarize(model, stats, options.seed);
}

} // namespace studio::core::sim
