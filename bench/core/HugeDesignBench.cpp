// The hostile-input issue's sizes: 200,000 components (and twice as many links), chains of
// thousands of nested zones. Loading, validation and the solver must stay linear or
// n log n: 200,000 components validate within 2 s and estimate within 5 s in under 1 GB.
// Run e.g.   build/bin/studio_core_bench --benchmark_filter=Huge
// peak_rss_mb is the process's peak so far (getrusage), an upper bound for the case.
#include "GeneratedDesign.h"

#include "format/DesignJson.h"
#include "format/Validator.h"
#include "sim/Simulation.h"
#include "solver/Solver.h"

#include <benchmark/benchmark.h>

#include <sys/resource.h>

namespace {

using namespace studio;

double peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_HugeDesignFromJson(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const std::string text = core::designToJson(bench::generateDesign(n, 2 * n));
    for (auto _ : state) {
        auto result = core::designFromJson(text);
        if (!result.ok())
            state.SkipWithError("generated design does not parse");
        benchmark::DoNotOptimize(result);
    }
    state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
    state.counters["peak_rss_mb"] = peakRssMb();
}

void BM_HugeValidate(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto design = bench::generateDesign(n, 2 * n);
    for (auto _ : state) {
        auto problems = core::validateDesign(design);
        if (!problems.empty())
            state.SkipWithError(problems.front().text().c_str());
        benchmark::DoNotOptimize(problems);
    }
    state.counters["peak_rss_mb"] = peakRssMb();
}

void BM_HugeSolve(benchmark::State& state) {
    const auto design = bench::generateSolvableDesign(static_cast<std::size_t>(state.range(0)), 50);
    for (auto _ : state) {
        auto result = core::solver::solveDesign(design);
        if (!result.ok()) {
            state.SkipWithError(result.problems().front().text().c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["peak_rss_mb"] = peakRssMb();
}

// The simulator's compile and a short run on the same design, every link with a bulkhead and
// a breaker (a gate per caller instance), a timeline failure (health checks): linear too.
void BM_HugeSimulate(benchmark::State& state) {
    auto design = bench::generateSolvableDesign(static_cast<std::size_t>(state.range(0)), 50);
    for (core::Link& link : design.links) {
        link.maxConcurrent = 1000;
        link.breaker.enabled = true;
    }
    core::FailureEvent down;
    down.target = design.components.back().id;
    down.start = 0.001;
    down.duration = 1;
    design.failures = {down};
    core::sim::SimulationOptions options;
    options.requests = 10'000;
    options.replications = 1;
    options.threads = 1;
    for (auto _ : state) {
        auto result = core::sim::simulateDesign(design, options);
        if (!result.ok()) {
            state.SkipWithError(result.problems().front().text().c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["peak_rss_mb"] = peakRssMb();
}

void BM_HugeZoneChainValidate(benchmark::State& state) {
    const auto design = bench::generateZoneChain(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        auto problems = core::validateDesign(design);
        if (!problems.empty())
            state.SkipWithError(problems.front().text().c_str());
        benchmark::DoNotOptimize(problems);
    }
}

BENCHMARK(BM_HugeDesignFromJson)->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HugeValidate)->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HugeSolve)->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HugeSimulate)->Arg(20000)->Arg(200000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HugeZoneChainValidate)->Arg(4000)->Arg(8000)->Unit(benchmark::kMillisecond);

} // namespace
