// How long the analytic solver takes on a generated design: it runs on every edit, so
// 500 components must solve within 5 ms.
#include "GeneratedDesign.h"

#include "catalog/Catalog.h"
#include "solver/Solver.h"

#include <benchmark/benchmark.h>

#include <deque>
#include <string>
#include <vector>

namespace {

using namespace studio;

// The generated design's own links go round the grid (a cycle the solver rightly refuses)
// and every component calls two neighbours (traffic doubling at every hop). Its components
// are kept and linked as a system is: a tree of fan-out 4, breadth first, the client at
// the root. A component chooses one of its children that serve (so requests split down the
// tree) and calls each data store among them; data stores are leaves. Services keep their
// default `holding: hold`, so holding callers and the capacity search are exercised.
core::Design solvableDesign(std::size_t components, double rate) {
    core::Design design = bench::generateDesign(components, 0);
    const core::Catalog& catalog = core::Catalog::standard();
    std::deque<std::size_t> parents{0};
    std::vector<int> children(components, 0);
    for (std::size_t i = 1; i < components; ++i) {
        const std::size_t parent = parents.front();
        const bool store = catalog.find(design.components[i].kind)->dataStore;
        core::Link link;
        link.id = "tree-" + std::to_string(i);
        link.from = design.components[parent].id;
        link.to = design.components[i].id;
        link.mode = store ? core::LinkMode::Call : core::LinkMode::Choose;
        design.links.push_back(link);
        if (!store)
            parents.push_back(i);
        if (++children[parent] == (parent == 0 ? 1 : 4))
            parents.pop_front();
    }
    design.components[0].workload->rate = rate;
    return design;
}

void BM_SolveDesign(benchmark::State& state) {
    // range(1): the client's rate, req/s (50: every station below saturation; 500: some
    // saturate, and their callers with them).
    const auto design = solvableDesign(static_cast<std::size_t>(state.range(0)),
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
