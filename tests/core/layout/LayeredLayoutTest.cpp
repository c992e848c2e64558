// Auto-layout of designs: the templates, a large generated design, zones, selections.
#include "layout/LayeredLayout.h"
#include "LayoutChecks.h"
#include "catalog/Catalog.h"
#include "document/DesignDocument.h"
#include "document/LayoutEdits.h"
#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace studio::core;

namespace {

Design laidOut(const Design& design, const std::vector<std::string>& ids = {}) {
    DesignDocument document(design);
    edits::autoLayout(design, ids).apply(document);
    return document.design();
}

Component make(const std::string& kind, const std::string& id, double x, double y,
               const std::string& zone = {}) {
    Component c = Catalog::standard().makeComponent(*Catalog::standard().find(kind), id, x, y);
    c.zone = zone;
    return c;
}

Link call(const std::string& from, const std::string& to) {
    Link link;
    link.id = from + "-" + to;
    link.from = from;
    link.to = to;
    return link;
}

// Two nested zones, a store called back by a worker (a cycle), a note, everything piled up
// at one spot.
Design nestedDesign() {
    Design design;
    design.name = "Nested";
    design.zones = {Zone{"region", ZoneKind::Region, "Region", {0, 0, 10, 10}, {}},
                    Zone{"az", ZoneKind::AvailabilityZone, "AZ", {0, 0, 5, 5}, "region"}};
    design.components = {make("client", "users", 0, 0),
                         make("load_balancer_l7", "lb", 0, 0, "region"),
                         make("service", "api", 0, 0, "az"),
                         make("cache", "cache", 0, 0, "az"),
                         make("sql_database", "db", 0, 0, "region"),
                         make("worker", "worker", 0, 0),
                         make("text_note", "note", 0, 0)};
    design.links = {call("users", "lb"), call("lb", "api"),    call("api", "cache"),
                    call("api", "db"),   call("db", "worker"), call("worker", "api")};
    return design;
}

void expectReadable(const Design& design, const std::string& what) {
    for (const auto& problem : test::overlaps(design))
        ADD_FAILURE() << what << ": " << problem;
    for (const auto& problem : test::outsideZones(design))
        ADD_FAILURE() << what << ": " << problem;
    for (const auto& problem : test::againstReading(design))
        ADD_FAILURE() << what << ": " << problem;
    for (const auto& problem : test::linksThroughBoxes(design))
        ADD_FAILURE() << what << ": " << problem;
}

} // namespace

TEST(LayeredLayout, EveryTemplateReadsLeftToRightWithoutOverlaps) {
    ASSERT_FALSE(builtinTemplates().empty());
    for (const Template& t : builtinTemplates()) {
        const Design after = laidOut(t.design);
        expectReadable(after, t.id);
        EXPECT_EQ(after.components.size(), t.design.components.size());
        for (std::size_t i = 0; i < after.components.size(); ++i)
            EXPECT_EQ(after.components[i].zone, t.design.components[i].zone)
                << t.id << ": no component changes zone";
    }
}

TEST(LayeredLayout, PiledUpNestedZonesComeApart) {
    const Design before = nestedDesign();
    ASSERT_FALSE(test::overlaps(before).empty()) << "the test starts from a pile";
    const Design after = laidOut(before);
    expectReadable(after, "nested");
    const Rect& region = after.findZone("region")->rect;
    const Rect& users = after.findComponent("users")->rect;
    EXPECT_LE(users.x + users.width, region.x) << "the client outside the region, left of it";
    // The note (no links) goes under the rest.
    const Rect& note = after.findComponent("note")->rect;
    for (const auto& c : after.components) {
        if (c.id != "note") {
            EXPECT_GE(note.y, c.rect.y + c.rect.height) << c.id;
        }
    }
}

TEST(LayeredLayout, TheGeneratedDesignHasNoOverlaps) {
    const Design after = laidOut(test::gridDesign(2000, 4000));
    expectReadable(after, "generated");
}

TEST(LayeredLayout, SameInputSameOutput) {
    for (const Design& design :
         {nestedDesign(), builtinTemplates().front().design, test::gridDesign(300, 600)}) {
        const Design once = laidOut(design);
        EXPECT_EQ(laidOut(design), once);
        EXPECT_EQ(laidOut(once), laidOut(once)) << "also from the laid-out design";
    }
}

TEST(LayeredLayout, TheLayoutStartsWhereTheDesignDid) {
    Design design = nestedDesign();
    const auto shift = [](Rect& r) {
        r.x += 500;
        r.y += 300;
    };
    for (auto& c : design.components)
        shift(c.rect);
    for (auto& z : design.zones)
        shift(z.rect);
    const Design after = laidOut(design);
    double left = 1e9, top = 1e9;
    const auto include = [&](const Rect& r) {
        left = std::min(left, r.x);
        top = std::min(top, r.y);
    };
    for (const auto& c : after.components)
        include(c.rect);
    for (const auto& z : after.zones)
        include(z.rect);
    EXPECT_DOUBLE_EQ(left, 500);
    EXPECT_DOUBLE_EQ(top, 300);
}

