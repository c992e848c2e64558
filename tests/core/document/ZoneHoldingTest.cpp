// Which zone a thing is in: one rule (edits::zoneHolding) for adding, moving and the
// canvas's drop.
#include "EditRoundTrip.h"
#include "catalog/Catalog.h"
#include "document/Edits.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

using namespace studio::core;

namespace {

using edits::Placing;
using edits::zoneHolding;

// A region with an availability zone inside it, and a small zone over the region's corner
// that is not nested in it.
Design zones() {
    Design design;
    design.zones = {Zone{.id = "region", .rect = {0, 0, 1000, 600}},
                    Zone{.id = "az", .rect = {400, 100, 400, 300}, .parent = "region"},
                    Zone{.id = "corner", .rect = {900, 500, 300, 300}}};
    return design;
}

// A worker's rectangle (160 x 64) centred at (cx, cy).
Rect worker(double cx, double cy) {
    return {cx - 80, cy - 32, 160, 64};
}

TEST(ZoneHolding, AComponentIsInTheSmallestZoneHoldingItsCentre) {
    const Design design = zones();
    EXPECT_EQ(zoneHolding(design, worker(500, 200), Placing::Component), "az");
    EXPECT_EQ(zoneHolding(design, worker(200, 200), Placing::Component), "region");
    EXPECT_EQ(zoneHolding(design, worker(950, 550), Placing::Component), "corner")
        << "the smaller of two overlapping zones, nested or not";
    EXPECT_EQ(zoneHolding(design, worker(-200, 0), Placing::Component), "");
    EXPECT_EQ(zoneHolding(design, worker(500, 200), Placing::Component, {"az"}), "region");
}

TEST(ZoneHolding, TheCentreDecidesAndEdgesCount) {
    const Design design = zones();
    // Mostly over az, but its centre is a unit left of az's edge.
    EXPECT_EQ(zoneHolding(design, worker(399, 200), Placing::Component), "region");
    EXPECT_EQ(zoneHolding(design, worker(400, 200), Placing::Component), "az");
    EXPECT_EQ(zoneHolding(design, worker(800, 400), Placing::Component), "az");
}

TEST(ZoneHolding, AZoneIsInTheSmallestZoneHoldingAllOfIt) {
    const Design design = zones();
    EXPECT_EQ(zoneHolding(design, {450, 150, 100, 100}, Placing::Zone), "az");
    EXPECT_EQ(zoneHolding(design, {350, 150, 100, 100}, Placing::Zone), "region");
    EXPECT_EQ(zoneHolding(design, {950, 550, 100, 100}, Placing::Zone), "corner");
}

// What the add decides, a move that comes back to the same rectangle decides again, at and
// around az's edges.
TEST(ZoneHolding, AddingAndMovingAgree) {
    const Catalog& catalog = Catalog::standard();
    for (const auto& [cx, cy] : std::vector<std::pair<double, double>>{{398, 200},
                                                                       {399, 200},
                                                                       {400, 200},
                                                                       {401, 200},
                                                                       {600, 99},
                                                                       {600, 100},
                                                                       {799, 400},
                                                                       {800, 400},
                                                                       {801, 401}}) {
        const Rect rect = worker(cx, cy);
        Component added = catalog.makeComponent(*catalog.find("worker"), "w", rect.x, rect.y);
        added.rect = rect;
        const Design design = test::appliedTo(zones(), edits::addComponent(zones(), added));
        const std::string zone = design.findComponent("w")->zone;
        EXPECT_EQ(zone, zoneHolding(design, rect, Placing::Component));
        const Design away = test::appliedTo(design, edits::moveItems(design, {"w"}, 0, 1));
        const Design back = test::appliedTo(away, edits::moveItems(away, {"w"}, 0, -1));
        EXPECT_EQ(back.findComponent("w")->zone, zone) << "centre " << cx << ", " << cy;
    }
}

} // namespace
