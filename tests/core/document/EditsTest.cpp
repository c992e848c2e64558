#include "document/Edits.h"
#include "EditRoundTrip.h"
#include "catalog/Catalog.h"
#include "document/DesignDocument.h"

#include <gtest/gtest.h>

using namespace studio::core;

namespace {

Component make(const std::string& kind, const std::string& id, double x, double y,
               const std::string& zone = {}) {
    Component c = Catalog::standard().makeComponent(*Catalog::standard().find(kind), id, x, y);
    c.zone = zone;
    return c;
}

Design sample() {
    Design design;
    design.zones = {Zone{.id = "vpc", .kind = ZoneKind::Vpc, .rect = {0, 0, 1000, 500}},
                    Zone{.id = "az", .rect = {400, 0, 500, 400}, .parent = "vpc"}};
    design.components = {make("client", "users", -300, 0), make("load_balancer_l7", "lb", 0, 100),
                         make("service", "app", 450, 100, "az"),
                         make("sql_database", "db", 700, 100, "az"),
                         make("text_note", "note", 0, 600)};
    design.links = {Link{.id = "users-lb", .from = "users", .to = "lb", .mode = LinkMode::Choose},
                    Link{.id = "lb-app", .from = "lb", .to = "app", .mode = LinkMode::Choose},
                    Link{.id = "app-db", .from = "app", .to = "db"}};
    return design;
}

// The design after the edit, applied to sample() as redo -> undo -> redo.
Design applied(const ChangeSet& changes) {
    return test::appliedTo(sample(), changes);
}

} // namespace

TEST(Edits, AddComponent) {
    const Design after = applied(edits::addComponent(sample(), make("cache", "cache", 600, 300)));
    EXPECT_EQ(after.components.size(), 6u);
    EXPECT_EQ(after.components.back().id, "cache");
}

TEST(Edits, DeleteTakesTheLinksTouchingAComponent) {
    const Design after = applied(edits::deleteItems(sample(), {"app"}));
    EXPECT_EQ(after.findComponent("app"), nullptr);
    ASSERT_EQ(after.links.size(), 1u);
    EXPECT_EQ(after.links[0].id, "users-lb");
}

TEST(Edits, DeletingAZoneMovesItsMembersToItsParent) {
    const Design after = applied(edits::deleteItems(sample(), {"az", "lb-app"}));
    EXPECT_EQ(after.findZone("az"), nullptr);
    EXPECT_EQ(after.findComponent("app")->zone, "vpc");
    EXPECT_EQ(after.findComponent("db")->zone, "vpc");
    EXPECT_EQ(after.findLink("lb-app"), nullptr);
    EXPECT_EQ(after.components.size(), 5u);
}

TEST(Edits, MovingAZoneMovesWhatIsInIt) {
    const Design after = applied(edits::moveItems(sample(), {"vpc"}, 10, -20));
    EXPECT_EQ(after.findZone("vpc")->rect.x, 10);
    EXPECT_EQ(after.findZone("az")->rect.y, -20);
    EXPECT_EQ(after.findComponent("db")->rect.x, 710);
    EXPECT_EQ(after.findComponent("users")->rect.x, -300) << "not in the zone";
    EXPECT_TRUE(edits::moveItems(sample(), {"vpc"}, 0, 0).empty());
}

TEST(Edits, ResizeKeepsAtLeastOneUnit) {
    const Design after = applied(edits::setRect(sample(), "az", Rect{400, 0, -5, 300}));
    EXPECT_EQ(after.findZone("az")->rect.width, 1);
    EXPECT_EQ(after.findZone("az")->rect.height, 300);
}

TEST(Edits, RenameComponentsAndZones) {
    EXPECT_EQ(applied(edits::rename(sample(), "db", "Orders DB")).findComponent("db")->name,
              "Orders DB");
    EXPECT_EQ(applied(edits::rename(sample(), "az", "us-east-1a")).findZone("az")->name,
              "us-east-1a");
    EXPECT_TRUE(edits::rename(sample(), "nothing", "x").empty());
}

