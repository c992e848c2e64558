// How long exports take (Google Benchmark, offscreen; its own program, studio_export_bench):
// the generated design (2,000 components, 4,000 links) and every builtin template, as PNG,
// SVG and PDF written to a temporary folder, plus the steps of a PNG export (drawing the
// scene, encoding at each zlib level) to choose kPngCompression. Targets (the canvas issue):
// the generated design as SVG within 1 s, PDF within 1.5 s, PNG within 3 s (4x, so capped
// at 8,192 px); any template within 0.3 s in every format. Run e.g.
//   studio_export_bench --benchmark_min_time=1
#include "GeneratedDesign.h"

#include "widgets/export/DesignExport.h"
#include "widgets/export/DesignRenderer.h"

#include "templates/BuiltinTemplates.h"

#include <QBuffer>
#include <QImageWriter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

using namespace studio;
using widgets::PngOptions;

const core::Design& generated() {
    static const core::Design design = bench::generateDesign(2000, 4000);
    return design;
}

QTemporaryDir& folder() {
    static QTemporaryDir dir;
    return dir;
}

enum Format { Png, Svg, Pdf };

void exportTo(const core::Design& design, Format format, benchmark::State& state,
              double scale = 4) {
    const QString path = folder().filePath(format == Png   ? "out.png"
                                           : format == Svg ? "out.svg"
                                                           : "out.pdf");
    QString error;
    if (format == Png)
        error = widgets::writePng(design, path, PngOptions{scale, false});
    else if (format == Svg)
        error = widgets::writeSvg(design, path);
    else
        error = widgets::writePdf(design, path);
    if (!error.isEmpty())
        state.SkipWithError(error.toStdString().c_str());
}

void BM_GeneratedExport(benchmark::State& state) {
    const auto format = static_cast<Format>(state.range(0));
    for (auto _ : state)
        exportTo(generated(), format, state);
}
BENCHMARK(BM_GeneratedExport)
    ->ArgName("png0_svg1_pdf2")
    ->DenseRange(0, 2)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// The steps of the PNG export of the generated design at 4x (8,192 px wide).
void BM_GeneratedSceneBuild(benchmark::State& state) {
    for (auto _ : state) {
        const widgets::DesignRenderer renderer(generated());
        benchmark::DoNotOptimize(renderer.sourceRect());
    }
}
BENCHMARK(BM_GeneratedSceneBuild)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_GeneratedDraw(benchmark::State& state) {
    const widgets::DesignRenderer renderer(generated());
    for (auto _ : state) {
        const QImage image = renderer.image(PngOptions{4, false});
        state.counters["width"] = image.width();
        state.counters["height"] = image.height();
    }
}
BENCHMARK(BM_GeneratedDraw)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_PngEncodeLevel(benchmark::State& state) {
    static const QImage image = widgets::DesignRenderer(generated()).image(PngOptions{4, false});
    const int level = static_cast<int>(state.range(0));
    qint64 size = 0;
    for (auto _ : state) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        writer.setCompression(level);
        writer.write(image);
        size = bytes.size();
    }
    state.counters["MB"] = static_cast<double>(size) / 1e6;
}
// QImageWriter::setCompression's PNG scale: -1 Qt's default (zlib 6); 11, 33, 61, 100 are
// zlib levels 1, 3, 6 and 9 (Qt 6.4: value * 9 / 91).
BENCHMARK(BM_PngEncodeLevel)
    ->ArgName("qt_compression")
    ->Arg(-1)
    ->Arg(11)
    ->Arg(33)
    ->Arg(61)
    ->Arg(100)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

// Every template as SVG and PDF.
void BM_TemplateExport(benchmark::State& state) {
    const auto& templates = core::builtinTemplates();
    const auto index = static_cast<std::size_t>(state.range(0));
    if (index >= templates.size()) {
        state.SkipWithError("no such template");
        return;
    }
    const auto format = static_cast<Format>(state.range(1));
    state.SetLabel(templates[index].id);
    for (auto _ : state)
        exportTo(templates[index].design, format, state);
}
BENCHMARK(BM_TemplateExport)
    ->ArgNames({"template", "svg1_pdf2"})
    ->ArgsProduct({benchmark::CreateDenseRange(0, 9, 1), {1, 2}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

// Every template as PNG at 1x, 2x (the dialog's default) and 4x.
void BM_TemplatePng(benchmark::State& state) {
    const auto& templates = core::builtinTemplates();
    const auto index = static_cast<std::size_t>(state.range(0));
    if (index >= templates.size()) {
        state.SkipWithError("no such template");
        return;
    }
    state.SetLabel(templates[index].id);
    for (auto _ : state)
        exportTo(templates[index].design, Png, state, static_cast<double>(state.range(1)));
}
BENCHMARK(BM_TemplatePng)
    ->ArgNames({"template", "scale"})
    ->ArgsProduct({benchmark::CreateDenseRange(0, 9, 1), {1, 2, 4}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(3);

} // namespace