TEST(LayeredLayout, ASelectionMovesOnlyItselfAndKeepsClearOfTheRest) {
    // Twelve components on a tight grid; lay out four of them, piled up in the middle.
    Design design;
    design.name = "Grid";
    for (int i = 0; i < 12; ++i)
        design.components.push_back(
            make("service", "s" + std::to_string(i), (i % 4) * 200.0, (i / 4) * 100.0));
    design.links = {call("s5", "s6"), call("s6", "s9"), call("s9", "s10"), call("s0", "s5")};
    const std::vector<std::string> selected = {"s5", "s6", "s9", "s10"};
    for (const auto& id : selected)
        design.findComponent(id)->rect = {250, 120, 160, 64};
    const Design after = laidOut(design, selected);
    for (std::size_t i = 0; i < design.components.size(); ++i) {
        const auto& c = design.components[i];
        if (std::find(selected.begin(), selected.end(), c.id) == selected.end()) {
            EXPECT_EQ(after.components[i], c) << c.id << " stays as it was";
        }
    }
    EXPECT_NE(after.findComponent("s5")->rect, design.findComponent("s5")->rect);
    EXPECT_TRUE(test::overlaps(after).empty());
    EXPECT_LT(after.findComponent("s5")->rect.x, after.findComponent("s6")->rect.x);
    EXPECT_LT(after.findComponent("s9")->rect.x, after.findComponent("s10")->rect.x);
}

TEST(LayeredLayout, ASelectedZoneTakesItsMembersAlong) {
    const Design before = nestedDesign();
    const Design after = laidOut(before, {"az", "users"});
    EXPECT_NE(after.findComponent("api")->rect, before.findComponent("api")->rect);
    EXPECT_EQ(after.findComponent("db")->rect, before.findComponent("db")->rect);
    EXPECT_EQ(after.findZone("region")->rect, before.findZone("region")->rect);
    // The region is not selected and keeps its rectangle, so the zone laid out beside it
    // leaves it rather than sticking out of it.
    EXPECT_EQ(after.findZone("az")->parent, "") << "the zone leaves its unselected parent";
    const Rect& az = after.findZone("az")->rect;
    for (const char* id : {"api", "cache"}) {
        const Rect& r = after.findComponent(id)->rect;
        EXPECT_TRUE(r.x >= az.x && r.x + r.width <= az.x + az.width) << id;
    }
}

TEST(LayeredLayout, NothingToLayOutIsNoChange) {
    EXPECT_TRUE(edits::autoLayout(Design{}).empty());
    EXPECT_TRUE(edits::autoLayout(nestedDesign(), {"no-such-id"}).empty());
}

TEST(LayeredLayout, ZonesAreRefitAroundTheirMembers) {
    const layout::DesignLayout result = layout::LayeredLayout().run(nestedDesign());
    ASSERT_EQ(result.zones.size(), 2u);
    const Rect& region = result.zones[0].rect;
    EXPECT_LE(region.x + region.width, result.width);
    // The region is as small as its members (plus margins) allow: some member touches each
    // side's margin.
    const layout::LayoutOptions options;
    double left = 1e9, right = -1e9;
    const auto include = [&](const Rect& r) {
        left = std::min(left, r.x);
        right = std::max(right, r.x + r.width);
    };
    for (const auto& p : result.components)
        if (p.id == "lb" || p.id == "db")
            include(p.rect);
    for (const auto& p : result.zones)
        if (p.id == "az")
            include(p.rect);
    EXPECT_DOUBLE_EQ(left - region.x, options.zoneMargin);
    EXPECT_DOUBLE_EQ(region.x + region.width - right, options.zoneMargin);
}

TEST(LayeredLayout, LaidOutLinksAreRoutedAgainAroundTheBoxes) {
    Design design = nestedDesign();
    for (auto& link : design.links)
        link.bends = {{300, 300}};
    // Only the worker is laid out: the links touching it are routed again, the others keep
    // their bends.
    const Design selection = laidOut(design, {"worker"});
    EXPECT_NE(selection.findLink("db-worker")->bends, design.findLink("db-worker")->bends);
    EXPECT_NE(selection.findLink("worker-api")->bends, design.findLink("worker-api")->bends);
    EXPECT_EQ(selection.findLink("api-db")->bends, design.findLink("api-db")->bends);
    const Design whole = laidOut(design);
    for (const auto& link : whole.links)
        EXPECT_NE(link.bends, design.findLink(link.id)->bends) << link.id;
    for (const auto& problem : test::linksThroughBoxes(whole))
        ADD_FAILURE() << problem;
}
TEST(LayeredLayout, LongTemplatesWrapIntoBands) {
    // Laid out flat, e-commerce was 3,132 units wide and video streaming 2,656.
    const double wrap = layout::LayerSpacing().wrapWidth;
    for (const Template& t : builtinTemplates()) {
        const auto result = layout::LayeredLayout().run(t.design);
        EXPECT_LE(result.width, wrap + 160) << t.id << ": a band and its zones' margins";
    }
}
