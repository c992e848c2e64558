#include "catalog/PropertyBuilders.h"

namespace studio::core::catalog {

PropertySpec integer(std::string key, const char* label, const char* unit, Int value, double min,
                     double max, const char* help) {
    return {std::move(key), label, PropertyType::Integer, unit, value, min, max, {}, help};
}

PropertySpec number(std::string key, const char* label, const char* unit, double value, double min,
                    double max, const char* help) {
    return {std::move(key), label, PropertyType::Number, unit, value, min, max, {}, help};
}

PropertySpec boolean(std::string key, const char* label, bool value, const char* help) {
    return {std::move(key), label, PropertyType::Boolean, "", value, 0, 0, {}, help};
}

PropertySpec choice(std::string key, const char* label, std::vector<std::string> choices,
                    const char* help) {
    std::string first = choices.front();
    return {std::move(key), label, PropertyType::Choice, "", first, 0, 0, std::move(choices), help};
}

ServiceSpec service(double meanSeconds) {
    return ServiceSpec{ServiceTime{Distribution::Exponential, meanSeconds, 1.0}, {}};
}

std::vector<PropertySpec> station(bool withInstances, Int instances, Int workers, Holding holding) {
    std::vector<PropertySpec> specs;
    if (withInstances) {
        specs.push_back(integer(
            "instances", SDS_TRANSLATE_NOOP("Catalog", "Instances"), "count", instances, 1, 100000,
            SDS_TRANSLATE_NOOP(
                "Catalog",
                "Identical copies behind one name; each has its own workers and queue.")));
        specs.push_back(
            choice("spreading", SDS_TRANSLATE_NOOP("Catalog", "Spreading"),
                   {"random", "round_robin", "least_connections", "shared_queue"},
                   SDS_TRANSLATE_NOOP("Catalog", "How arrivals are spread over the instances.")));
    }
    specs.push_back(integer(
        "workers", SDS_TRANSLATE_NOOP("Catalog", "Workers"), "count", workers, 1, 1000000,
        SDS_TRANSLATE_NOOP(
            "Catalog", "Requests one instance serves at the same time (threads, connections).")));
    specs.push_back(
        boolean("queue_limited", SDS_TRANSLATE_NOOP("Catalog", "Limited queue"), false,
                SDS_TRANSLATE_NOOP(
                    "Catalog", "When on, an instance whose queue is full drops new arrivals.")));
    specs.push_back(integer(
        "queue_capacity", SDS_TRANSLATE_NOOP("Catalog", "Queue capacity"), "count", 1000, 0,
        1000000000,
        SDS_TRANSLATE_NOOP("Catalog",
                           "Requests that may wait at one instance when the queue is limited; "
                           "0 = no waiting room.")));
    specs.push_back(boolean(
        "drop_expired", SDS_TRANSLATE_NOOP("Catalog", "Skip expired requests"), false,
        SDS_TRANSLATE_NOOP("Catalog",
                           "When on, a request whose caller has given up (its deadline passed) is "
                           "skipped instead of served: deadline propagation.")));
    PropertySpec hold = choice(
        "holding", SDS_TRANSLATE_NOOP("Catalog", "While calling"), {"hold", "release"},
        SDS_TRANSLATE_NOOP("Catalog", "hold: a worker waits for its calls (thread per request); "
                                      "release: it serves others meanwhile (event-driven)."));
    hold.defaultValue = std::string(holding == Holding::Hold ? "hold" : "release");
    specs.push_back(hold);
    specs.push_back(number(
        "availability", SDS_TRANSLATE_NOOP("Catalog", "Availability"), "0..1", 0.999, 0, 1,
        SDS_TRANSLATE_NOOP("Catalog", "Fraction of time one instance is up (assumption: 99.9%).")));
    specs.push_back(number(
        "mttr", SDS_TRANSLATE_NOOP("Catalog", "Time to repair"), "s", 600, 0, 1e9,
        SDS_TRANSLATE_NOOP("Catalog",
                           "Mean time an instance stays down when it fails (assumption: 10 min); "
                           "with the availability, how often it fails in a simulation with "
                           "random failures.")));
    return specs;
}

std::vector<PropertySpec> dataStore(Int workers, Int replicas) {
    auto specs = station(false, 1, workers, Holding::Release);
    specs.insert(
        specs.begin(),
        {integer("shards", SDS_TRANSLATE_NOOP("Catalog", "Shards"), "count", 1, 1, 100000,
                 SDS_TRANSLATE_NOOP(
                     "Catalog", "Partitions of the data, chosen by key; each holds a part of it.")),
         integer("replicas", SDS_TRANSLATE_NOOP("Catalog", "Replicas"), "count", replicas, 1, 100,
                 SDS_TRANSLATE_NOOP(
                     "Catalog",
                     "Copies of each shard, primary included; reads go to one, writes to all.")),
         choice("shard_key", SDS_TRANSLATE_NOOP("Catalog", "Sharding"),
                {"hash", "range", "directory", "geographic"},
                SDS_TRANSLATE_NOOP("Catalog", "How a key picks its shard.")),
         number(
             "hot_key_fraction", SDS_TRANSLATE_NOOP("Catalog", "Hot-key share"), "0..1", 0, 0, 1,
             SDS_TRANSLATE_NOOP(
                 "Catalog",
                 "Share of requests for the hottest shard beyond its fair share (0 = uniform).")),
         choice("replication", SDS_TRANSLATE_NOOP("Catalog", "Replication"), {"async", "sync"},
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "async: a write is acknowledged by the primary; sync: by every replica."))});
    return specs;
}

KindSpec kind(std::string id, const char* label, const char* description, KindGroup group,
              std::vector<PropertySpec> properties, ServiceSpec defaultService) {
    KindSpec spec;
    spec.id = std::move(id);
    spec.label = label;
    spec.description = description;
    spec.group = group;
    spec.properties = std::move(properties);
    spec.defaultService = std::move(defaultService);
    return spec;
}

PropertySpec hitRatio(double value) {
    return number(
        "hit_ratio", SDS_TRANSLATE_NOOP("Catalog", "Hit ratio"), "0..1", value, 0, 1,
        SDS_TRANSLATE_NOOP("Catalog",
                           "Share of requests answered from the cache; misses go to the origin."));
}

} // namespace studio::core::catalog