TEST(Edits, ConnectPicksTheModePeopleMean) {
    Design after = applied(edits::connect(sample(), "app", "db"));
    EXPECT_EQ(after.links.back().id, "app-db-2");
    EXPECT_EQ(after.links.back().mode, LinkMode::Call);

    Design withQueue = sample();
    withQueue.components.push_back(make("message_queue", "queue", 0, 0));
    DesignDocument doc(withQueue);
    edits::connect(withQueue, "app", "queue").apply(doc);
    EXPECT_EQ(doc.design().links.back().mode, LinkMode::Handoff);
    edits::connect(doc.design(), "lb", "db").apply(doc);
    EXPECT_EQ(doc.design().links.back().mode, LinkMode::Choose);
}

TEST(Edits, RefusesLinksThatMeanNothing) {
    EXPECT_TRUE(edits::cannotConnect(sample(), "app", "app"));
    EXPECT_TRUE(edits::cannotConnect(sample(), "app", "note"));
    EXPECT_TRUE(edits::cannotConnect(sample(), "lb", "users"));
    EXPECT_TRUE(edits::cannotConnect(sample(), "app", "ghost"));
    EXPECT_FALSE(edits::cannotConnect(sample(), "users", "app"));
    EXPECT_TRUE(edits::connect(sample(), "app", "note").empty());
}

TEST(Edits, ReconnectMovesOneEnd) {
    const Design after = applied(edits::reconnect(sample(), "app-db", edits::LinkEnd::To, "lb"));
    EXPECT_EQ(after.findLink("app-db")->to, "lb");
    EXPECT_EQ(after.findLink("app-db")->from, "app");
    EXPECT_TRUE(edits::reconnect(sample(), "app-db", edits::LinkEnd::To, "note").empty());
}

TEST(Edits, PasteAddsFreshCopies) {
    Design fragment;
    fragment.components = {make("service", "app", 0, 0), make("cache", "cache", 200, 0)};
    fragment.links = {Link{.id = "app-cache", .from = "app", .to = "cache"}};
    const Design after = applied(edits::paste(sample(), fragment, 40, 40));
    EXPECT_EQ(after.components.size(), 7u);
    const Link& pasted = after.links.back();
    EXPECT_EQ(pasted.from, "app-2");
    EXPECT_EQ(pasted.to, "cache");
    EXPECT_EQ(after.findComponent("app-2")->rect.x, 40);
}

TEST(Edits, SetBendsBendsAndStraightensALink) {
    const std::vector<Point> bends{{500, 300}, {650, 300}};
    const Design bent = applied(edits::setBends(sample(), "app-db", bends));
    EXPECT_EQ(bent.findLink("app-db")->bends, bends);
    EXPECT_TRUE(edits::setBends(sample(), "app-db", {}).empty()); // already straight
    EXPECT_TRUE(edits::setBends(sample(), "nothing", bends).empty());
    const ChangeSet straighten = edits::setBends(bent, "app-db", {});
    DesignDocument doc(bent);
    straighten.apply(doc);
    EXPECT_TRUE(doc.design().findLink("app-db")->bends.empty());
}

TEST(Edits, StraightenClearsTheBendsOfTheNamedLinks) {
    Design design = sample();
    design.links[1].bends = {{200, 300}};
    design.links[2].bends = {{500, 300}, {600, 300}};
    DesignDocument doc(design);
    const ChangeSet changes = edits::straighten(design, {"lb-app", "app-db", "users-lb", "app"});
    changes.apply(doc);
    for (const auto& link : doc.design().links)
        EXPECT_TRUE(link.bends.empty()) << link.id;
    changes.revert(doc);
    EXPECT_EQ(doc.design(), design);
    EXPECT_TRUE(edits::straighten(sample(), {"lb-app"}).empty());
}

