#include "widgets/canvas/items/LinkGeometry.h"

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

TEST(LinkGeometryTest, RoundedCornerExitLiesOnTheArc) {
    const QRectF box(0, 0, 100, 100);
    const double radius = 20;
    const QPointF exit = roundedRectExitPoint(box, radius, box.center(), {300, 300});
    // On the bottom-right corner's circle, inside the square corner.
    EXPECT_NEAR(QLineF(exit, QPointF(80, 80)).length(), radius, 1e-9);
    EXPECT_LT(exit.x(), 100);
    EXPECT_NEAR(exit.x(), exit.y(), 1e-9);
    // Away from the corners the edge is straight.
    EXPECT_EQ(roundedRectExitPoint(box, radius, box.center(), {300, 50}), QPointF(100, 50));
}

TEST(LinkGeometryTest, LinkToAPointStartsOnTheEdge) {
    const QRectF box(0, 0, 100, 50);
    EXPECT_EQ(linkLineToPoint(box, 0, {300, 25}), QLineF(100, 25, 300, 25));
    EXPECT_TRUE(linkLineToPoint(box, 0, {50, 25}).isNull());
}

} // namespace
} // namespace studio::widgets
