// Auto-layout of the generated design: the layered layout alone, and the edit that turns
// it into a ChangeSet with every link that would cross a box routed around it (what
// Arrange > Auto-Layout runs). Goal: under 1 s for 2,000 components and 4,000 links.
#include "GeneratedDesign.h"
#include "document/LayoutEdits.h"
#include "layout/LayeredLayout.h"

#include <benchmark/benchmark.h>

namespace {

using namespace studio;

void BM_LayeredLayout(benchmark::State& state) {
    const auto components = static_cast<std::size_t>(state.range(0));
    const core::Design design = bench::generateDesign(components, components * 2);
    const core::layout::LayeredLayout layout;
    for (auto _ : state)
        benchmark::DoNotOptimize(layout.run(design));
    state.SetLabel(std::to_string(components) + " components, " +
                   std::to_string(design.links.size()) + " links");
}
BENCHMARK(BM_LayeredLayout)->Arg(200)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond);

void BM_AutoLayoutEdit(benchmark::State& state) {
    const auto components = static_cast<std::size_t>(state.range(0));
    const core::Design design = bench::generateDesign(components, components * 2);
    for (auto _ : state)
        benchmark::DoNotOptimize(core::edits::autoLayout(design));
}
BENCHMARK(BM_AutoLayoutEdit)->Arg(2000)->Arg(20000)->Unit(benchmark::kMillisecond);

} // namespace
