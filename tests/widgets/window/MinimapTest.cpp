// The overview: its mark follows the view, a click or drag in it pans the view, the wheel
// zooms, and it follows edits.
#include "canvas/CanvasFixture.h"

#include "widgets/window/MainWindow.h"
#include "widgets/window/Minimap.h"

#include <QAction>
#include <QDockWidget>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QWheelEvent>

namespace studio::widgets::test {
namespace {

class MinimapTest : public CanvasFixture {
protected:
    void SetUp() override {
        CanvasFixture::SetUp();
        minimap.resize(240, 160);
        minimap.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&minimap));
        minimap.refresh();
    }

    // The marked rectangle, back in scene coordinates.
    QRectF markedSceneRect() const {
        const QRectF marked = minimap.markedRect();
        return {minimap.toScene(marked.topLeft()), minimap.toScene(marked.bottomRight())};
    }
    // Scene units per overview pixel.
    double unitsPerPixel() const {
        return minimap.sceneArea().width() /
               (minimap.fromScene(minimap.sceneArea().topRight()).x() -
                minimap.fromScene(minimap.sceneArea().topLeft()).x());
    }
    void expectMarkMatchesView() {
        const QRectF visible = view.visibleSceneRect();
        const QRectF marked = markedSceneRect();
        const double tolerance = unitsPerPixel();
        EXPECT_NEAR(marked.left(), visible.left(), tolerance);
        EXPECT_NEAR(marked.top(), visible.top(), tolerance);
        EXPECT_NEAR(marked.right(), visible.right(), tolerance);
        EXPECT_NEAR(marked.bottom(), visible.bottom(), tolerance);
    }
    // Whether the overview, as painted, shows the mark's edge (within a pixel) at the middle of
    // its left side.
    bool paintsMarkEdgeAt(const QRectF& marked) {
        const QImage shot = minimap.grab().toImage();
        const QColor mark = minimap.palette().color(QPalette::Highlight);
        const int y = qRound(marked.center().y());
        for (int x = qRound(marked.left()) - 1; x <= qRound(marked.left()) + 2; ++x) {
            if (!shot.rect().contains(x, y))
                continue;
            const QColor painted = shot.pixelColor(x, y);
            if (std::abs(painted.red() - mark.red()) + std::abs(painted.green() - mark.green()) +
                    std::abs(painted.blue() - mark.blue()) <
                30)
                return true;
        }
        return false;
    }
    void sendMouse(QEvent::Type type, const QPointF& pos, Qt::MouseButton button,
                   Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, minimap.mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(&minimap, &event);
    }

    Minimap minimap{&view};
};

TEST_F(MinimapTest, ShowsTheWholeDesign) {
    EXPECT_TRUE(minimap.sceneArea().contains(scene.designRect()));
    EXPECT_FALSE(minimap.image().isNull());
    const QRectF design(minimap.fromScene(scene.designRect().topLeft()),
                        minimap.fromScene(scene.designRect().bottomRight()));
    EXPECT_TRUE(QRectF(minimap.rect()).contains(design));
}

TEST_F(MinimapTest, MarkFollowsZoomAndPan) {
    expectMarkMatchesView();
    const QRectF atStart = minimap.markedRect();

    view.zoomTo(2);
    expectMarkMatchesView();
    const QRectF zoomed = minimap.markedRect();
    EXPECT_LT(zoomed.width(), atStart.width() * 0.6);

    view.panTo(centerOf("db"));
    expectMarkMatchesView();
    const QRectF panned = minimap.markedRect();
    EXPECT_GT(panned.center().x(), zoomed.center().x() + 5);
    EXPECT_TRUE(paintsMarkEdgeAt(panned));
    EXPECT_FALSE(paintsMarkEdgeAt(panned.translated(-panned.width() / 2, 0)));
}

TEST_F(MinimapTest, ClickPansTheViewThere) {
    view.zoomTo(2);
    const QPointF target = minimap.fromScene(centerOf("db"));
    sendMouse(QEvent::MouseButtonPress, target, Qt::LeftButton, Qt::LeftButton);
    sendMouse(QEvent::MouseButtonRelease, target, Qt::LeftButton, Qt::NoButton);
    EXPECT_LT(QLineF(view.visibleCenter(), minimap.toScene(target)).length(), 2);
    EXPECT_LT(QLineF(view.visibleCenter(), centerOf("db")).length(), unitsPerPixel() + 2);
    expectMarkMatchesView();
}

