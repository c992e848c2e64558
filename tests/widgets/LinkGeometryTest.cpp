#include "LinkGeometry.h"

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

TEST(LinkGeometryTest, ExitPointLiesOnTheEdgeTheRayCrosses) {
    const QRectF box(0, 0, 100, 50);
    EXPECT_EQ(rectExitPoint(box, box.center(), {300, 25}), QPointF(100, 25));
    EXPECT_EQ(rectExitPoint(box, box.center(), {50, -100}), QPointF(50, 0));
    EXPECT_EQ(rectExitPoint(box, box.center(), {-50, 75}), QPointF(0, 50));
    EXPECT_EQ(rectExitPoint(box, box.center(), box.center()), box.center());
}

TEST(LinkGeometryTest, LinkLineJoinsFacingEdges) {
    const QLineF line = linkLine(QRectF(0, 0, 100, 50), QRectF(200, 0, 100, 50));
    EXPECT_EQ(line, QLineF(100, 25, 200, 25));
}

TEST(LinkGeometryTest, DiagonalLinkIsClippedAtCorners) {
    const QLineF line = linkLine(QRectF(0, 0, 100, 100), QRectF(200, 200, 100, 100));
    EXPECT_EQ(line, QLineF(100, 100, 200, 200));
}

TEST(LinkGeometryTest, OffsetShiftsTheLineSideways) {
    const QLineF line = linkLine(QRectF(0, 0, 100, 50), QRectF(200, 0, 100, 50), 10);
    EXPECT_EQ(line, QLineF(100, 35, 200, 35));
}

TEST(LinkGeometryTest, OverlappingBoxesGiveNoLine) {
    EXPECT_TRUE(linkLine(QRectF(0, 0, 100, 50), QRectF(10, 5, 100, 50)).isNull());
    EXPECT_TRUE(linkLine(QRectF(0, 0, 100, 50), QRectF(0, 0, 100, 50)).isNull());
}

} // namespace
} // namespace studio::widgets