TEST(Edits, BendsMoveOnlyWhenBothEndsMove) {
    Design design = sample();
    design.links[2].bends = {{500, 300}}; // app-db
    design.links[1].bends = {{200, 300}}; // lb-app
    DesignDocument doc(design);
    edits::moveItems(design, {"az"}, 10, 20).apply(doc); // app and db move, lb stays
    EXPECT_EQ(doc.design().findLink("app-db")->bends, (std::vector<Point>{{510, 320}}));
    EXPECT_EQ(doc.design().findLink("lb-app")->bends, (std::vector<Point>{{200, 300}}));
}

TEST(Edits, PastedLinksKeepTheirShape) {
    Design fragment;
    fragment.components = {make("service", "app", 0, 0), make("cache", "cache", 200, 0)};
    fragment.links = {Link{.id = "app-cache", .from = "app", .to = "cache", .bends = {{100, 80}}}};
    const Design after = applied(edits::paste(sample(), fragment, 40, 40));
    EXPECT_EQ(after.links.back().bends, (std::vector<Point>{{140, 120}}));
}

TEST(Edits, GroupWrapsTheSelectionInANewZone) {
    const Design after = applied(edits::group(sample(), {"app", "db"}, ZoneKind::Region, "Hot"));
    const Zone& zone = after.zones.back();
    EXPECT_EQ(zone.id, "hot");
    EXPECT_EQ(zone.kind, ZoneKind::Region);
    EXPECT_EQ(zone.parent, "az") << "the members shared zone az";
    EXPECT_EQ(after.findComponent("app")->zone, "hot");
    for (const auto* id : {"app", "db"}) {
        const Rect& r = after.findComponent(id)->rect;
        EXPECT_LT(zone.rect.x, r.x);
        EXPECT_LT(zone.rect.y, r.y);
        EXPECT_GT(zone.rect.x + zone.rect.width, r.x + r.width);
        EXPECT_GT(zone.rect.y + zone.rect.height, r.y + r.height);
    }
}

TEST(Edits, UngroupReleasesTheMembers) {
    const Design after = applied(edits::ungroup(sample(), "vpc"));
    EXPECT_EQ(after.findZone("vpc"), nullptr);
    EXPECT_EQ(after.findZone("az")->parent, "");
    EXPECT_EQ(after.findComponent("app")->zone, "az") << "only direct members change";
}

TEST(Edits, AlignLinesUpEdgesAndCentres) {
    Design after = applied(edits::align(sample(), {"lb", "app", "db"}, edits::Alignment::Top));
    EXPECT_EQ(after.findComponent("lb")->rect.y, 100);
    after = applied(edits::align(sample(), {"users", "db"}, edits::Alignment::Right));
    EXPECT_EQ(after.findComponent("users")->rect.x + after.findComponent("users")->rect.width,
              700 + after.findComponent("db")->rect.width);
    after = applied(edits::align(sample(), {"lb", "note"}, edits::Alignment::HorizontalCenter));
    const Rect& lb = after.findComponent("lb")->rect;
    const Rect& note = after.findComponent("note")->rect;
    EXPECT_DOUBLE_EQ(lb.x + lb.width / 2, note.x + note.width / 2);
    EXPECT_TRUE(edits::align(sample(), {"lb"}, edits::Alignment::Left).empty());
}

TEST(Edits, DistributeLeavesEqualGaps) {
    Design design = sample();
    const Design after =
        applied(edits::distribute(design, {"db", "lb", "app"}, edits::Axis::Horizontal));
    const Rect& lb = after.findComponent("lb")->rect;
    const Rect& app = after.findComponent("app")->rect;
    const Rect& db = after.findComponent("db")->rect;
    EXPECT_EQ(lb.x, 0) << "outermost stay";
    EXPECT_EQ(db.x, 700);
    EXPECT_DOUBLE_EQ(app.x - (lb.x + lb.width), db.x - (app.x + app.width));
}