TEST_F(MinimapTest, DragPansTheViewAlong) {
    view.zoomTo(2);
    const QPointF from = minimap.fromScene(centerOf("lb"));
    const QPointF to = minimap.fromScene(centerOf("cache"));
    sendMouse(QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
    EXPECT_LT(QLineF(view.visibleCenter(), minimap.toScene(from)).length(), 2);
    for (int step = 1; step <= 4; ++step) {
        const QPointF pos = from + (to - from) * step / 4.0;
        sendMouse(QEvent::MouseMove, pos, Qt::NoButton, Qt::LeftButton);
        EXPECT_LT(QLineF(view.visibleCenter(), minimap.toScene(pos)).length(), 2) << step;
    }
    sendMouse(QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
    EXPECT_LT(QLineF(view.visibleCenter(), minimap.toScene(to)).length(), 2);
    // A move without the button held does nothing.
    sendMouse(QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
    EXPECT_LT(QLineF(view.visibleCenter(), minimap.toScene(to)).length(), 2);
}

TEST_F(MinimapTest, WheelZoomsTheView) {
    const QPointF pos = minimap.rect().center();
    QWheelEvent wheel(pos, minimap.mapToGlobal(pos), {}, {0, 120}, Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(&minimap, &wheel);
    EXPECT_NEAR(view.zoom(), 1.2, 1e-9);
    expectMarkMatchesView();
}

TEST_F(MinimapTest, FollowsADragBeforeTheModelDoes) {
    const QImage before = minimap.image().toImage();
    QSignalSpy refreshed(&minimap, &Minimap::refreshed);
    const core::Design design = document.design();
    // A drag in progress moves the item only; the model changes on release.
    scene.componentItem("db")->setPos(scene.componentItem("db")->pos() + QPointF(0, 200));
    ASSERT_TRUE(refreshed.wait(2000));
    EXPECT_NE(minimap.image().toImage(), before);
    EXPECT_EQ(document.design(), design);
    // Rendering does not itself count as a change: the overview comes to rest.
    const int count = refreshed.count();
    QTest::qWait(4 * Minimap::kRefreshDelayMs);
    EXPECT_EQ(refreshed.count(), count);
}

TEST_F(MinimapTest, FollowsAnAddedComponent) {
    const QImage before = minimap.image().toImage();
    const QRectF areaBefore = minimap.sceneArea();
    QSignalSpy refreshed(&minimap, &Minimap::refreshed);
    const std::string id = scene.addComponentAt("cache", QPointF(1600, 900));
    ASSERT_FALSE(id.empty());
    EXPECT_TRUE(minimap.isRefreshPending());
    // Rendered later, once for the burst of changes, not in the middle of the edit.
    EXPECT_EQ(refreshed.count(), 0);
    ASSERT_TRUE(refreshed.wait(2000));
    EXPECT_EQ(refreshed.count(), 1);
    EXPECT_TRUE(minimap.sceneArea().contains(rectOf(id)));
    EXPECT_GT(minimap.sceneArea().width(), areaBefore.width());
    EXPECT_NE(minimap.image().toImage(), before);
}

TEST_F(MinimapTest, FollowsANewDesignAndRendersNothingWhileHidden) {
    minimap.hide();
    QSignalSpy refreshed(&minimap, &Minimap::refreshed);
    core::Design small = sampleDesign();
    small.components.resize(2); // users and lb
    small.links.resize(1);
    small.zones.clear();
    for (auto& component : small.components)
        component.zone.clear();
    document.reset(small);
    QApplication::processEvents();
    EXPECT_EQ(refreshed.count(), 0);
    EXPECT_TRUE(minimap.isRefreshPending());
    minimap.show();
    ASSERT_TRUE(refreshed.wait(2000));
    EXPECT_FALSE(minimap.sceneArea().contains(QRectF(700, 260, 10, 10))); // where db was
    EXPECT_TRUE(minimap.sceneArea().contains(scene.designRect()));
}

TEST(MinimapWindowTest, TheOverviewIsADockToggledFromView) {
    MainWindow window;
    auto* dock = window.findChild<QDockWidget*>("overviewDock");
    ASSERT_NE(dock, nullptr);
    EXPECT_EQ(dock->widget(), window.minimap());
    QMenu* viewMenu = nullptr;
    for (QAction* action : window.menuBar()->actions())
        if (action->text() == QStringLiteral("&View"))
            viewMenu = action->menu();
    ASSERT_NE(viewMenu, nullptr);
    EXPECT_TRUE(viewMenu->actions().contains(dock->toggleViewAction()));
}

} // namespace
} // namespace studio::widgets::test
