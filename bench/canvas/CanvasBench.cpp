// How fast the canvas opens and redraws while a component is dragged, on a generated design
// (default 2,000 components and 4,000 links), offscreen in a 1440x900 view. Targets (the canvas
// issue): open + first frame within 1 s, a drag step redrawn within 16 ms.
//
//   studio_canvas_bench [--components N] [--links M] [--steps S] [--runs R] [--index bsp|none]
//                       [--save first-frame.png]
//
// "open": the document takes the design (the scene builds every item and routes every link),
// the view fits it, and the view is rendered into a 1440x900 image.
// "drag step": one mouse move of the drag gesture (the component and its links move), then
// either the view's own repaint of what changed (what a screen shows) or a full render of the
// view into the image (the worst case).
#include "GeneratedDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/calculators/CalculatorsPanel.h"
#include "widgets/canvas/DesignScene.h"
#include "widgets/canvas/DesignView.h"
#include "widgets/canvas/items/ComponentItem.h"
#include "widgets/inspector/InspectorWidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

namespace {

using namespace studio;
using widgets::DesignScene;
using widgets::DesignView;
using widgets::StudioDocument;

const QSize kViewSize(1440, 900);

struct Options {
    std::size_t components = 2000;
    std::size_t links = 4000;
    int steps = 60;
    int runs = 5;
    QGraphicsScene::ItemIndexMethod index = QGraphicsScene::BspTreeIndex; // the scene's own
    bool indexGiven = false;
    QString save; // where to write the first frame (PNG), if anywhere
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    if (values.empty())
        return 0;
    return values[std::min(values.size() - 1, static_cast<std::size_t>(p * values.size()))];
}

double milliseconds(const QElapsedTimer& timer) {
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// CPU time of this thread: on a busy machine wall time also counts other processes' turns.
double threadCpuMilliseconds() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6;
}

// Counts the viewport's paint events, so a step waits for its repaint.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

void render(DesignView& view, QImage& image) {
    QPainter painter(&image);
    view.render(&painter);
}

void sendMouse(QWidget* viewport, QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
               Qt::MouseButtons buttons) {
    QMouseEvent event(type, pos, viewport->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(viewport, &event);
}

struct Canvas {
    explicit Canvas(const Options& options)
        : scene(&document)
        , view(&scene) {
        if (options.indexGiven)
            scene.setItemIndexMethod(options.index);
        view.resize(kViewSize);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            std::printf("the view was not exposed\n");
    }
    StudioDocument document;
    DesignScene scene;
    DesignView view;
};

void measureOpen(const Options& options, const core::Design& design) {
    std::vector<double> times;
    std::vector<double> cpu;
    std::vector<double> renders;
    for (int run = 0; run < options.runs; ++run) {
        Canvas canvas(options);
        QImage image(kViewSize, QImage::Format_ARGB32_Premultiplied);
        const double cpuStart = threadCpuMilliseconds();
        QElapsedTimer timer;
        timer.start();
        canvas.document.reset(design);
        canvas.view.fitToWindow();
        const double built = milliseconds(timer);
        render(canvas.view, image);
        times.push_back(milliseconds(timer));
        cpu.push_back(threadCpuMilliseconds() - cpuStart);
        renders.push_back(times.back() - built);
        if (run == 0 && !options.save.isEmpty())
            image.save(options.save);
    }
    std::printf("open + first frame: first %.1f ms, median %.1f ms (of which rendering %.1f ms); "
                "CPU median %.1f ms\n",
                times.front(), median(times), median(renders), median(cpu));
    std::fflush(stdout);
}

void measureDrag(const Options& options, const core::Design& design, bool fit) {
    Canvas canvas(options);
    canvas.document.reset(design);
    canvas.scene.setSnapToGrid(false); // every step moves (snapped, most 4-pixel steps would not)
    const std::string id = "c" + std::to_string(options.components / 2 + 25);
    const widgets::ComponentItem* item = canvas.scene.componentItem(id);
    if (!item) {
        std::printf("no component %s\n", id.c_str());
        return;
    }
    if (fit) {
        canvas.view.fitToWindow();
    } else {
        canvas.view.resetZoom();
        canvas.view.centerOn(item->sceneBox().center());
    }
    QApplication::processEvents();
    QWidget* viewport = canvas.view.viewport();
    PaintCounter counter;
    viewport->installEventFilter(&counter);
    QImage image(kViewSize, QImage::Format_ARGB32_Premultiplied);

    const QPoint start = canvas.view.mapFromScene(item->sceneBox().center());
    sendMouse(viewport, QEvent::MouseMove, start, Qt::NoButton, Qt::NoButton);
    sendMouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    QApplication::processEvents();
    std::vector<double> repaint;
    std::vector<double> full;
    std::vector<double> repaintCpu;
    std::vector<double> fullCpu;
    QPoint pos = start;
    for (int step = 0; step < options.steps; ++step) {
        // Back and forth, 4 pixels a step, so the item stays in view.
        pos += QPoint((step / 10) % 2 ? -4 : 4, (step / 5) % 2 ? -2 : 2);
        QElapsedTimer timer;
        timer.start();
        double cpuStart = threadCpuMilliseconds();
        const int paints = counter.paints;
        sendMouse(viewport, QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton);
        for (int i = 0; i < 20 && counter.paints == paints; ++i)
            QApplication::processEvents();
        repaint.push_back(milliseconds(timer));
        repaintCpu.push_back(threadCpuMilliseconds() - cpuStart);
        timer.restart();
        cpuStart = threadCpuMilliseconds();
        render(canvas.view, image);
        full.push_back(milliseconds(timer));
        fullCpu.push_back(threadCpuMilliseconds() - cpuStart);
    }
    pos += QPoint(40, 0);
    sendMouse(viewport, QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    const bool moved = canvas.document.undoStack()->count() == 1;
    std::printf("drag at %s (zoom %.0f%%): step + repaint median %.2f ms, p90 %.2f ms "
                "(CPU %.2f ms); full render of the view median %.2f ms, p90 %.2f ms (CPU %.2f "
                "ms)%s\n",
                fit ? "fit" : "100%", canvas.view.zoom() * 100, median(repaint),
                percentile(repaint, 0.9), median(repaintCpu), median(full), percentile(full, 0.9),
                median(fullCpu), moved ? "" : " (the drag did not move it!)");
}

// Moving the pointer over the canvas without a button: hover and the cursor's hit test.
void measureHover(const Options& options, const core::Design& design) {
    Canvas canvas(options);
    canvas.document.reset(design);
    canvas.view.resetZoom();
    canvas.view.centerOn(canvas.scene.designRect().center());
    QApplication::processEvents();
    QWidget* viewport = canvas.view.viewport();
    std::vector<double> times;
    for (int step = 0; step < options.steps * 4; ++step) {
        const QPoint pos(100 + (step * 37) % 1200, 100 + (step * 23) % 700);
        QElapsedTimer timer;
        timer.start();
        sendMouse(viewport, QEvent::MouseMove, pos, Qt::NoButton, Qt::NoButton);
        QApplication::processEvents();
        times.push_back(milliseconds(timer));
    }
    std::printf("pointer move (hover, hit test, repaint): median %.2f ms, p90 %.2f ms\n",
                median(times), percentile(times, 0.9));
}

// Dragging a tenth of the design at once (selected, at fit), with the inspector and the
// calculators panel following the selection as in the main window. The drop pushes one move
// command; it and its undo are timed apart, since every panel hears of every moved component.
void measureDragMany(const Options& options, const core::Design& design) {
    Canvas canvas(options);
    canvas.document.reset(design);
    canvas.scene.setSnapToGrid(false);
    canvas.view.fitToWindow();
    widgets::InspectorWidget inspector(&canvas.document);
    widgets::CalculatorsPanel calculators(&canvas.document);
    inspector.show();
    calculators.show();
    std::vector<std::string> ids;
    for (std::size_t i = 1; i < design.components.size(); i += 10)
        ids.push_back(design.components[i].id);
    canvas.scene.selectIds(ids);
    inspector.setSelection(ids);
    calculators.setSelection(ids);
    QApplication::processEvents();
    QWidget* viewport = canvas.view.viewport();
    QPoint pos = canvas.view.mapFromScene(
        canvas.scene.componentItem(ids[ids.size() / 2])->sceneBox().center());
    sendMouse(viewport, QEvent::MouseButtonPress, pos, Qt::LeftButton, Qt::LeftButton);
    std::vector<double> times;
    for (int step = 0; step < options.steps / 2; ++step) {
        pos += QPoint(step % 2 ? -4 : 4, 2);
        QElapsedTimer timer;
        timer.start();
        sendMouse(viewport, QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton);
        QApplication::processEvents();
        QApplication::processEvents();
        times.push_back(milliseconds(timer));
    }
    QElapsedTimer drop;
    drop.start();
    sendMouse(viewport, QEvent::MouseButtonRelease, pos, Qt::LeftButton, Qt::NoButton);
    QApplication::processEvents();
    const double dropMs = milliseconds(drop);
    QElapsedTimer undo;
    undo.start();
    canvas.document.undoStack()->undo();
    QApplication::processEvents();
    const double undoMs = milliseconds(undo);
    std::printf("drag of %zu selected components at fit, inspector and calculators open: step + "
                "repaint median %.2f ms, p90 %.2f ms; drop (the move command) %.1f ms, its undo "
                "%.1f ms\n",
                ids.size(), median(times), percentile(times, 0.9), dropMs, undoMs);
}

Options parse(int argc, char** argv) {
    Options options;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const char* value = argv[i + 1];
        if (flag == "--components")
            options.components = std::stoul(value);
        else if (flag == "--links")
            options.links = std::stoul(value);
        else if (flag == "--steps")
            options.steps = std::stoi(value);
        else if (flag == "--runs")
            options.runs = std::max(1, std::stoi(value));
        else if (flag == "--save")
            options.save = QString::fromLocal8Bit(value);
        else if (flag == "--index") {
            options.index = std::strcmp(value, "bsp") == 0 ? QGraphicsScene::BspTreeIndex
                                                           : QGraphicsScene::NoIndex;
            options.indexGiven = true;
        }
    }
    return options;
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const Options options = parse(argc, argv);
    const core::Design design = bench::generateDesign(options.components, options.links);
    std::printf("%zu components, %zu links, view %dx%d, %s index\n", design.components.size(),
                design.links.size(), kViewSize.width(), kViewSize.height(),
                options.index == QGraphicsScene::NoIndex ? "no" : "BSP");
    measureOpen(options, design);
    measureDrag(options, design, true);
    measureDrag(options, design, false);
    measureHover(options, design);
    measureDragMany(options, design);
    return 0;
}
