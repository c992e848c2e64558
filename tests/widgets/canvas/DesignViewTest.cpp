// Zooming, fitting and scrolling the canvas view.
#include "CanvasFixture.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QWheelEvent>

namespace studio::widgets::test {
namespace {

using DesignViewTest = CanvasFixture;

TEST_F(DesignViewTest, ZoomInOutResetAndTheirSignal) {
    QSignalSpy changed(&view, &DesignView::zoomChanged);
    ASSERT_DOUBLE_EQ(view.zoom(), 1);
    view.zoomIn();
    EXPECT_NEAR(view.zoom(), 1.2, 1e-9);
    view.zoomOut();
    view.zoomOut();
    EXPECT_NEAR(view.zoom(), 1 / 1.2, 1e-9);
    view.resetZoom();
    EXPECT_DOUBLE_EQ(view.zoom(), 1);
    ASSERT_EQ(changed.count(), 4);
    EXPECT_DOUBLE_EQ(changed.back().front().toDouble(), 1);
}

TEST_F(DesignViewTest, ZoomStaysBetweenFiveAndEightHundredPercent) {
    view.zoomTo(100);
    EXPECT_DOUBLE_EQ(view.zoom(), 8);
    view.zoomTo(0.001);
    EXPECT_DOUBLE_EQ(view.zoom(), 0.05);
}

TEST_F(DesignViewTest, ZoomKeepsTheMiddleInPlace) {
    const QPointF middle = view.visibleCenter();
    view.zoomTo(2.5);
    EXPECT_LT(QLineF(view.visibleCenter(), middle).length(), 2);
}

TEST_F(DesignViewTest, FitShowsTheWholeDesign) {
    QSignalSpy changed(&view, &DesignView::zoomChanged);
    view.zoomTo(4);
    view.fitToWindow();
    EXPECT_LT(view.zoom(), 4);
    EXPECT_GE(changed.count(), 2);
    const QRectF visible = view.mapToScene(view.viewport()->rect()).boundingRect();
    EXPECT_TRUE(visible.contains(scene.designRect())) << visible.width() << "x" << visible.height();
}

TEST_F(DesignViewTest, ADesignTooBigToReadWholeOpensAtHundredPercentFromItsTopLeft) {
    // The sample design is about 1,100 units wide: at 500 × 400 it fits only below 50%.
    view.resize(500, 400);
    QApplication::processEvents();
    view.showOpened();
    EXPECT_DOUBLE_EQ(view.zoom(), 1);
    const QRectF visible = view.visibleSceneRect();
    const QRectF design = scene.designRect();
    EXPECT_TRUE(visible.contains(design.topLeft())) << visible.left() << "," << visible.top();
    EXPECT_LT(visible.left(), design.left());
    EXPECT_GT(visible.left(), design.left() - 50); // the corner at the view's, not centred
    // Fit to Window still shows all of it, at a zoom too small to read.
    view.fitToWindow();
    EXPECT_LT(view.zoom(), DesignView::kReadableZoom);
    EXPECT_TRUE(view.visibleSceneRect().contains(design));
}

TEST_F(DesignViewTest, ADesignReadableWholeOpensFitted) {
    view.resize(1900, 1200);
    QApplication::processEvents();
    view.showOpened();
    EXPECT_GE(view.zoom(), DesignView::kReadableZoom);
    EXPECT_TRUE(view.visibleSceneRect().contains(scene.designRect()));
    // Kept on resize until the person moves the view: smaller, it opens at 100% instead.
    view.resize(500, 400);
    QApplication::processEvents();
    EXPECT_DOUBLE_EQ(view.zoom(), 1);
}

TEST_F(DesignViewTest, CtrlWheelZoomsAroundThePointer) {
    const QPointF anchor = centerOf("db");
    const QPoint pos = at(anchor);
    QWheelEvent wheel(pos, viewport()->mapToGlobal(pos), {}, {0, 120}, Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    EXPECT_NEAR(view.zoom(), 1.2, 1e-9);
    EXPECT_LT(QLineF(view.mapToScene(pos), anchor).length(), 2);
}

TEST_F(DesignViewTest, ShiftWheelScrollsSideways) {
    view.zoomTo(3);
    QScrollBar* horizontal = view.horizontalScrollBar();
    QScrollBar* vertical = view.verticalScrollBar();
    const int x = horizontal->value();
    const int y = vertical->value();
    const QPoint pos = view.viewport()->rect().center();
    QWheelEvent wheel(pos, viewport()->mapToGlobal(pos), {}, {0, -120}, Qt::NoButton,
                      Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport(), &wheel);
    EXPECT_GT(horizontal->value(), x);
    EXPECT_EQ(vertical->value(), y);
}

TEST_F(DesignViewTest, MiddleDragPans) {
    view.zoomTo(3);
    const QPointF before = view.visibleCenter();
    const QPointF from = before;
    const QPointF to = from + QPointF(-30, -20); // scene units at 300%: 90 x 60 pixels
    mouse(QEvent::MouseButtonPress, from, Qt::MiddleButton, Qt::MiddleButton);
    const QPoint start = at(from);
    const QPoint end = start + QPoint(-90, -60);
    QMouseEvent move(QEvent::MouseMove, end, viewport()->mapToGlobal(end), Qt::NoButton,
                     Qt::MiddleButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &move);
    QMouseEvent up(QEvent::MouseButtonRelease, end, viewport()->mapToGlobal(end), Qt::MiddleButton,
                   Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(viewport(), &up);
    EXPECT_LT(QLineF(view.visibleCenter(), before - (to - from)).length(), 2);
    EXPECT_EQ(undoCount(), 0);
}

TEST_F(DesignViewTest, SpaceDragPansInsteadOfSelecting) {
    view.zoomTo(3);
    const QPointF before = view.visibleCenter();
    // Viewport points fixed up front: the scene moves under the pointer while panning.
    const QPoint start = at(centerOf("app"));
    auto send = [this](QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
                       Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, viewport()->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &event);
    };
    QTest::keyPress(&view, Qt::Key_Space);
    send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(-30, -30), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(-90, -60), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseButtonRelease, start + QPoint(-90, -60), Qt::LeftButton, Qt::NoButton);
    QTest::keyRelease(&view, Qt::Key_Space);
    EXPECT_LT(QLineF(view.visibleCenter(), before + QPointF(30, 20)).length(), 2);
    EXPECT_EQ(rectOf("app"), QRectF(420, 160, 160, 64)); // not dragged
    EXPECT_TRUE(scene.selectedIds().empty());
}

TEST_F(DesignViewTest, DraggingToAnEdgeScrollsAndTheItemFollows) {
    QScrollBar* horizontal = view.horizontalScrollBar();
    const int scrolled = horizontal->value();
    const QPoint start = at(centerOf("app"));
    const QPoint edge(viewport()->width() - 4, start.y());
    auto send = [this](QEvent::Type type, const QPoint& pos, Qt::MouseButton button,
                       Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, viewport()->mapToGlobal(pos), button, buttons, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &event);
    };
    send(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    send(QEvent::MouseMove, start + QPoint(20, 0), Qt::NoButton, Qt::LeftButton);
    send(QEvent::MouseMove, edge, Qt::NoButton, Qt::LeftButton);
    const double reached = scene.componentItem("app")->sceneBox().center().x();
    EXPECT_TRUE(QTest::qWaitFor([&] { return horizontal->value() >= scrolled + 60; }, 10000));
    // The item stays under the (still) pointer as the view scrolls.
    EXPECT_GT(scene.componentItem("app")->sceneBox().center().x(), reached + 20);
    send(QEvent::MouseButtonRelease, edge, Qt::LeftButton, Qt::NoButton);
    EXPECT_GT(rectOf("app").x(), 420 + (edge.x() - start.x()));
    EXPECT_EQ(undoCount(), 1);
}

} // namespace
} // namespace studio::widgets::test
