// How long the overview (Minimap) takes to render a generated design (up to 2,000 components
// and 4,000 links) into its cached image, and how long a pan costs it (only the mark is
// repainted), offscreen, the canvas in a 1440x900 view. Google Benchmark with its own main (a
// QApplication must exist). Run e.g.
//   build/bin/studio_minimap_bench --benchmark_min_time=0.5
// Arguments: components, links, the overview's width in pixels (height: two thirds of it).
#include "GeneratedDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/window/Minimap.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <utility>

namespace {

using namespace studio;
using widgets::DesignScene;
using widgets::DesignView;
using widgets::Minimap;
using widgets::StudioDocument;

const core::Design& design(std::size_t components, std::size_t links) {
    static std::map<std::pair<std::size_t, std::size_t>, core::Design> designs;
    auto& made = designs[{components, links}];
    if (made.components.empty())
        made = bench::generateDesign(components, links);
    return made;
}

struct Canvas {
    Canvas(const benchmark::State& state)
        : scene(&document)
        , view(&scene)
        , minimap(&view) {
        document.reset(design(static_cast<std::size_t>(state.range(0)),
                              static_cast<std::size_t>(state.range(1))));
        view.resize(1440, 900);
        view.show();
        const int width = static_cast<int>(state.range(2));
        minimap.resize(width, width * 2 / 3);
        minimap.show();
        if (!QTest::qWaitForWindowExposed(&view) || !QTest::qWaitForWindowExposed(&minimap))
            std::printf("a window was not exposed\n");
        view.resetZoom();
        view.panTo(scene.designRect().center());
        QApplication::processEvents();
        minimap.refresh();
    }
    StudioDocument document;
    DesignScene scene;
    DesignView view;
    Minimap minimap;
};

// After an edit (or a new design, or a resize): the whole design rendered into the image.
void BM_MinimapRefresh(benchmark::State& state) {
    Canvas canvas(state);
    for (auto _ : state)
        canvas.minimap.refresh();
    state.counters["components"] = static_cast<double>(canvas.scene.componentCount());
}
BENCHMARK(BM_MinimapRefresh)
    ->Args({200, 400, 240})
    ->Args({2000, 4000, 240})
    ->Args({2000, 4000, 480})
    ->Unit(benchmark::kMillisecond);

// A pan of the canvas: the view scrolls and the overview repaints its cached image and the
// mark (no render of the scene).
void BM_MinimapPanRepaint(benchmark::State& state) {
    Canvas canvas(state);
    QScrollBar* bar = canvas.view.horizontalScrollBar();
    int step = 10;
    for (auto _ : state) {
        if (bar->value() + step > bar->maximum() || bar->value() + step < bar->minimum())
            step = -step;
        bar->setValue(bar->value() + step);
        canvas.minimap.repaint();
    }
}
BENCHMARK(BM_MinimapPanRepaint)->Args({2000, 4000, 240})->Unit(benchmark::kMicrosecond);

} // namespace
