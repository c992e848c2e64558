// How long saving, opening and validating a large design takes (the canvas issue's
// "open within 1 s" budget for 2,000 components and 4,000 links starts here).
#include "GeneratedDesign.h"

#include "format/DesignJson.h"
#include "format/Validator.h"

#include <benchmark/benchmark.h>

namespace {

using namespace studio;

void BM_DesignToJson(benchmark::State& state) {
    const auto design = bench::generateDesign(state.range(0), 2 * state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(core::designToJson(design));
}

void BM_DesignFromJson(benchmark::State& state) {
    const auto text = core::designToJson(bench::generateDesign(state.range(0), 2 * state.range(0)));
    for (auto _ : state) {
        auto result = core::designFromJson(text);
        if (!result.ok())
            state.SkipWithError("generated design does not parse");
        benchmark::DoNotOptimize(result);
    }
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}

void BM_ValidateDesign(benchmark::State& state) {
    const auto design = bench::generateDesign(state.range(0), 2 * state.range(0));
    for (auto _ : state) {
        auto problems = core::validateDesign(design);
        if (!problems.empty())
            state.SkipWithError(problems.front().text().c_str());
        benchmark::DoNotOptimize(problems);
    }
}

BENCHMARK(BM_DesignToJson)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DesignFromJson)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ValidateDesign)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

} // namespace
