// Resizing by the corner handles and renaming in place.
#include "CanvasFixture.h"

#include "widgets/canvas/items/ZoneItem.h"

namespace studio::widgets::test {
namespace {

using CanvasEditTest = CanvasFixture;

TEST_F(CanvasEditTest, ResizingAZoneByItsCornerIsOneUndoStep) {
    const QRectF zone = rectOf("az-a");
    click(zone.topLeft() + QPointF(30, 10)); // its title selects it and shows its handles
    ASSERT_TRUE(scene.zoneItem("az-a")->handlesVisible());
    drag(zone.bottomRight(), zone.bottomRight() + QPointF(77, 62));

    EXPECT_EQ(rectOf("az-a"), QRectF(zone.topLeft(), zone.size() + QSizeF(80, 60))); // snapped
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(rectOf("app"), QRectF(420, 160, 160, 64)); // members stay
    document.undoStack()->undo();
    EXPECT_EQ(rectOf("az-a"), zone);
    EXPECT_EQ(scene.zoneItem("az-a")->sceneBox(), zone);
}

TEST_F(CanvasEditTest, ResizingFromTheTopLeftKeepsTheOppositeCorner) {
    click(centerOf("db"));
    const QRectF box = rectOf("db");
    drag(box.topLeft(), box.topLeft() + QPointF(-40, -20));
    EXPECT_EQ(rectOf("db"), QRectF(660, 240, 200, 84));
}

TEST_F(CanvasEditTest, AComponentCannotBeResizedToNothing) {
    click(centerOf("db"));
    const QRectF box = rectOf("db");
    drag(box.bottomRight(), box.topLeft());
    EXPECT_GE(rectOf("db").width(), 40);
    EXPECT_GE(rectOf("db").height(), 24);
    EXPECT_EQ(rectOf("db").topLeft(), box.topLeft());
}

TEST_F(CanvasEditTest, DoubleClickRenamesInPlace) {
    QTest::mouseDClick(viewport(), Qt::LeftButton, Qt::NoModifier, at(centerOf("app")));
    ASSERT_TRUE(scene.isRenaming());
    QTest::keyClicks(&view, "Edge API");
    EXPECT_EQ(document.design().findComponent("app")->name, "URL service"); // not yet
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_FALSE(scene.isRenaming());
    EXPECT_EQ(document.design().findComponent("app")->name, "Edge API");
    EXPECT_EQ(undoCount(), 1);
    EXPECT_EQ(scene.componentItem("app")->content().name, "Edge API");
    document.undoStack()->undo();
    EXPECT_EQ(document.design().findComponent("app")->name, "URL service");
}

TEST_F(CanvasEditTest, EscapeCancelsTheRename) {
    scene.startRename("app");
    QTest::keyClicks(&view, "Something else");
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_FALSE(scene.isRenaming());
    EXPECT_EQ(document.design().findComponent("app")->name, "URL service");
    EXPECT_EQ(undoCount(), 0);
}

TEST_F(CanvasEditTest, ClickingElsewhereAcceptsTheRename) {
    scene.startRename("region");
    QTest::keyClicks(&view, "eu-west-1");
    click({-50, 600});
    EXPECT_FALSE(scene.isRenaming());
    EXPECT_EQ(document.design().findZone("region")->name, "eu-west-1");
}

TEST_F(CanvasEditTest, KeysGoToTheEditorNotTheCanvas) {
    scene.selectIds({"app"});
    scene.startRename("app");
    QTest::keyClick(&view, Qt::Key_Right); // moves the text cursor, not the box
    QTest::keyClick(&view, Qt::Key_Return);
    EXPECT_EQ(rectOf("app"), QRectF(420, 160, 160, 64));
    EXPECT_EQ(undoCount(), 0); // the same name: nothing to undo
}

} // namespace
} // namespace studio::widgets::test