TEST(Edits, WithMembersTakesNestedZonesAndTheirComponents) {
    EXPECT_EQ(edits::withMembers(sample(), {"vpc"}),
              (std::set<std::string>{"vpc", "az", "app", "db"}));
    EXPECT_EQ(edits::withMembers(sample(), {"az", "users"}),
              (std::set<std::string>{"az", "app", "db", "users"}));
    EXPECT_EQ(edits::withMembers(sample(), {"lb"}), (std::set<std::string>{"lb"}));
}

TEST(Edits, AComponentDroppedInAZoneJoinsTheInnermostOne) {
    EXPECT_EQ(applied(edits::addComponent(sample(), make("cache", "c1", 600, 300)))
                  .findComponent("c1")
                  ->zone,
              "az");
    EXPECT_EQ(applied(edits::addComponent(sample(), make("cache", "c2", 100, 300)))
                  .findComponent("c2")
                  ->zone,
              "vpc");
    EXPECT_EQ(applied(edits::addComponent(sample(), make("cache", "c3", -600, 300)))
                  .findComponent("c3")
                  ->zone,
              "");
}

TEST(Edits, MovingAComponentIntoOrOutOfAZoneChangesItsZone) {
    Design after = applied(edits::moveItems(sample(), {"users"}, 800, 100));
    EXPECT_EQ(after.findComponent("users")->zone, "az") << "dragged into the zone";
    after = applied(edits::moveItems(sample(), {"app"}, -300, 0));
    EXPECT_EQ(after.findComponent("app")->zone, "vpc") << "out of az, still in vpc";
    after = applied(edits::moveItems(sample(), {"db"}, 0, 1000));
    EXPECT_EQ(after.findComponent("db")->zone, "") << "out of every zone";
    after = applied(edits::moveItems(sample(), {"app"}, 10, 10));
    EXPECT_EQ(after.findComponent("app")->zone, "az") << "a small move stays";
}

TEST(Edits, AZoneMovesIntoAnotherOnlyWhenItFitsWhole) {
    Design design = sample();
    design.zones.push_back(Zone{.id = "edge", .rect = {-400, 700, 200, 100}});
    DesignDocument doc(design);
    edits::moveItems(design, {"edge"}, 450, -650).apply(doc);
    EXPECT_EQ(doc.design().findZone("edge")->parent, "vpc") << "fits whole in vpc, not in az";
    const Design moved = doc.design();
    edits::moveItems(moved, {"vpc"}, 2000, 0).apply(doc);
    EXPECT_EQ(doc.design().findZone("edge")->parent, "vpc") << "members travel along";
    EXPECT_EQ(doc.design().findZone("az")->parent, "vpc");
}

TEST(Edits, DeletingWhatAFailureStrikesTakesTheFailureWithIt) {
    Design design = sample();
    design.failures = {
        FailureEvent{.kind = FailureKind::Down, .target = "app", .duration = 5},
        FailureEvent{.kind = FailureKind::Slow, .target = "db", .duration = 5},
        FailureEvent{
            .kind = FailureKind::Partitioned, .target = "lb", .duration = 5, .zone = "az"}};
    Design after = test::appliedTo(design, edits::deleteItems(design, {"app"}));
    ASSERT_EQ(after.failures.size(), 2u);
    EXPECT_EQ(after.failures[0].target, "db");
    after = test::appliedTo(design, edits::ungroup(design, "az"));
    ASSERT_EQ(after.failures.size(), 2u) << "the partition from the zone is gone";
    EXPECT_EQ(after.failures[1].target, "db");
    // Nothing struck: the timeline stays as it is.
    after = test::appliedTo(design, edits::deleteItems(design, {"note"}));
    EXPECT_EQ(after.failures, design.failures);
}
