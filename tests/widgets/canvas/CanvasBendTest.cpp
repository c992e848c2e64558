// Bend points on links by mouse: add one from a segment's middle handle, move it, remove it
// with a double-click; bends travel with a moved pair of components.
#include "CanvasFixture.h"

#include "widgets/canvas/items/LinkItem.h"

namespace studio::widgets::test {
namespace {

class CanvasBendTest : public CanvasFixture {
protected:
    const LinkItem* selectLink(const std::string& id) {
        const LinkItem* link = scene.linkItem(id);
        if (!link)
            return nullptr;
        click(QLineF(link->start(), link->end()).pointAt(0.3));
        return scene.selectedIds() == std::vector<std::string>{id} ? link : nullptr;
    }
    std::vector<core::Point> bendsOf(const std::string& id) const {
        return document.design().findLink(id)->bends;
    }
    QString undoText() { return document.undoStack()->undoText(); }
};

TEST_F(CanvasBendTest, DraggingASegmentsMiddleAddsABendThere) {
    const LinkItem* link = selectLink("app-cache");
    ASSERT_NE(link, nullptr);
    const auto middles = link->segmentMiddles();
    ASSERT_EQ(middles.size(), 1u);
    ASSERT_TRUE(middles[0].has_value());
    drag(*middles[0], {601, 219}); // snaps to the 20-unit grid

    const std::vector<core::Point> bent{{600, 220}};
    EXPECT_EQ(bendsOf("app-cache"), bent);
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(undoText(), "Add bend point");
    // Drawn through the bend, from the service's edge to the cache's.
    ASSERT_EQ(link->route().size(), 3);
    EXPECT_EQ(link->route()[1], QPointF(600, 220));
    EXPECT_TRUE(rectOf("app").adjusted(-1, -1, 1, 1).contains(link->route()[0]));
    EXPECT_TRUE(rectOf("cache").adjusted(-1, -1, 1, 1).contains(link->route()[2]));

    document.undoStack()->undo();
    EXPECT_TRUE(bendsOf("app-cache").empty());
    EXPECT_EQ(link->route().size(), 2);
    document.undoStack()->redo();
    EXPECT_EQ(bendsOf("app-cache"), bent);
    EXPECT_EQ(link->route().size(), 3);
}

TEST_F(CanvasBendTest, AClickOnASegmentHandleAddsNothing) {
    const LinkItem* link = selectLink("app-cache");
    ASSERT_NE(link, nullptr);
    click(*link->segmentMiddles().at(0));
    EXPECT_TRUE(bendsOf("app-cache").empty());
    EXPECT_EQ(undoCount(), 0);
}

TEST_F(CanvasBendTest, ABendMovesAndADoubleClickRemovesIt) {
    const LinkItem* link = selectLink("app-cache");
    ASSERT_NE(link, nullptr);
    drag(*link->segmentMiddles().at(0), {600, 220});
    drag({600, 220}, {640, 300});
    EXPECT_EQ(bendsOf("app-cache"), (std::vector<core::Point>{{640, 300}}));
    EXPECT_EQ(undoText(), "Move bend point");
    EXPECT_EQ(undoCount(), 2);

    mouse(QEvent::MouseButtonDblClick, {640, 300}, Qt::LeftButton, Qt::LeftButton);
    EXPECT_TRUE(bendsOf("app-cache").empty());
    EXPECT_EQ(undoText(), "Remove bend point");
    EXPECT_EQ(link->route().size(), 2);
    document.undoStack()->undo();
    EXPECT_EQ(bendsOf("app-cache"), (std::vector<core::Point>{{640, 300}}));
}

TEST_F(CanvasBendTest, EscapeDuringABendDragChangesNothing) {
    const LinkItem* link = selectLink("app-cache");
    ASSERT_NE(link, nullptr);
    const QPointF middle = *link->segmentMiddles().at(0);
    moveTo(middle, Qt::NoModifier, Qt::NoButton);
    press(middle);
    moveTo(middle + QPointF(30, 80));
    EXPECT_EQ(link->route().size(), 3); // the preview bends
    QTest::keyClick(viewport(), Qt::Key_Escape);
    release(middle + QPointF(30, 80));
    EXPECT_TRUE(bendsOf("app-cache").empty());
    EXPECT_EQ(link->route().size(), 2);
    EXPECT_EQ(undoCount(), 0);
}

TEST_F(CanvasBendTest, BendsMoveWithBothEndsAndStayWithOne) {
    const LinkItem* link = selectLink("app-cache");
    ASSERT_NE(link, nullptr);
    drag(*link->segmentMiddles().at(0), {600, 220});
    // The service alone moves: the bend stays.
    scene.selectIds({"app"});
    drag(centerOf("app"), centerOf("app") + QPointF(0, 40));
    EXPECT_EQ(bendsOf("app-cache"), (std::vector<core::Point>{{600, 220}}));
    // Both ends move: the bend moves with them, in one undo step.
    scene.selectIds({"app", "cache"});
    const int before = undoCount();
    drag(centerOf("app"), centerOf("app") + QPointF(40, 20));
    EXPECT_EQ(bendsOf("app-cache"), (std::vector<core::Point>{{640, 240}}));
    EXPECT_EQ(undoCount(), before + 1);
    EXPECT_EQ(link->route()[1], QPointF(640, 240));
}

} // namespace
} // namespace studio::widgets::test
