#include "TestDesigns.h"

#include "catalog/Catalog.h"

#include <cstdint>

namespace studio::core::test {

Component& addComponent(Design& design, const std::string& kind, const std::string& id, double x,
                        double y) {
    const Catalog& catalog = Catalog::standard();
    design.components.push_back(catalog.makeComponent(*catalog.find(kind), id, x, y));
    return design.components.back();
}

Link& connect(Design& design, const std::string& id, const std::string& from, const std::string& to,
              LinkMode mode) {
    Link link;
    link.id = id;
    link.from = from;
    link.to = to;
    link.mode = mode;
    design.links.push_back(link);
    return design.links.back();
}

Link& connect(Design& design, const std::string& from, const std::string& to, LinkMode mode) {
    return connect(design, "link-" + std::to_string(design.links.size() + 1), from, to, mode);
}

namespace {

Zone zone(const std::string& id, ZoneKind kind, const std::string& parent, Rect rect) {
    return Zone{id, kind, id + " zone", rect, parent};
}

Workload openWorkload() {
    Workload workload;
    workload.type = WorkloadType::Open;
    workload.rate = 3858.5;
    workload.peakFactor = 2;
    for (int hour = 0; hour < 24; ++hour)
        workload.dailyCurve.push_back(0.2 + hour * 0.05);
    workload.bursts = {Burst{60, 30, 3}, Burst{600, 0.5, 1.5}};
    workload.classes = {RequestClass{"read", 0.9, Operation::Read, 200, 1000},
                        RequestClass{"write", 0.1, Operation::Write, 700, 100}};
    workload.timeout = 2;
    workload.retry = RetryPolicy{2, 0.2, 0.1, 2, false};
    return workload;
}

Workload closedWorkload() {
    Workload workload;
    workload.type = WorkloadType::Closed;
    workload.population = 500;
    workload.thinkTime = 2.5;
    workload.rate = 7; // not used by a closed workload, but must survive a round trip
    workload.classes = {RequestClass{"upload", 1.0, Operation::Write, 2e6, 300}};
    return workload;
}

} // namespace

Design everyKindDesign() {
    Design design;
    design.name = "Every kind";
    design.description = "One component of each kind, every link mode: \"quotes\", é, ✓.";
    design.zones = {zone("us-east", ZoneKind::Region, "", {0, 0, 4000, 3000}),
                    zone("us-east-1a", ZoneKind::AvailabilityZone, "us-east", {20, 40, 3900, 2900}),
                    zone("vpc-main", ZoneKind::Vpc, "us-east-1a", {40, 80, 3800, 2800}),
                    zone("data-tier", ZoneKind::Group, "vpc-main", {60, 1200, 3000, 400}),
                    zone("edge", ZoneKind::Group, "", {-800, 0, 600, 3000})};

    const Catalog& catalog = Catalog::standard();
    double x = 100;
    for (const auto& kind : catalog.kinds()) {
        Component& component = addComponent(design, kind.id, kind.id, x, 200 + (x / 10));
        component.zone = kind.group == KindGroup::Data ? "data-tier" : "vpc-main";
        x += 180.5;
    }
    Component& users = *design.findComponent("client");
    users.zone = "edge";
    users.workload = openWorkload();
    Component& mobile = addComponent(design, "client", "mobile-clients", -700, 400);
    mobile.workload = closedWorkload();
    mobile.properties["platform"] = std::string("mobile");
    mobile.zone = "edge";

    Component& database = *design.findComponent("sql_database");
    database.properties["shards"] = std::int64_t{4};
    database.properties["replicas"] = std::int64_t{3};
    database.properties["replication"] = std::string("sync");
    database.service.byClass["write"] = ServiceTime{Distribution::Lognormal, 0.008, 1.5};
    database.service.byClass["read"] = ServiceTime{Distribution::Deterministic, 0.001, 0};
    design.findComponent("cdn")->properties["ttl"] = 3600.0; // a whole Number stays a double
    design.findComponent("rate_limiter")->properties["refill_rate"] = 0.1 + 0.2;
    design.findComponent("worker")->service.base = {Distribution::Hyperexponential, 0.05, 2};
    design.findComponent("text_note")->properties["text"] =
        std::string("Reads dominate 100:1 ✓\nsecond line");

    connect(design, "l-choose-lb", "client", "load_balancer_l7", LinkMode::Choose).weight = 3;
    Link& toCdn = connect(design, "l-choose-cdn", "client", "cdn", LinkMode::Choose);
    toCdn.classes = {"read"};
    toCdn.label = "static reads";
    connect(design, "l-mobile", "mobile-clients", "api_gateway", LinkMode::Choose).weight = 0.25;
    connect(design, "l-lb-service", "load_balancer_l7", "service", LinkMode::Choose);
    connect(design, "l-cache", "service", "cache", LinkMode::Call);
    Link& miss = connect(design, "l-db", "service", "sql_database", LinkMode::Call);
    miss.step = 2;
    miss.when = CallCondition::Miss;
    miss.timeout = 0.5;
    miss.retry = RetryPolicy{3, 0.1, 0.02, 0.5, true};
    miss.breaker = CircuitBreaker{true, 0.4, 50, 10};
    miss.maxConcurrent = 16;
    Link& hit = connect(design, "l-search", "service", "search_index", LinkMode::Call);
    hit.step = 2;
    hit.when = CallCondition::Hit;
    hit.latency = 0.001;
    Link& clicks = connect(design, "l-clicks", "service", "event_stream", LinkMode::Handoff);
    clicks.multiplicity = 2.5;
    clicks.classes = {"read"};
    connect(design, "l-consume", "event_stream", "stream_processor", LinkMode::Handoff);
    connect(design, "l-warehouse", "stream_processor", "data_warehouse", LinkMode::Call);
    connect(design, "l-origin", "cdn", "object_storage", LinkMode::Call);
    connect(design, "l-auth", "api_gateway", "identity_provider", LinkMode::Call);
    connect(design, "l-limit", "api_gateway", "rate_limiter", LinkMode::Call).step = 1;
    connect(design, "l-ws", "api_gateway", "websocket_server", LinkMode::Choose).weight = 0;
    connect(design, "l-jobs", "service", "message_queue", LinkMode::Handoff);
    connect(design, "l-work", "message_queue", "worker", LinkMode::Handoff);
    connect(design, "l-notify", "worker", "notification_provider", LinkMode::Call);
    // A call link with a choose link's weight: kept as it is, not dropped.
    connect(design, "l-pay", "worker", "external_service", LinkMode::Call).weight = 2;

    design.estimation = Estimation{1e8, 10, 0.1, 500, 500, 1e8, 500, 1825, 3, 2, 0.1};
    design.requirements.functional = {"Shorten a URL", "Redirect to the long URL"};
    design.requirements.p99Latency = 0.2;
    design.requirements.p99LatencyByClass = {{"read", 0.1}, {"upload", 2}};
    design.requirements.availability = 0.999;
    design.requirements.throughput = 10000;
    design.requirements.durability = 0.99999999999;
    design.requirements.consistency = Consistency::ReadYourWrites;
    design.notes = {Note{"Cache-aside", "The service asks the cache first."}, Note{"", "untitled"}};
    design.assumptions = {Assumption{"estimation.dau", "100M daily users, as the seed says."}};
    return design;
}

Design smallDesign() {
    Design design;
    design.name = "Small";
    design.zones = {zone("region", ZoneKind::Region, "", {0, 0, 2000, 1000}),
                    zone("az", ZoneKind::AvailabilityZone, "region", {10, 10, 1900, 900})};
    Component& users = addComponent(design, "client", "users", -300, 100);
    users.workload = Workload{};
    users.workload->classes = {RequestClass{"read", 0.8, Operation::Read, 200, 1000},
                               RequestClass{"write", 0.2, Operation::Write, 600, 100}};
    addComponent(design, "load_balancer_l7", "lb", 100, 100).zone = "region";
    addComponent(design, "service", "app", 300, 100).zone = "az";
    addComponent(design, "cache", "cache", 500, 50).zone = "az";
    addComponent(design, "sql_database", "db", 500, 200).zone = "az";
    addComponent(design, "message_queue", "queue", 300, 300).zone = "az";
    addComponent(design, "worker", "worker", 500, 300).zone = "az";
    addComponent(design, "text_note", "note", 100, 400);
    connect(design, "l1", "users", "lb", LinkMode::Choose);
    connect(design, "l2", "lb", "app", LinkMode::Choose);
    connect(design, "l3", "app", "cache", LinkMode::Call);
    Link& miss = connect(design, "l4", "app", "db", LinkMode::Call);
    miss.step = 2;
    miss.when = CallCondition::Miss;
    connect(design, "l5", "app", "queue", LinkMode::Handoff).classes = {"write"};
    connect(design, "l6", "queue", "worker", LinkMode::Handoff);
    return design;
}

std::string describe(const Problems& problems) {
    std::string out;
    for (const auto& problem : problems)
        out += "  " + problem.text() + "\n";
    return out.empty() ? std::string("  (no problems)\n") : out;
}

bool hasProblem(const Problems& problems, const std::string& place, const std::string& fragment) {
    for (const auto& problem : problems)
        if (problem.place == place && problem.text().find(fragment) != std::string::npos)
            return true;
    return false;
}

} // namespace studio::core::test
