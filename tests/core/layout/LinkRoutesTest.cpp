// Orthogonal routes around boxes: only where the straight line is blocked, level with both
// ends' middles, through no box, with few corners; nothing when there is no way round.
#include "layout/LinkRoutes.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace studio::core;
using layout::routeAroundBoxes;

namespace {

Point middle(const Rect& r) {
    return {r.x + r.width / 2, r.y + r.height / 2};
}

bool inside(Point p, const Rect& r) {
    return p.x > r.x && p.x < r.x + r.width && p.y > r.y && p.y < r.y + r.height;
}

// The route from middle to middle through the corners: every segment level or plumb, and no
// point of it inside `obstacle` (sampled every unit).
void expectClearOrthogonalRoute(const std::vector<Point>& corners, const Rect& from, const Rect& to,
                                const Rect& obstacle) {
    std::vector<Point> route{middle(from)};
    route.insert(route.end(), corners.begin(), corners.end());
    route.push_back(middle(to));
    for (std::size_t i = 0; i + 1 < route.size(); ++i) {
        const Point a = route[i], b = route[i + 1];
        EXPECT_TRUE(a.x == b.x || a.y == b.y) << "segment " << i << " is slanted";
        const double length = std::hypot(b.x - a.x, b.y - a.y);
        for (double t = 0; t <= length; t += 1) {
            const Point p{a.x + (b.x - a.x) * t / length, a.y + (b.y - a.y) * t / length};
            EXPECT_FALSE(inside(p, obstacle)) << "segment " << i << " at " << p.x << "," << p.y;
        }
    }
}

TEST(LinkRoutes, AClearStraightLineStaysStraight) {
    const std::vector<Rect> boxes{{0, 0, 100, 60}, {300, 0, 100, 60}, {150, 200, 100, 60}};
    const auto routes = routeAroundBoxes(boxes, {{0, 1}, {0, 2}});
    EXPECT_TRUE(routes[0].empty());
    EXPECT_TRUE(routes[1].empty());
}

TEST(LinkRoutes, ABoxInTheWayIsGoneAroundLevelWithBothEnds) {
    const std::vector<Rect> boxes{{0, 0, 100, 60}, {400, 0, 100, 60}, {200, -20, 100, 100}};
    const auto routes = routeAroundBoxes(boxes, {{0, 1}});
    ASSERT_FALSE(routes[0].empty());
    expectClearOrthogonalRoute(routes[0], boxes[0], boxes[1], boxes[2]);
    EXPECT_LE(routes[0].size(), 4u) << "out, along, back: four corners at most";
    // Clear of the obstacle by the clearance.
    for (const Point& corner : routes[0])
        EXPECT_FALSE(inside(corner, {190, -30, 120, 120}));
}

TEST(LinkRoutes, EndsOnDifferentRowsTurnWhereTheWayIsClear) {
    // From the top left to the bottom right with a box on the diagonal.
    const std::vector<Rect> boxes{{0, 0, 100, 60}, {400, 300, 100, 60}, {180, 120, 140, 120}};
    const auto routes = routeAroundBoxes(boxes, {{0, 1}});
    ASSERT_FALSE(routes[0].empty());
    expectClearOrthogonalRoute(routes[0], boxes[0], boxes[1], boxes[2]);
    EXPECT_LE(routes[0].size(), 2u) << "an L or a Z";
}

TEST(LinkRoutes, NoWayRoundWithinReachLeavesTheLineStraight) {
    // The end is walled in on every side.
    std::vector<Rect> boxes{{0, 0, 100, 60}, {1000, 0, 100, 60}};
    boxes.push_back({900, -100, 20, 260});  // left wall
    boxes.push_back({1180, -100, 20, 260}); // right wall
    boxes.push_back({900, -120, 300, 20});  // top
    boxes.push_back({900, 160, 300, 20});   // bottom
    layout::RouteOptions options;
    options.reach = 100;
    const auto routes = routeAroundBoxes(boxes, {{0, 1}}, options);
    EXPECT_TRUE(routes[0].empty());
}

TEST(LinkRoutes, BoxesAsBigAsTheFormatAllowsAreNoHang) {
    // A 1e7-unit box covers 1.5e9 index buckets: it is looked at directly instead.
    const std::vector<Rect> boxes{{0, 0, 100, 60},
                                  {400, 0, 100, 60},
                                  {200, -20, 100, 100},
                                  {-5e6, 1e4, 1e7, 1e7},
                                  {-1e7, -1e7, 100, 60}};
    const auto routes = routeAroundBoxes(boxes, {{0, 1}, {0, 3}, {4, 1}});
    ASSERT_FALSE(routes[0].empty());
    expectClearOrthogonalRoute(routes[0], boxes[0], boxes[1], boxes[2]);
    for (const Point& corner : routes[0])
        EXPECT_LT(corner.y, 1e4) << "clear of the huge box below";
    EXPECT_TRUE(routes[1].empty()) << "nothing in the way of the huge box";
}

TEST(LinkRoutes, ALinkToItselfOrToNothingIsLeftAlone) {
    const std::vector<Rect> boxes{{0, 0, 100, 60}};
    const auto routes = routeAroundBoxes(boxes, {{0, 0}, {0, 7}});
    EXPECT_TRUE(routes[0].empty());
    EXPECT_TRUE(routes[1].empty());
}

} // namespace
