// The simulator's speed, compared in customers (requests) per second with a tight
// hand-written M/M/1 loop measured in the same run (the baseline: a binary heap of two
// event types, nothing else). Issue 16's targets: the engine at least half the loop's
// customers/s at utilisation 0.9; the e-commerce template at least 5M events/s on one
// core; peak memory for 10M requests at most 1.2 x that for 1M; 4 replications on 2
// threads in at most 0.6 of the time on one. Run e.g.
//   build/bin/studio_core_bench --benchmark_filter=Sim --benchmark_min_time=1
#include "catalog/Catalog.h"
#include "sim/RandomStream.h"
#include "sim/Simulation.h"
#include "templates/BuiltinTemplates.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <queue>
#include <string>
#include <vector>

namespace {

using namespace studio::core;

// M/M/1 at rho 0.9 (mean service 10 ms, 90 req/s): the tight loop's and the engine's.
constexpr double kRate = 90;
constexpr double kService = 0.01;

// The baseline: arrivals and departures in a binary heap of plain structs, a FIFO count,
// xoshiro256** with inversion; it measures the mean response so the work is not elided.
double tightLoop(std::int64_t customers, std::uint64_t seed) {
    struct Ev {
        double time;
        int departure;
        bool operator>(const Ev& o) const { return time > o.time; }
    };
    std::priority_queue<Ev, std::vector<Ev>, std::greater<>> heap;
    sim::RandomStream random(seed);
    std::vector<double> arrivals; // FIFO of arrival times, as a ring
    arrivals.resize(1 << 16);
    std::size_t head = 0, size = 0;
    double sum = 0;
    std::int64_t done = 0;
    heap.push({-std::log(random.uniformPositive()) / kRate, 0});
    while (done < customers) {
        const Ev e = heap.top();
        heap.pop();
        if (!e.departure) {
            if (size == arrivals.size()) {
                std::vector<double> bigger(2 * arrivals.size());
                for (std::size_t i = 0; i < size; ++i)
                    bigger[i] = arrivals[(head + i) % arrivals.size()];
                arrivals.swap(bigger);
                head = 0;
            }
            arrivals[(head + size++) % arrivals.size()] = e.time;
            if (size == 1)
                heap.push({e.time - kService * std::log(random.uniformPositive()), 1});
            heap.push({e.time - std::log(random.uniformPositive()) / kRate, 0});
        } else {
            sum += e.time - arrivals[head];
            head = (head + 1) % arrivals.size();
            --size;
            ++done;
            if (size > 0)
                heap.push({e.time - kService * std::log(random.uniformPositive()), 1});
        }
    }
    return sum / static_cast<double>(customers);
}

Design mm1Design() {
    const Catalog& catalog = Catalog::standard();
    Design d;
    d.name = "M/M/1";
    d.components.push_back(catalog.makeComponent(*catalog.find("client"), "users", 0, 0));
    d.components.back().workload->rate = kRate;
    d.components.back().workload->peakFactor = 1;
    d.components.back().workload->classes = {{"read", 1.0, Operation::Read}};
    d.components.push_back(catalog.makeComponent(*catalog.find("service"), "app", 0, 0));
    d.components.back().properties["workers"] = std::int64_t{1};
    d.components.back().service.base = {Distribution::Exponential, kService, 1};
    Link l;
    l.id = "l1";
    l.from = "users";
    l.to = "app";
    l.mode = LinkMode::Call;
    l.latency = 0;
    d.links.push_back(l);
    return d;
}

sim::SimulationOptions oneRun(std::int64_t requests, int replications = 1, int threads = 1) {
    sim::SimulationOptions o;
    o.requests = requests;
    o.replications = replications;
    o.threads = threads;
    o.maxInFlight = 50'000'000;
    return o;
}

void BM_SimTightLoopMM1(benchmark::State& state) {
    const std::int64_t customers = state.range(0);
    std::uint64_t seed = 1;
    for (auto _ : state)
        benchmark::DoNotOptimize(tightLoop(customers, seed++));
    state.SetItemsProcessed(state.iterations() * customers); // customers/s
}

void BM_SimEngineMM1(benchmark::State& state) {
    const std::int64_t customers = state.range(0);
    const Design d = mm1Design();
    for (auto _ : state) {
        auto result = sim::simulateDesign(d, oneRun(customers));
        if (!result.ok()) {
            state.SkipWithError(result.problems().front().text().c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * customers); // customers/s
}

void BM_SimECommerceEvents(benchmark::State& state) {
    const Template* t = findTemplate("e-commerce");
    std::uint64_t events = 0;
    for (auto _ : state) {
        auto result = sim::simulateDesign(t->design, oneRun(state.range(0)));
        if (!result.ok()) {
            state.SkipWithError(result.problems().front().text().c_str());
            break;
        }
        events += result.value().events;
    }
    state.counters["events_per_s"] =
        benchmark::Counter(static_cast<double>(events), benchmark::Counter::kIsRate);
    state.SetItemsProcessed(state.iterations() * state.range(0)); // requests/s
}

// Peak resident memory (VmHWM) after 1M requests, then after 10M: the second run's peak
// must stay within 1.2 x the first (memory grows with what is in flight, not the count).
double peakRssMegabytes() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024;
    return 0;
}

void BM_SimPeakMemory(benchmark::State& state) {
    const Design d = mm1Design();
    double small = 0, large = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(sim::simulateDesign(d, oneRun(1'000'000)));
        small = peakRssMegabytes();
        benchmark::DoNotOptimize(sim::simulateDesign(d, oneRun(10'000'000)));
        large = peakRssMegabytes();
    }
    state.counters["rss_1M_MB"] = small;
    state.counters["rss_10M_MB"] = large;
    state.counters["ratio"] = small > 0 ? large / small : 0;
}

// range(0): threads for 4 replications of 500k requests each.
void BM_SimReplicationsOnThreads(benchmark::State& state) {
    const Design d = mm1Design();
    for (auto _ : state)
        benchmark::DoNotOptimize(
            sim::simulateDesign(d, oneRun(500'000, 4, static_cast<int>(state.range(0)))));
}

// The engine runs on a worker thread: every figure is in real (wall) time.
BENCHMARK(BM_SimTightLoopMM1)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SimEngineMM1)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SimECommerceEvents)->Arg(200'000)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SimPeakMemory)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_SimReplicationsOnThreads)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

} // namespace
