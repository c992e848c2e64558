#include "document/Fragment.h"
#include "catalog/Catalog.h"
#include "document/DesignDocument.h"

#include <gtest/gtest.h>

#include <set>

using namespace studio::core;

namespace {

Component at(const std::string& id, double x, const std::string& zone = {}) {
    Component c = Catalog::standard().makeComponent(*Catalog::standard().find("service"), id, x, 0);
    c.zone = zone;
    return c;
}

Design sample() {
    Design design;
    design.zones = {Zone{.id = "region", .name = "Region"},
                    Zone{.id = "az", .name = "AZ", .parent = "region"}};
    design.components = {at("a", 0), at("b", 200, "az"), at("c", 400, "az"), at("d", 600)};
    design.links = {Link{.id = "ab", .from = "a", .to = "b"},
                    Link{.id = "bc", .from = "b", .to = "c"},
                    Link{.id = "cd", .from = "c", .to = "d"}};
    return design;
}

std::set<std::string> ids(const Design& design) {
    std::set<std::string> all;
    for (const auto& c : design.components)
        all.insert(c.id);
    for (const auto& l : design.links)
        all.insert(l.id);
    for (const auto& z : design.zones)
        all.insert(z.id);
    return all;
}

} // namespace

TEST(Fragment, KeepsOnlyTheLinksAmongTheChosenComponents) {
    const Design fragment = extractFragment(sample(), {"a", "b", "d"});
    EXPECT_EQ(ids(fragment), (std::set<std::string>{"a", "b", "d", "ab"}));
    EXPECT_EQ(fragment.components[1].zone, "") << "zone az was not copied";
}

TEST(Fragment, AZoneBringsItsNestedZonesAndMembers) {
    const Design fragment = extractFragment(sample(), {"region"});
    EXPECT_EQ(ids(fragment), (std::set<std::string>{"region", "az", "b", "c", "bc"}));
    EXPECT_EQ(fragment.findZone("az")->parent, "region");
    EXPECT_EQ(fragment.findComponent("c")->zone, "az");
}

TEST(Fragment, PasteGetsNewIdsAndKeepsItsInternalLinks) {
    const Design target = sample();
    const Design pasted = reidentifyFragment(extractFragment(sample(), {"az"}), target, 20, 30);

    const std::set<std::string> old = ids(sample());
    for (const auto& id : ids(pasted))
        EXPECT_EQ(old.count(id), 0u) << id << " clashes with the target";
    ASSERT_EQ(pasted.components.size(), 2u);
    ASSERT_EQ(pasted.links.size(), 1u);
    EXPECT_EQ(pasted.links[0].from, pasted.components[0].id);
    EXPECT_EQ(pasted.links[0].to, pasted.components[1].id);
    EXPECT_EQ(pasted.components[0].zone, pasted.zones[0].id);
    EXPECT_EQ(pasted.components[0].rect.x, 220);
    EXPECT_EQ(pasted.components[0].rect.y, 30);
    EXPECT_EQ(pasted.components[0].kind, "service");
}

TEST(Fragment, PastingTwiceNeverRepeatsAnId) {
    DesignDocument doc(sample());
    for (int round = 0; round < 3; ++round) {
        const Design pasted =
            reidentifyFragment(extractFragment(sample(), {"b", "c"}), doc.design(), 0, 0);
        for (const auto& c : pasted.components)
            doc.insertComponent(c);
        for (const auto& l : pasted.links)
            doc.insertLink(l);
    }
    const Design& all = doc.design();
    EXPECT_EQ(all.components.size(), 4u + 6u);
    EXPECT_EQ(ids(all).size(), all.components.size() + all.links.size() + all.zones.size());
}
