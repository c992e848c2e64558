// How long the analytic solver takes on a generated design: it runs on every edit, so
// 500 components must solve within 5 ms.
#include "GeneratedDesign.h"

#include "catalog/Catalog.h"
#include "solver/Solver.h"

#include <benchmark/benchmark.h>

namespace {

using namespace studio;

void BM_SolveDesign(benchmark::State& state) {
    // range(1): the client's rate, req/s (50: every station below saturation; 500: some
    // saturate, and their callers with them).
    const auto design = bench::generateSolvableDesign(static_cast<std::size_t>(state.range(0)),
                                                      static_cast<double>(state.range(1)));
    for (auto _ : state) {
        auto result = core::solver::solveDesign(design);
        if (!result.ok()) {
            state.SkipWithError(result.problems().front().text().c_str());
            break;
        }
        benchmark::DoNotOptimize(result);
    }
    state.counters["links"] = static_cast<double>(design.links.size());
}

// A design the solver refuses (the generated links go round in a circle): how fast the
// loop is found and reported.
void BM_SolveFindsLoop(benchmark::State& state) {
    const auto design = bench::generateDesign(static_cast<std::size_t>(state.range(0)),
                                              2 * static_cast<std::size_t>(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(core::solver::solveDesign(design));
}

BENCHMARK(BM_SolveDesign)
    ->Args({50, 50})
    ->Args({500, 50})
    ->Args({500, 500})
    ->Args({2000, 50})
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SolveFindsLoop)->Arg(500)->Unit(benchmark::kMillisecond);

} // namespace
