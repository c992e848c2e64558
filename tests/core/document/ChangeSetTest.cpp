#include "document/ChangeSet.h"
#include "catalog/Catalog.h"

#include <gtest/gtest.h>

using namespace studio::core;

namespace {

Component service(const std::string& id, const std::string& zone = {}) {
    Component c = Catalog::standard().makeComponent(*Catalog::standard().find("service"), id, 0, 0);
    c.zone = zone;
    return c;
}

Design sample() {
    Design design;
    design.name = "sample";
    design.zones = {Zone{.id = "z", .name = "zone"}};
    design.components = {service("a"), service("b", "z"), service("c"), service("d")};
    design.links = {Link{.id = "ab", .from = "a", .to = "b"},
                    Link{.id = "bc", .from = "b", .to = "c"},
                    Link{.id = "cd", .from = "c", .to = "d"}};
    return design;
}

// redo -> undo -> redo: the first redo reaches `expected`, undo the original, redo again
// `expected`.
void expectRoundTrip(const ChangeSet& changes, const Design& expected) {
    DesignDocument doc(sample());
    changes.apply(doc);
    EXPECT_EQ(doc.design(), expected);
    changes.revert(doc);
    EXPECT_EQ(doc.design(), sample());
    changes.apply(doc);
    EXPECT_EQ(doc.design(), expected);
}

} // namespace

TEST(ChangeSet, RemovingFromTheMiddleRestoresTheOrder) {
    const Design before = sample();
    ChangeSet changes;
    changes.recordRemoveLink(before, "ab");
    changes.recordRemoveLink(before, "bc");
    changes.recordRemoveComponent(before, "b");
    changes.recordRemoveComponent(before, "b"); // twice is once
    EXPECT_TRUE(changes.removes("b"));
    EXPECT_FALSE(changes.removes("a"));

    Design expected = before;
    expected.components.erase(expected.components.begin() + 1);
    expected.links.erase(expected.links.begin(), expected.links.begin() + 2);
    expectRoundTrip(changes, expected);
}

TEST(ChangeSet, RemovalsRecordedOutOfOrderStillRestore) {
    const Design before = sample();
    ChangeSet changes;
    changes.recordRemoveComponent(before, "d");
    changes.recordRemoveLink(before, "cd");
    changes.recordRemoveComponent(before, "a");
    changes.recordRemoveLink(before, "ab");
    Design expected = before;
    expected.components = {before.components[1], before.components[2]};
    expected.links = {before.links[1]};
    expectRoundTrip(changes, expected);
}

TEST(ChangeSet, AddsChangesAndDesignPropertiesTogether) {
    const Design before = sample();
    ChangeSet changes;
    Component moved = before.components[0];
    moved.rect.x = 100;
    changes.recordChange(before, moved);
    moved.rect.x = 150; // the last "after" wins, the first "before" stays
    changes.recordChange(before, moved);
    Zone zone = before.zones[0];
    zone.name = "renamed";
    changes.recordChange(before, zone);
    Link link = before.links[2];
    link.mode = LinkMode::Handoff;
    changes.recordChange(before, link);
    changes.recordAdd(service("e"));
    changes.recordAdd(Link{.id = "de", .from = "d", .to = "e"});
    changes.recordAdd(Zone{.id = "z2"});
    Design properties = before;
    properties.estimation.dau = 1e7;
    properties.name = "bigger";
    changes.recordDesignProperties(before, properties);
    EXPECT_FALSE(changes.empty());

    Design expected = before;
    expected.components[0].rect.x = 150;
    expected.zones[0].name = "renamed";
    expected.links[2].mode = LinkMode::Handoff;
    expected.components.push_back(service("e"));
    expected.links.push_back(Link{.id = "de", .from = "d", .to = "e"});
    expected.zones.push_back(Zone{.id = "z2"});
    expected.estimation.dau = 1e7;
    expected.name = "bigger";
    expectRoundTrip(changes, expected);
    // What it adds, to select afterwards; the changed and removed are not among them.
    EXPECT_EQ(changes.addedIds(), (std::vector<std::string>{"e", "de", "z2"}));
}

TEST(ChangeSet, AnEmptySetChangesNothing) {
    ChangeSet changes;
    EXPECT_TRUE(changes.empty());
    expectRoundTrip(changes, sample());
}

TEST(ChangeSet, AbsorbKeepsTheFirstBeforeAndTheLastAfter) {
    const Design original = sample();
    ChangeSet first;
    Component a = original.components[0];
    a.rect.x = 10;
    first.recordChange(original, a);

    DesignDocument doc(original);
    first.apply(doc);
    ChangeSet second;
    a.rect.x = 25;
    second.recordChange(doc.design(), a);
    Component b = doc.design().components[1];
    b.rect.y = 5;
    second.recordChange(doc.design(), b);
    second.apply(doc);

    ASSERT_TRUE(first.absorb(second));
    first.revert(doc);
    EXPECT_EQ(doc.design(), original) << "one undo takes both steps back";
    first.apply(doc);
    EXPECT_EQ(doc.design().components[0].rect.x, 25);
    EXPECT_EQ(doc.design().components[1].rect.y, 5);

    ChangeSet removal;
    removal.recordRemoveLink(original, "ab");
    EXPECT_FALSE(first.absorb(removal));
    EXPECT_FALSE(removal.absorb(first));
}

TEST(ChangeSet, DesignPropertiesKeepTheFailureTimeline) {
    Design before = sample();
    before.failures = {FailureEvent{.kind = FailureKind::Down, .target = "c", .duration = 5}};
    Design renamed = before;
    renamed.name = "renamed";
    ChangeSet rename;
    rename.recordDesignProperties(before, renamed);
    DesignDocument doc(before);
    rename.apply(doc);
    EXPECT_EQ(doc.design().failures, before.failures) << "a rename keeps the timeline";
    Design moved = before;
    moved.failures[0].start = 7;
    ChangeSet move;
    move.recordDesignProperties(before, moved);
    DesignDocument other(before);
    move.apply(other);
    EXPECT_EQ(other.design().failures, moved.failures);
    move.revert(other);
    EXPECT_EQ(other.design().failures, before.failures);
}
