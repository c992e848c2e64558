#include "SampleDesign.h"

#include "catalog/Catalog.h"

namespace studio::widgets::test {

namespace {

core::Component make(const std::string& kind, const std::string& id, const std::string& name,
                     double x, double y) {
    const core::Catalog& catalog = core::Catalog::standard();
    core::Component component = catalog.makeComponent(*catalog.find(kind), id, x, y);
    component.name = name;
    return component;
}

core::Link link(const std::string& id, const std::string& from, const std::string& to,
                core::LinkMode mode, const std::string& label = {}) {
    core::Link link;
    link.id = id;
    link.from = from;
    link.to = to;
    link.mode = mode;
    link.label = label;
    return link;
}

} // namespace

core::Design sampleDesign() {
    core::Design design;
    design.name = "Sample";

    core::Zone region{"region", core::ZoneKind::Region, "us-east-1", {160, -40, 900, 460}, {}};
    core::Zone az{
        "az-a", core::ZoneKind::AvailabilityZone, "us-east-1a", {380, 20, 640, 380}, "region"};
    design.zones = {region, az};

    design.components.push_back(make("client", "users", "Users", 0, 160));
    design.components.push_back(make("load_balancer_l7", "lb", "Front door", 200, 160));
    core::Component app = make("service", "app", "URL service", 420, 160);
    app.properties["instances"] = std::int64_t{3};
    app.properties["workers"] = std::int64_t{64};
    design.components.push_back(app);
    core::Component cache = make("cache", "cache", "Redis", 700, 60);
    cache.properties["hit_ratio"] = 0.8;
    design.components.push_back(cache);
    core::Component db = make("sql_database", "db", "Links DB", 700, 260);
    db.properties["shards"] = std::int64_t{4};
    db.properties["replicas"] = std::int64_t{3};
    design.components.push_back(db);
    design.components.push_back(make("message_queue", "queue", "Clicks", 420, 320));
    design.components.push_back(make("worker", "counter", "Click counter", 420, 480));
    core::Component note = make("text_note", "note", "Why a cache", 0, 320);
    note.properties["text"] = std::string("Reads outnumber writes 100 to 1.");
    design.components.push_back(note);
    for (auto& component : design.components)
        if (component.id != "users" && component.id != "note" && component.id != "counter")
            component.zone = component.id == "lb" ? "region" : "az-a";

    design.links = {
        link("users-lb", "users", "lb", core::LinkMode::Call),
        link("lb-app", "lb", "app", core::LinkMode::Choose, "round robin"),
        link("app-cache", "app", "cache", core::LinkMode::Call, "get"),
        link("app-db", "app", "db", core::LinkMode::Call, "on miss"),
        link("app-db-write", "app", "db", core::LinkMode::Handoff, "write later"),
        link("app-queue", "app", "queue", core::LinkMode::Handoff, "click"),
        link("queue-counter", "queue", "counter", core::LinkMode::Choose),
    };
    design.links[3].step = 2;
    design.links[3].when = core::CallCondition::Miss;
    return design;
}

std::string exampleDesignPath() {
    return std::string(STUDIO_SOURCE_DIR) + "/docs/examples/url-shortener.json";
}

} // namespace studio::widgets::test
