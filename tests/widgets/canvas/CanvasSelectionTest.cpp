// Selecting on the canvas: clicks, Ctrl/Shift-clicks, rubber bands, the API and the signal.
#include "CanvasFixture.h"

#include "widgets/canvas/items/LinkItem.h"

#include <QContextMenuEvent>
#include <QSignalSpy>

namespace studio::widgets::test {
namespace {

using CanvasSelectionTest = CanvasFixture;
using Ids = std::vector<std::string>;

TEST_F(CanvasSelectionTest, RubberBandSelectsWhatIsInside) {
    // From the bare canvas left of the region to below the queue and the counter.
    drag({-50, 300}, {600, 600});
    EXPECT_EQ(scene.selectedIds(), (Ids{"queue", "counter", "note", "queue-counter"}));
}

TEST_F(CanvasSelectionTest, RubberBandInsideAZoneStartsOnItsInside) {
    // The zone's inside is canvas: the band selects the boxes, not the zone.
    drag({680, 55}, {880, 340});
    EXPECT_EQ(scene.selectedIds(), (Ids{"cache", "db"}));
}

TEST_F(CanvasSelectionTest, ShiftRubberBandAddsToTheSelection) {
    click(centerOf("users"));
    drag({680, 55}, {880, 340}, Qt::ShiftModifier);
    EXPECT_EQ(scene.selectedIds(), (Ids{"users", "cache", "db"}));
}

TEST_F(CanvasSelectionTest, CtrlClickToggles) {
    click(centerOf("lb"));
    click(centerOf("app"), Qt::ControlModifier);
    EXPECT_EQ(scene.selectedIds(), (Ids{"lb", "app"}));
    click(centerOf("lb"), Qt::ControlModifier);
    EXPECT_EQ(scene.selectedIds(), (Ids{"app"}));
    click(centerOf("cache"), Qt::ShiftModifier);
    EXPECT_EQ(scene.selectedIds(), (Ids{"app", "cache"}));
    click(centerOf("db"));
    EXPECT_EQ(scene.selectedIds(), (Ids{"db"}));
}

TEST_F(CanvasSelectionTest, ClickOnASelectedItemKeepsTheSelectionForADrag) {
    scene.selectIds({"app", "cache"});
    moveTo(centerOf("app"), {}, Qt::NoButton);
    press(centerOf("app"));
    EXPECT_EQ(scene.selectedIds(), (Ids{"app", "cache"}));
    release(centerOf("app")); // no drag: the click selects it alone
    EXPECT_EQ(scene.selectedIds(), (Ids{"app"}));
}

TEST_F(CanvasSelectionTest, ClickOnTheBareCanvasClears) {
    scene.selectIds({"app"});
    click({-50, 600});
    EXPECT_TRUE(scene.selectedIds().empty());
}

TEST_F(CanvasSelectionTest, ZonesArePickedByTheirTitleAndLinksByTheirLine) {
    click(rectOf("region").topLeft() + QPointF(40, 10));
    EXPECT_EQ(scene.selectedIds(), (Ids{"region"}));
    const LinkItem* link = scene.linkItem("app-queue");
    click(QLineF(link->start(), link->end()).pointAt(0.5) + QPointF(2, 0));
    EXPECT_EQ(scene.selectedIds(), (Ids{"app-queue"}));
}

TEST_F(CanvasSelectionTest, SelectIdsSelectAllAndOneSignalEach) {
    QSignalSpy changed(&scene, &QGraphicsScene::selectionChanged);
    scene.selectIds({"db", "lb-app", "region", "app", "nothing"});
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(scene.selectedIds(), (Ids{"app", "db", "region", "lb-app"}));
    scene.selectAll();
    EXPECT_EQ(changed.count(), 2);
    const core::Design& design = document.design();
    EXPECT_EQ(scene.selectedIds().size(),
              design.components.size() + design.zones.size() + design.links.size());
    EXPECT_EQ(scene.selectedMovableIds().size(), design.components.size() + design.zones.size());
}

TEST_F(CanvasSelectionTest, EscapeClearsTheSelection) {
    scene.selectIds({"app", "db"});
    QTest::keyClick(&view, Qt::Key_Escape);
    EXPECT_TRUE(scene.selectedIds().empty());
}

TEST_F(CanvasSelectionTest, RightClickSelectsWhatIsUnderItAndAsksForAMenu) {
    QSignalSpy requested(&view, &DesignView::contextMenuRequested);
    scene.selectIds({"app", "db"});
    auto rightClick = [this](const QPointF& scenePos) {
        press(scenePos, {}, Qt::RightButton);
        release(scenePos, {}, Qt::RightButton);
        const QPoint pos = at(scenePos);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport()->mapToGlobal(pos));
        QApplication::sendEvent(viewport(), &event);
    };
    rightClick(centerOf("db")); // already selected: the selection stays
    EXPECT_EQ(scene.selectedIds(), (Ids{"app", "db"}));
    rightClick(centerOf("cache"));
    EXPECT_EQ(scene.selectedIds(), (Ids{"cache"}));
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.back().front().toPoint(), viewport()->mapToGlobal(at(centerOf("cache"))));
    rightClick({-50, 600});
    EXPECT_TRUE(scene.selectedIds().empty());
}

} // namespace
} // namespace studio::widgets::test
