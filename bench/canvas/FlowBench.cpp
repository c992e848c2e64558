// A frame of the request flow (widgets/simulation/FlowAnimation) on the e-commerce template,
// offscreen: the playback clock steps one frame and the whole view is rendered into a
// 1440x900 image (the worst case: a screen repaints only what changed). The baseline is the
// same render without the flow, in the same run. Target (issue 18): 60 frames a second,
// 16.7 ms a frame. Run e.g.
//   build/bin/studio_flow_bench --benchmark_min_time=1
#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/simulation/FlowAnimation.h"
#include "widgets/simulation/SimulationRun.h"

#include "sim/Simulation.h"
#include "templates/BuiltinTemplates.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

using namespace studio;

std::shared_ptr<const widgets::SimulationRun> eCommerceRun() {
    auto run = std::make_shared<widgets::SimulationRun>();
    for (const core::Template& t : core::builtinTemplates())
        if (t.id == "e-commerce")
            run->design = t.design;
    core::sim::SimulationOptions options;
    options.duration = 5;
    options.replications = 2;
    auto result = core::sim::simulateDesign(run->design, options);
    if (result)
        run->result = std::move(result).value();
    return run;
}

void frames(benchmark::State& state, bool withFlow) {
    static const auto run = eCommerceRun();
    widgets::StudioDocument document;
    document.reset(run->design);
    widgets::DesignScene scene(&document);
    widgets::DesignView view(&scene);
    view.resize(1440, 900);
    view.show();
    view.fitToWindow();
    widgets::FlowAnimation flow(&scene);
    flow.setRun(run);
    flow.setVisible(withFlow);
    QImage image(1440, 900, QImage::Format_ARGB32_Premultiplied);
    double clock = 0;
    int dots = 0;
    for (const auto& link : flow.dotCounts())
        dots += link.dots;
    for (auto _ : state) {
        clock += 1.0 / 60;
        flow.setClock(clock);
        QPainter painter(&image);
        view.render(&painter);
    }
    state.counters["dots"] = withFlow ? dots : 0;
    state.counters["fps"] =
        benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

void BM_FlowFrame(benchmark::State& state) {
    frames(state, true);
}
void BM_CanvasFrameWithoutFlow(benchmark::State& state) {
    frames(state, false);
}

} // namespace

BENCHMARK(BM_CanvasFrameWithoutFlow)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_FlowFrame)->Unit(benchmark::kMillisecond)->UseRealTime();
