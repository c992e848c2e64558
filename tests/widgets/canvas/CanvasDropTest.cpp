// Dropping a palette kind on the view adds a component there: one undo step, selected.
#include "CanvasFixture.h"

#include "widgets/palette/PaletteTree.h"

#include <QDropEvent>
#include <QMimeData>

namespace studio::widgets::test {
namespace {

class CanvasDropTest : public CanvasFixture {
protected:
    // Sends enter, move and drop at `scenePos` as QDrag would; returns whether the drop was
    // accepted.
    bool dropKind(const QByteArray& kind, const QPointF& scenePos,
                  const QString& format = QString::fromLatin1(PaletteTree::mimeType)) {
        QMimeData data;
        data.setData(format, kind);
        const QPoint pos = at(scenePos);
        QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &move);
        QDropEvent drop(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport(), &drop);
        return drop.isAccepted();
    }
};

TEST_F(CanvasDropTest, CreatesTheKindCentredAtTheDropPointInOneUndoStep) {
    const std::size_t before = document.design().components.size();
    const int steps = undoCount();
    const QPointF dropAt(310, 605);
    ASSERT_TRUE(dropKind("cache", dropAt));

    const auto& components = document.design().components;
    ASSERT_EQ(components.size(), before + 1);
    const core::Component& added = components.back();
    EXPECT_EQ(added.kind, "cache");
    EXPECT_EQ(added.name, "Cache");
    EXPECT_TRUE(added.zone.empty());
    // Centred at the drop point, its corner snapped to the 20-unit grid.
    EXPECT_EQ(added.rect.x, 240); // 310 - 160 / 2 = 230 -> 240
    EXPECT_EQ(added.rect.y, 580); // 605 - 64 / 2 = 573 -> 580
    EXPECT_LE(std::abs(added.rect.x + added.rect.width / 2 - dropAt.x()), 10);
    EXPECT_LE(std::abs(added.rect.y + added.rect.height / 2 - dropAt.y()), 10);
    EXPECT_EQ(undoCount(), steps + 1);
    EXPECT_EQ(scene.selectedIds(), std::vector<std::string>{added.id});
    ASSERT_NE(scene.componentItem(added.id), nullptr);

    const std::string id = added.id;
    document.undoStack()->undo();
    EXPECT_EQ(document.design().components.size(), before);
    EXPECT_EQ(scene.componentItem(id), nullptr);
    document.undoStack()->redo();
    EXPECT_NE(scene.componentItem(id), nullptr);
}

TEST_F(CanvasDropTest, JoinsTheInnermostZoneItLandsIn) {
    ASSERT_TRUE(dropKind("worker", {900, 350}));
    EXPECT_EQ(document.design().components.back().zone, "az-a");
    ASSERT_TRUE(dropKind("worker", {260, 0}));
    EXPECT_EQ(document.design().components.back().zone, "region");
}

// The pointer is a unit inside az-a's top edge, but the worker centred there and snapped to
// the grid has its centre above that edge: it lands in the region (the rule every move
// uses), not in the zone under the pointer, so a later 1-unit move keeps its zone.
TEST_F(CanvasDropTest, ADropAtANestedZonesEdgeLandsInTheZoneItsNextMoveKeeps) {
    ASSERT_TRUE(dropKind("worker", {600, 21}));
    const core::Component added = document.design().components.back();
    ASSERT_LT(added.rect.y + added.rect.height / 2, 20) << "its centre is outside az-a";
    EXPECT_EQ(added.zone, "region");

    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right, Qt::ShiftModifier); // one unit
    const core::Component& moved = *document.design().findComponent(added.id);
    ASSERT_EQ(moved.rect.x, added.rect.x + 1);
    EXPECT_EQ(moved.zone, added.zone);
}

TEST_F(CanvasDropTest, WithoutSnappingTheCentreIsExact) {
    scene.setSnapToGrid(false);
    ASSERT_TRUE(dropKind("cache", {313, 605}));
    const core::Component& added = document.design().components.back();
    EXPECT_DOUBLE_EQ(added.rect.x, 233);
    EXPECT_DOUBLE_EQ(added.rect.y, 573);
}

TEST_F(CanvasDropTest, RefusesOtherDataAndUnknownKinds) {
    const std::size_t before = document.design().components.size();
    EXPECT_FALSE(dropKind("cache", {300, 600}, "text/plain"));
    EXPECT_FALSE(dropKind("no_such_kind", {300, 600}));
    EXPECT_EQ(document.design().components.size(), before);
    EXPECT_EQ(undoCount(), 0);
}

TEST_F(CanvasDropTest, AddComponentAtNamesItUniquely) {
    const std::string first = scene.addComponentAt("cache", {300, 600});
    const std::string second = scene.addComponentAt("cache", {600, 600});
    EXPECT_FALSE(first.empty());
    EXPECT_NE(first, second);
    EXPECT_EQ(scene.selectedIds(), std::vector<std::string>{second});
    EXPECT_EQ(undoCount(), 2);
}

} // namespace
} // namespace studio::widgets::test
