// Finding how to connect: a box shows its connection dots as the pointer comes near it, a drag
// from just outside a dot or from a box's border draws a link on the first try, and connect
// mode draws a link from anywhere on a box.
#include "CanvasFixture.h"

#include "widgets/canvas/items/Handles.h"

#include <QKeyEvent>

namespace studio::widgets::test {
namespace {

class CanvasConnectNearTest : public CanvasFixture {
protected:
    // Hovers along a line towards `to`, the way a hand approaches a target.
    void approach(const QPointF& from, const QPointF& to) {
        for (int step = 0; step <= 6; ++step)
            moveTo(from + (to - from) * step / 6.0, Qt::NoModifier, Qt::NoButton);
    }
    // The number of links from `from` to `to`.
    int linksBetween(const std::string& from, const std::string& to) const {
        int count = 0;
        for (const auto& link : document.design().links)
            count += link.from == from && link.to == to ? 1 : 0;
        return count;
    }
    const ComponentItem& item(const std::string& id) const { return *scene.componentItem(id); }
};

TEST_F(CanvasConnectNearTest, DotsShowWhenThePointerComesNearABoxFromOutside) {
    // cache is (700, 60, 160, 64): its right dot at (860, 92).
    moveTo({1000, 92}, Qt::NoModifier, Qt::NoButton);
    EXPECT_FALSE(item("cache").connectHandlesVisible());
    moveTo({860 + handles::kNearPixels - 4, 92}, Qt::NoModifier, Qt::NoButton);
    EXPECT_TRUE(item("cache").connectHandlesVisible());
    EXPECT_FALSE(item("cache").isHovered()); // still outside the box
    moveTo({1000, 92}, Qt::NoModifier, Qt::NoButton);
    EXPECT_FALSE(item("cache").connectHandlesVisible());
}

TEST_F(CanvasConnectNearTest, ADragFromJustOutsideADotLinksOnTheFirstTry) {
    const int before = linksBetween("cache", "db");
    const QPointF outsideDot(865, 92); // 5 px right of cache's right dot
    approach({1000, 92}, outsideDot);
    drag(outsideDot, centerOf("db"));
    EXPECT_EQ(linksBetween("cache", "db"), before + 1);
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(rectOf("cache"), QRectF(700, 60, 160, 64)); // not moved
    EXPECT_TRUE(view.rubberBandRect().isNull());
}

TEST_F(CanvasConnectNearTest, APressOutsideADotWithNoMoveBeforeItStillLinks) {
    const int before = linksBetween("cache", "db");
    const QPointF outsideDot(780, 129); // 5 px below cache's bottom dot
    press(outsideDot);
    for (int step = 1; step <= 4; ++step)
        moveTo(outsideDot + (centerOf("db") - outsideDot) * step / 4.0);
    release(centerOf("db"));
    EXPECT_EQ(linksBetween("cache", "db"), before + 1);
}

TEST_F(CanvasConnectNearTest, ADragFromABoxsBorderLinks) {
    const int before = linksBetween("cache", "db");
    // Off cache's bottom edge, well away from its dot: outside and on the stroke.
    for (const QPointF& border : {QPointF(720, 127), QPointF(720, 122)}) {
        drag(border, centerOf("db"));
        EXPECT_EQ(rectOf("cache"), QRectF(700, 60, 160, 64));
    }
    EXPECT_EQ(linksBetween("cache", "db"), before + 2);
}

TEST_F(CanvasConnectNearTest, InsideTheBoxADragStillMovesIt) {
    drag({720, 100}, {740, 140});
    EXPECT_EQ(rectOf("cache"), QRectF(720, 100, 160, 64));
}

TEST_F(CanvasConnectNearTest, FarFromEveryBoxADragDrawsARubberBand) {
    const std::size_t links = document.design().links.size();
    moveTo({1100, 40}, Qt::NoModifier, Qt::NoButton);
    press({1100, 40});
    moveTo({1060, 70});
    EXPECT_FALSE(view.rubberBandRect().isNull());
    release({1060, 70});
    EXPECT_EQ(document.design().links.size(), links);
}

TEST_F(CanvasConnectNearTest, ConnectModeLinksFromAnywhereOnABoxAndUndoes) {
    scene.setConnectMode(true);
    const int before = linksBetween("cache", "db");
    drag(centerOf("cache"), centerOf("db"));
    EXPECT_EQ(linksBetween("cache", "db"), before + 1);
    EXPECT_EQ(rectOf("cache"), QRectF(700, 60, 160, 64)); // drawn a link, not moved
    EXPECT_EQ(undoCount(), 1);
    EXPECT_TRUE(scene.connectMode()); // stays on for the next link

    QUndoStack* stack = document.undoStack();
    stack->undo();
    EXPECT_EQ(linksBetween("cache", "db"), before);
    stack->redo();
    EXPECT_EQ(linksBetween("cache", "db"), before + 1);
    stack->undo();
    EXPECT_EQ(linksBetween("cache", "db"), before);
    stack->redo();
    EXPECT_EQ(linksBetween("cache", "db"), before + 1);
    EXPECT_EQ(scene.linkCount(), document.design().links.size());
}

TEST_F(CanvasConnectNearTest, EscapeLeavesConnectMode) {
    scene.setConnectMode(true);
    QKeyEvent escape(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
    QApplication::sendEvent(&scene, &escape);
    EXPECT_FALSE(scene.connectMode());
    drag(centerOf("cache"), centerOf("cache") + QPointF(20, 40)); // a move again
    EXPECT_EQ(rectOf("cache"), QRectF(720, 100, 160, 64));
}

} // namespace
} // namespace studio::widgets::test
