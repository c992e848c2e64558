#include "document/DesignDocument.h"
#include "catalog/Catalog.h"

#include <gtest/gtest.h>

#include <vector>

using namespace studio::core;

namespace {

// Records every event as "kind:id" so tests can assert what a view was told.
class Recorder : public DesignListener {
public:
    std::vector<std::string> events;

    void componentAdded(const std::string& id) override { events.push_back("+c:" + id); }
    void componentRemoved(const std::string& id) override { events.push_back("-c:" + id); }
    void componentChanged(const std::string& id) override { events.push_back("~c:" + id); }
    void linkAdded(const std::string& id) override { events.push_back("+l:" + id); }
    void linkRemoved(const std::string& id) override { events.push_back("-l:" + id); }
    void linkChanged(const std::string& id) override { events.push_back("~l:" + id); }
    void zoneAdded(const std::string& id) override { events.push_back("+z:" + id); }
    void zoneRemoved(const std::string& id) override { events.push_back("-z:" + id); }
    void zoneChanged(const std::string& id) override { events.push_back("~z:" + id); }
    void designPropertiesChanged() override { events.push_back("design"); }
    void designReset() override { events.push_back("reset"); }
};

Component component(const std::string& id, const std::string& kind = "service") {
    return Catalog::standard().makeComponent(*Catalog::standard().find(kind), id, 0, 0);
}

Link link(const std::string& id, const std::string& from, const std::string& to) {
    Link l;
    l.id = id;
    l.from = from;
    l.to = to;
    return l;
}

DesignDocument threeComponents() {
    Design design;
    design.components = {component("lb", "load_balancer_l7"), component("app"),
                         component("db", "sql_database")};
    design.links = {link("l1", "lb", "app"), link("l2", "app", "db")};
    return DesignDocument(design);
}

} // namespace

TEST(DesignDocument, InsertsAtTheIndexAndRemovesReturningIt) {
    DesignDocument doc = threeComponents();
    Recorder recorder;
    doc.addListener(&recorder);

    doc.insertComponent(component("cache", "cache"), 1);
    EXPECT_EQ(doc.design().components[1].id, "cache");

    const auto [removed, index] = doc.removeComponent("cache");
    EXPECT_EQ(removed.id, "cache");
    EXPECT_EQ(index, 1u);
    EXPECT_EQ(doc.design().components.size(), 3u);

    doc.insertComponent(removed, index);
    EXPECT_EQ(doc.design().components[1].id, "cache");
    doc.insertComponent(component("end"));
    EXPECT_EQ(doc.design().components.back().id, "end");
    EXPECT_EQ(recorder.events,
              (std::vector<std::string>{"+c:cache", "-c:cache", "+c:cache", "+c:end"}));
}

TEST(DesignDocument, RemoveThenInsertRestoresTheDesignExactly) {
    DesignDocument doc = threeComponents();
    const Design before = doc.design();
    const auto [l2, l2Index] = doc.removeLink("l2");
    const auto [l1, l1Index] = doc.removeLink("l1");
    const auto [app, appIndex] = doc.removeComponent("app");
    EXPECT_NE(doc.design(), before);
    // Undo in reverse order.
    doc.insertComponent(app, appIndex);
    doc.insertLink(l1, l1Index);
    doc.insertLink(l2, l2Index);
    EXPECT_EQ(doc.design(), before);
}

TEST(DesignDocument, ReplacesByIdAndTellsListeners) {
    DesignDocument doc = threeComponents();
    Recorder recorder;
    doc.addListener(&recorder);
    Component db = *doc.design().findComponent("db");
    db.properties["shards"] = std::int64_t{4};
    doc.replaceComponent(db);
    EXPECT_EQ(doc.design().findComponent("db")->number("shards"), 4);

    Link l1 = *doc.design().findLink("l1");
    l1.mode = LinkMode::Choose;
    doc.replaceLink(l1);
    EXPECT_EQ(doc.design().findLink("l1")->mode, LinkMode::Choose);

    Zone zone;
    zone.id = "vpc";
    doc.insertZone(zone);
    zone.name = "VPC";
    doc.replaceZone(zone);
    EXPECT_EQ(doc.design().findZone("vpc")->name, "VPC");
    doc.removeZone("vpc");

    Design properties;
    properties.name = "Shortener";
    properties.estimation.dau = 1e6;
    doc.setDesignProperties(properties);
    EXPECT_EQ(doc.design().name, "Shortener");
    EXPECT_EQ(doc.design().estimation.dau, 1e6);
    EXPECT_EQ(doc.design().components.size(), 3u) << "components are not design properties";

    doc.removeListener(&recorder);
    doc.reset(Design{});
    EXPECT_EQ(recorder.events,
              (std::vector<std::string>{"~c:db", "~l:l1", "+z:vpc", "~z:vpc", "-z:vpc", "design"}));
    EXPECT_TRUE(doc.design().components.empty());
}

TEST(DesignDocument, FindsTheLinksTouchingComponents) {
    const DesignDocument doc = threeComponents();
    EXPECT_EQ(doc.linksTouching({"app"}), (std::vector<std::string>{"l1", "l2"}));
    EXPECT_EQ(doc.linksTouching({"db"}), (std::vector<std::string>{"l2"}));
    EXPECT_TRUE(doc.linksTouching({"nothing"}).empty());
}

TEST(DesignDocument, MakesUniqueReadableIds) {
    DesignDocument doc = threeComponents();
    EXPECT_EQ(doc.uniqueId("cache"), "cache");
    EXPECT_EQ(doc.uniqueId("app"), "app-2");
    EXPECT_EQ(doc.uniqueId("l1"), "l1-2") << "link ids count too";
    EXPECT_EQ(doc.uniqueId("SQL database"), "sql-database");
    EXPECT_EQ(doc.uniqueId("  !!  "), "item");
    doc.insertComponent(component("app-2"));
    EXPECT_EQ(doc.uniqueId("app"), "app-3");
}
