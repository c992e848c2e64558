// Dragging components and zones, and nudging them with the arrow keys: each a single undo step.
#include "CanvasFixture.h"

#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/ZoneItem.h"

namespace studio::widgets::test {
namespace {

using CanvasMoveTest = CanvasFixture;

double distanceToBox(const QRectF& box, const QPointF& point) {
    const double dx = std::max({box.left() - point.x(), 0.0, point.x() - box.right()});
    const double dy = std::max({box.top() - point.y(), 0.0, point.y() - box.bottom()});
    return std::hypot(dx, dy);
}

TEST_F(CanvasMoveTest, DragIsOneUndoStepThatMovesByTheSnappedMouseDelta) {
    const QRectF before = rectOf("app");
    ASSERT_EQ(before, QRectF(420, 160, 160, 64));
    const QPointF grab = before.center() + QPointF(-30, 0);
    drag(grab, grab + QPointF(103, 47));

    EXPECT_EQ(rectOf("app"), QRectF(520, 200, 160, 64)); // (103, 47) snapped to (100, 40)
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(scene.componentItem("app")->sceneBox(), rectOf("app"));
    // Its links followed: each still ends on the moved box.
    EXPECT_LT(distanceToBox(rectOf("app"), scene.linkItem("lb-app")->end()), 0.5);
    EXPECT_LT(distanceToBox(rectOf("app"), scene.linkItem("app-cache")->start()), 0.5);

    document.undoStack()->undo();
    EXPECT_EQ(rectOf("app"), before);
    EXPECT_EQ(scene.componentItem("app")->sceneBox(), before);
    EXPECT_LT(distanceToBox(before, scene.linkItem("lb-app")->end()), 0.5);
    document.undoStack()->redo();
    EXPECT_EQ(rectOf("app"), QRectF(520, 200, 160, 64));
    document.undoStack()->undo();
    EXPECT_EQ(rectOf("app"), before);
    document.undoStack()->redo();
    EXPECT_EQ(rectOf("app"), QRectF(520, 200, 160, 64));
}

TEST_F(CanvasMoveTest, PreviewMovesItemsAndLinksButNotTheModel) {
    const QPointF grab = centerOf("app") + QPointF(-30, 0);
    moveTo(grab, {}, Qt::NoButton);
    press(grab);
    moveTo(grab + QPointF(50, 0));
    moveTo(grab + QPointF(100, 100));
    EXPECT_EQ(rectOf("app"), QRectF(420, 160, 160, 64)); // the model waits for the release
    const QRectF preview = scene.componentItem("app")->sceneBox();
    EXPECT_EQ(preview, QRectF(520, 260, 160, 64));
    EXPECT_LT(distanceToBox(preview, scene.linkItem("lb-app")->end()), 0.5);
    release(grab + QPointF(100, 100));
    EXPECT_EQ(rectOf("app"), preview);
}

TEST_F(CanvasMoveTest, AltTurnsSnappingOffForTheDrag) {
    const QPointF grab = centerOf("app") + QPointF(-30, 0);
    drag(grab, grab + QPointF(103, 47), Qt::AltModifier);
    EXPECT_EQ(rectOf("app"), QRectF(523, 207, 160, 64));
}

TEST_F(CanvasMoveTest, MovesTheWholeSelection) {
    scene.selectIds({"cache", "db"});
    drag(centerOf("cache"), centerOf("cache") + QPointF(0, 200));
    EXPECT_EQ(rectOf("cache").topLeft(), QPointF(700, 260));
    EXPECT_EQ(rectOf("db").topLeft(), QPointF(700, 460));
    EXPECT_EQ(undoCount(), 1);
}

TEST_F(CanvasMoveTest, AZoneTakesItsMembersAlong) {
    const QRectF zone = rectOf("az-a");
    const QPointF title = zone.topLeft() + QPointF(30, 10);
    drag(title, title + QPointF(40, 20));
    EXPECT_EQ(rectOf("az-a"), zone.translated(40, 20));
    EXPECT_EQ(rectOf("app"), QRectF(460, 180, 160, 64));
    EXPECT_EQ(scene.componentItem("db")->sceneBox(), rectOf("db"));
    EXPECT_EQ(undoCount(), 1);
}

TEST_F(CanvasMoveTest, EscapeCancelsTheDrag) {
    const QPointF grab = centerOf("app");
    moveTo(grab, {}, Qt::NoButton);
    press(grab);
    moveTo(grab + QPointF(60, 60));
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_EQ(scene.componentItem("app")->sceneBox(), QRectF(420, 160, 160, 64));
    release(grab + QPointF(60, 60));
    EXPECT_EQ(rectOf("app"), QRectF(420, 160, 160, 64));
    EXPECT_EQ(undoCount(), 0);
}

TEST_F(CanvasMoveTest, AClickIsNotAMove) {
    click(centerOf("app"));
    EXPECT_EQ(undoCount(), 0);
    EXPECT_EQ(scene.selectedIds(), std::vector<std::string>{"app"});
}

TEST_F(CanvasMoveTest, ArrowNudgesMergeIntoOneUndoStep) {
    click(centerOf("app"));
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Right);
    QTest::keyClick(&view, Qt::Key_Down);
    QTest::keyClick(&view, Qt::Key_Left, Qt::ShiftModifier); // one unit
    EXPECT_EQ(rectOf("app").topLeft(), QPointF(420 + 40 - 1, 160 + 20));
    EXPECT_EQ(undoCount(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(rectOf("app").topLeft(), QPointF(420, 160));
}

} // namespace
} // namespace studio::widgets::test
