// The window's layout converges: with each reference template open at the window sizes people
// use, with the estimate overlay (and its legend) on and off, fitting the view and placing the
// legend stop within a second; nothing keeps refitting or moving in the idle event loop; each
// opens at a zoom its text reads at.
#include "widgets/canvas/DesignView.h"
#include "widgets/overlay/EstimateLegend.h"
#include "widgets/overlay/EstimateOverlay.h"
#include "widgets/window/FileActions.h"
#include "widgets/window/MainWindow.h"

#include "templates/BuiltinTemplates.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace studio::widgets {
namespace {

// Counts the geometry events a widget receives.
class GeometryEvents : public QObject {
public:
    using QObject::QObject;
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Resize || event->type() == QEvent::Move)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

std::vector<std::string> templateIds() {
    std::vector<std::string> ids;
    for (const auto& reference : core::builtinTemplates())
        ids.push_back(reference.id);
    return ids;
}

using Case = std::tuple<std::string, QSize>;

class LayoutSettlesTest : public ::testing::TestWithParam<Case> {
protected:
    void SetUp() override {
        window.resize(std::get<1>(GetParam()));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        view()->viewport()->installEventFilter(&viewportEvents);
        legend()->installEventFilter(&legendEvents);
    }

    DesignView* view() const { return window.view(); }
    EstimateLegend* legend() const { return window.estimateOverlay()->legend(); }

    // Whether fits, zooms and the viewport's and the legend's geometry stay still for 200 ms,
    // within a second of now.
    bool settlesWithinASecond() {
        QSignalSpy zooms(view(), &DesignView::zoomChanged);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1000) {
            const auto before = std::make_tuple(view()->fitCount(), zooms.count(),
                                                viewportEvents.count, legendEvents.count);
            QTest::qWait(200);
            if (before == std::make_tuple(view()->fitCount(), zooms.count(), viewportEvents.count,
                                          legendEvents.count))
                return true;
        }
        return false;
    }

    MainWindow window;
    GeometryEvents viewportEvents;
    GeometryEvents legendEvents;
};

TEST_P(LayoutSettlesTest, OpenedWithAndWithoutTheOverlay) {
    ASSERT_TRUE(window.fileActions()->createFromTemplate(std::get<0>(GetParam())));
    EXPECT_TRUE(settlesWithinASecond()) << "opened";
    EXPECT_GE(view()->zoom(), DesignView::kReadableZoom) << "opened readable";

    window.estimateOverlayAction()->setChecked(true);
    ASSERT_TRUE(legend()->isVisible());
    EXPECT_TRUE(settlesWithinASecond()) << "overlay on";

    // Resized to the size while open, as a window manager does, and fitted again.
    window.resize(window.size() - QSize(40, 30));
    window.resize(std::get<1>(GetParam()));
    view()->fitToWindow();
    EXPECT_TRUE(settlesWithinASecond()) << "resized and fitted";
    EXPECT_TRUE(view()->viewport()->rect().contains(
        legend()->geometry().translated(-view()->viewport()->pos())))
        << "the legend lies inside the viewport";

    window.estimateOverlayAction()->setChecked(false);
    EXPECT_TRUE(settlesWithinASecond()) << "overlay off";
}

std::string caseName(const ::testing::TestParamInfo<Case>& info) {
    const QSize size = std::get<1>(info.param);
    std::string name = std::get<0>(info.param);
    std::replace(name.begin(), name.end(), '-', '_');
    return name + "_" + std::to_string(size.width()) + "x" + std::to_string(size.height());
}

INSTANTIATE_TEST_SUITE_P(TemplatesAndSizes, LayoutSettlesTest,
                         ::testing::Combine(::testing::ValuesIn(templateIds()),
                                            ::testing::Values(QSize(1280, 800), QSize(1600, 1000),
                                                              QSize(1920, 1080))),
                         caseName);

} // namespace
} // namespace studio::widgets
