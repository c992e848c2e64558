// Drawing links by mouse from a component's handle, and moving a link's end.
#include "CanvasFixture.h"

#include "widgets/canvas/items/LinkItem.h"
#include "widgets/canvas/items/ZoneItem.h"

#include <QSignalSpy>

namespace studio::widgets::test {
namespace {

class CanvasConnectTest : public CanvasFixture {
protected:
    // Just inside the middle of the box's bottom side: on its connection handle.
    QPointF bottomHandle(const std::string& id) const {
        const QRectF box = rectOf(id);
        return {box.center().x(), box.bottom() - 2};
    }
    QPointF rightHandle(const std::string& id) const {
        const QRectF box = rectOf(id);
        return {box.right() - 2, box.center().y()};
    }
};

TEST_F(CanvasConnectTest, DraggingFromAHandleOntoAnotherBoxCreatesOneLink) {
    const std::size_t before = document.design().links.size();
    drag(bottomHandle("cache"), centerOf("db"));

    const auto& links = document.design().links;
    ASSERT_EQ(links.size(), before + 1);
    EXPECT_EQ(links.back().from, "cache");
    EXPECT_EQ(links.back().to, "db");
    EXPECT_EQ(undoCount(), 1);
    // The new link is drawn, selected, and the components stayed where they were.
    const LinkItem* item = scene.linkItem(links.back().id);
    ASSERT_NE(item, nullptr);
    EXPECT_TRUE(item->isRouted());
    EXPECT_EQ(scene.selectedIds(), std::vector<std::string>{links.back().id});
    EXPECT_EQ(rectOf("cache"), QRectF(700, 60, 160, 64));

    document.undoStack()->undo();
    EXPECT_EQ(document.design().links.size(), before);
}

TEST_F(CanvasConnectTest, ReleasingOnTheBareCanvasCreatesNothing) {
    const core::Design before = document.design();
    drag(rightHandle("cache"), {1120, 620});
    EXPECT_EQ(document.design(), before);
    EXPECT_EQ(undoCount(), 0);
    // The rubber link is gone.
    for (QGraphicsItem* item : scene.items())
        EXPECT_TRUE(item->type() == ComponentItem::Type || item->type() == LinkItem::Type ||
                    item->type() == ZoneItem::Type)
            << item->type();
}

TEST_F(CanvasConnectTest, ReleasingOnATextNoteCreatesNothingAndSaysWhy) {
    QSignalSpy messages(&scene, &DesignScene::statusMessage);
    const core::Design before = document.design();
    drag(bottomHandle("queue"), centerOf("note"));
    EXPECT_EQ(document.design(), before);
    EXPECT_EQ(undoCount(), 0);
    ASSERT_EQ(messages.count(), 1);
    EXPECT_EQ(messages.front().front().toString(), "text notes take no part in the traffic");
}

TEST_F(CanvasConnectTest, ReleasingOnItsOwnBoxCreatesNothing) {
    const core::Design before = document.design();
    drag(bottomHandle("cache"), centerOf("cache"));
    EXPECT_EQ(document.design(), before);
}

TEST_F(CanvasConnectTest, DraggingASelectedLinksEndReconnectsIt) {
    // lb-app runs from the load balancer's right edge to the service's left edge.
    const LinkItem* link = scene.linkItem("lb-app");
    ASSERT_NE(link, nullptr);
    click(QLineF(link->start(), link->end()).pointAt(0.3));
    ASSERT_EQ(scene.selectedIds(), std::vector<std::string>{"lb-app"});
    drag(link->end(), centerOf("queue"));

    EXPECT_EQ(document.design().findLink("lb-app")->from, "lb");
    EXPECT_EQ(document.design().findLink("lb-app")->to, "queue");
    EXPECT_EQ(undoCount(), 1);
    document.undoStack()->undo();
    EXPECT_EQ(document.design().findLink("lb-app")->to, "app");
}

TEST_F(CanvasConnectTest, ReconnectingOntoAClientIsRefused) {
    QSignalSpy messages(&scene, &DesignScene::statusMessage);
    const LinkItem* link = scene.linkItem("lb-app");
    click(QLineF(link->start(), link->end()).pointAt(0.3));
    drag(link->end(), centerOf("users"));
    EXPECT_EQ(document.design().findLink("lb-app")->to, "app");
    EXPECT_EQ(undoCount(), 0);
    EXPECT_EQ(messages.count(), 1);
}

} // namespace
} // namespace studio::widgets::test
