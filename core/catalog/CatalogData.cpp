// The built-in component kinds. Service-time defaults follow the seed's latency numbers
// where it gives them (main memory 100 ns, SSD random read 16 us, HDD seek 2 ms, same-DC
// round trip 0.5 ms, Redis ~1 ms per call including the round trip); the rest are stated
// assumptions, listed with their reasoning in docs/FORMAT.md.
#include "catalog/Catalog.h"

#include <cstdint>

#define TR(text) SDS_TRANSLATE_NOOP("Catalog", text)

namespace studio::core {

namespace {

using Int = std::int64_t;

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

// How a station holds its worker while its calls are out.
enum class Holding { Hold, Release };

// Properties every station has: how many copies run, how each queues and serves.
std::vector<PropertySpec> station(bool withInstances, Int instances, Int workers, Holding holding) {
    std::vector<PropertySpec> specs;
    if (withInstances) {
        specs.push_back(
            integer("instances", TR("Instances"), "count", instances, 1, 100000,
                    TR("Identical copies behind one name; each has its own workers and queue.")));
        specs.push_back(choice("spreading", TR("Spreading"),
                               {"random", "round_robin", "least_connections", "shared_queue"},
                               TR("How arrivals are spread over the instances.")));
    }
    specs.push_back(
        integer("workers", TR("Workers"), "count", workers, 1, 1000000,
                TR("Requests one instance serves at the same time (threads, connections).")));
    specs.push_back(boolean("queue_limited", TR("Limited queue"), false,
                            TR("When on, an instance whose queue is full drops new arrivals.")));
    specs.push_back(integer("queue_capacity", TR("Queue capacity"), "count", 1000, 0, 1000000000,
                            TR("Requests that may wait at one instance when the queue is limited; "
                               "0 = no waiting room.")));
    PropertySpec hold = choice("holding", TR("While calling"), {"hold", "release"},
                               TR("hold: a worker waits for its calls (thread per request); "
                                  "release: it serves others meanwhile (event-driven)."));
    hold.defaultValue = std::string(holding == Holding::Hold ? "hold" : "release");
    specs.push_back(hold);
    specs.push_back(number("availability", TR("Availability"), "0..1", 0.999, 0, 1,
                           TR("Fraction of time one instance is up (assumption: 99.9%).")));
    return specs;
}

std::vector<PropertySpec> dataStore(Int workers, Int replicas) {
    auto specs = station(false, 1, workers, Holding::Release);
    specs.insert(
        specs.begin(),
        {integer("shards", TR("Shards"), "count", 1, 1, 100000,
                 TR("Partitions of the data, chosen by key; each holds a part of it.")),
         integer("replicas", TR("Replicas"), "count", replicas, 1, 100,
                 TR("Copies of each shard, primary included; reads go to one, writes to all.")),
         choice("shard_key", TR("Sharding"), {"hash", "range", "directory", "geographic"},
                TR("How a key picks its shard.")),
         number("hot_key_fraction", TR("Hot-key share"), "0..1", 0, 0, 1,
                TR("Share of requests for the hottest shard beyond its fair share (0 = uniform).")),
         choice("replication", TR("Replication"), {"async", "sync"},
                TR("async: a write is acknowledged by the primary; sync: by every replica."))});
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

template <class... Extra>
std::vector<PropertySpec> with(std::vector<PropertySpec> base, Extra... extra) {
    (base.push_back(std::move(extra)), ...);
    return base;
}

PropertySpec hitRatio(double value) {
    return number("hit_ratio", TR("Hit ratio"), "0..1", value, 0, 1,
                  TR("Share of requests answered from the cache; misses go to the origin."));
}

std::vector<KindSpec> builtInKinds() {
    std::vector<KindSpec> kinds;
    const auto add = [&](KindSpec spec) -> KindSpec& {
        return kinds.emplace_back(std::move(spec));
    };

    // Edge
    KindSpec& client =
        add(kind("client", TR("Client"),
                 TR("Users or devices sending requests: the workload's source."), KindGroup::Edge,
                 {choice("platform", TR("Platform"), {"web", "mobile", "desktop", "service"},
                         TR("What the users run."))},
                 service(0)));
    client.station = false;
    client.source = true;
    client.defaultWidth = 140;

    add(kind("dns", TR("DNS"),
             TR("Resolves names to addresses; GeoDNS routes to the nearest point of presence."),
             KindGroup::Edge,
             with(station(true, 1, 64, Holding::Release),
                  integer("ttl", TR("Record TTL"), "s", 300, 0, 604800,
                          TR("Seconds resolvers cache an answer.")),
                  boolean("geo_routing", TR("Geo routing"), false,
                          TR("Answers with the nearest point of presence."))),
             service(0.0005)));

    KindSpec& cdn = add(kind(
        "cdn", TR("CDN"), TR("Edge caches near users; a miss goes to the origin."), KindGroup::Edge,
        with(station(true, 1, 1000, Holding::Release), hitRatio(0.9),
             number("ttl", TR("Cache TTL"), "s", 86400, 0, 31536000,
                    TR("Seconds an object stays at the edge."))),
        service(0.0005)));
    cdn.hitsOrMisses = true;

    add(kind("waf", TR("WAF"),
             TR("Web application firewall: filters malicious traffic at the edge."),
             KindGroup::Edge, station(true, 1, 256, Holding::Release), service(0.0002)));

    const auto balancer = [](Int workers) {
        return with(station(true, 1, workers, Holding::Release),
                    choice("algorithm", TR("Algorithm"),
                           {"round_robin", "weighted_round_robin", "least_connections", "ip_hash",
                            "consistent_hash", "random"},
                           TR("How the balancer picks a backend instance among its targets.")),
                    number("health_check_interval", TR("Health-check interval"), "s", 5, 0, 3600,
                           TR("Seconds between health checks; a dead backend is noticed only by "
                              "them (0 = none).")));
    };
    add(kind(
        "load_balancer_l4", TR("Load balancer (L4)"),
        TR("Routes TCP/UDP connections by address and port: very fast, no content inspection."),
        KindGroup::Edge, balancer(1024), service(0.00005)));
    add(kind("load_balancer_l7", TR("Load balancer (L7)"),
             TR("Routes HTTP requests by path, host, headers or cookies."), KindGroup::Edge,
             balancer(512), service(0.0002)));

    add(kind("api_gateway", TR("API gateway"),
             TR("One entry point for the APIs: authentication, rate limiting, routing."),
             KindGroup::Edge,
             with(station(true, 1, 512, Holding::Release),
                  boolean("authenticates", TR("Validates tokens"), true,
                          TR("Checks the caller's JWT on every request."))),
             service(0.0005)));

    add(kind("rate_limiter", TR("Rate limiter"),
             TR("Rejects requests beyond a limit with HTTP 429."), KindGroup::Edge,
             with(station(true, 1, 256, Holding::Release),
                  choice("algorithm", TR("Algorithm"),
                         {"token_bucket", "sliding_window_log", "sliding_window_counter",
                          "fixed_window"},
                         TR("How the limit is counted.")),
                  integer("limit", TR("Limit"), "count", 100, 1, 1000000000,
                          TR("Bucket size (token bucket) or requests per window (seed: 100).")),
                  number("refill_rate", TR("Refill rate"), "req/s", 10, 0, 1e9,
                         TR("Tokens added per second (token bucket; seed: 10/s).")),
                  number("window", TR("Window"), "s", 60, 0.001, 86400,
                         TR("Length of the counting window (seed: 1 minute).")),
                  choice("scope", TR("Counted per"), {"client", "global"},
                         TR("One limit per client key, or one for all traffic."))),
             service(0.0002)));

    add(kind("identity_provider", TR("Identity provider"),
             TR("OAuth 2.0 / OIDC login that issues access and refresh tokens."), KindGroup::Edge,
             with(station(true, 1, 64, Holding::Hold),
                  number("token_ttl", TR("Token lifetime"), "s", 3600, 1, 31536000,
                         TR("Seconds an access token stays valid."))),
             service(0.005)));

    // Compute
    add(kind("service", TR("Service"),
             TR("A stateless web or application service behind a load balancer."),
             KindGroup::Compute, station(true, 1, 64, Holding::Hold), service(0.005)));

    KindSpec& worker =
        add(kind("worker", TR("Worker"),
                 TR("Background workers pulling jobs or messages and processing them."),
                 KindGroup::Compute, station(true, 1, 8, Holding::Hold), service(0.05)));
    for (auto& spec : worker.properties)
        if (spec.key == "spreading")
            spec.defaultValue = std::string("shared_queue");

    add(kind(
        "websocket_server", TR("WebSocket server"),
        TR("Holds persistent connections and pushes messages both ways (chat, presence)."),
        KindGroup::Compute,
        with(station(true, 1, 256, Holding::Release),
             integer("max_connections", TR("Connections per instance"), "count", 100000, 1,
                     100000000, TR("Open connections one instance holds (assumption: 100K)."))),
        service(0.001)));

    add(kind("stream_processor", TR("Stream processor"),
             TR("Consumes an event stream continuously: aggregation, enrichment, counting."),
             KindGroup::Compute, station(true, 1, 4, Holding::Hold), service(0.002)));

    add(kind("scheduler", TR("Scheduler"),
             TR("Starts jobs at their time (cron); one leader runs the schedule."),
             KindGroup::Compute,
             with(station(true, 1, 4, Holding::Release),
                  boolean("leader_election", TR("Leader election"), true,
                          TR("Only the elected instance dispatches jobs.")),
                  number("tick", TR("Tick"), "s", 1, 0.001, 86400,
                         TR("How often due jobs are looked up."))),
             service(0.001)));

    add(kind("external_service", TR("External service"),
             TR("A third-party API outside the design (payments, maps)."), KindGroup::Compute,
             station(true, 1, 1000, Holding::Release), service(0.1)));

    // Data
    KindSpec& cache =
        add(kind("cache", TR("Cache"),
                 TR("In-memory key-value cache (Redis, Memcached); a miss goes to the origin or "
                    "the caller."),
                 KindGroup::Data,
                 with(dataStore(1, 1), hitRatio(0.8),
                      number("capacity", TR("Memory"), "B", 16e9, 0, 1e15,
                             TR("Memory for cached items per shard.")),
                      number("ttl", TR("TTL"), "s", 3600, 0, 31536000,
                             TR("Seconds an item stays cached; 0 = no expiry.")),
                      choice("write_policy", TR("Write policy"),
                             {"cache_aside", "read_through", "write_through", "write_behind"},
                             TR("How writes reach the cache and the database."))),
                 service(0.0005)));
    cache.dataStore = true;
    cache.hitsOrMisses = true;

    const auto database = [&](std::string id, const char* label, const char* description,
                              Int workers, Int replicas, double mean) -> KindSpec& {
        KindSpec& spec = add(kind(std::move(id), label, description, KindGroup::Data,
                                  dataStore(workers, replicas), service(mean)));
        spec.dataStore = true;
        return spec;
    };
    database("sql_database", TR("SQL database"),
             TR("Relational database with ACID transactions (PostgreSQL, MySQL)."), 32, 1, 0.002);
    database("nosql_database", TR("NoSQL database"),
             TR("Wide-column or key-value store built for sharding (Cassandra, DynamoDB)."), 32, 3,
             0.001);
    database("search_index", TR("Search index"),
             TR("Inverted index for full-text and prefix queries (Elasticsearch)."), 16, 2, 0.01);
    database("coordination_service", TR("Coordination service"),
             TR("Consensus store for leader election, locks and configuration (ZooKeeper, etcd)."),
             8, 3, 0.002);
    KindSpec& warehouse =
        database("data_warehouse", TR("Data warehouse"),
                 TR("Columnar analytics store (BigQuery, Redshift, ClickHouse)."), 8, 1, 1.0);
    warehouse.defaultService.base.distribution = Distribution::Lognormal;

    KindSpec& objects =
        add(kind("object_storage", TR("Object storage"),
                 TR("Blobs over HTTP: images, videos, backups (S3, GCS)."), KindGroup::Data,
                 with(station(true, 1, 10000, Holding::Release),
                      number("durability", TR("Durability"), "0..1", 0.99999999999, 0, 1,
                             TR("Probability an object survives a year (S3: eleven nines)."))),
                 service(0.02)));
    objects.defaultWidth = 170;

    // Messaging
    add(kind("message_queue", TR("Message queue"),
             TR("Task queue: acknowledges at once; consumers drain it at their own rate (SQS, "
                "RabbitMQ)."),
             KindGroup::Messaging,
             with(station(true, 1, 64, Holding::Release),
                  number("retention", TR("Retention"), "s", 345600, 60, 1209600,
                         TR("Seconds an unconsumed message is kept (SQS default: 4 days).")),
                  number("delay", TR("Delivery delay"), "s", 0, 0, 900,
                         TR("Seconds before a message becomes visible (delayed jobs)."))),
             service(0.0005)));

    KindSpec& stream = add(
        kind("event_stream", TR("Event stream"),
             TR("Partitioned, replicated log of events read by consumer groups (Kafka, Kinesis)."),
             KindGroup::Messaging,
             with(station(true, 3, 64, Holding::Release),
                  integer("partitions", TR("Partitions"), "count", 12, 1, 100000,
                          TR("Ordered logs the topic is split into; a consumer group reads each "
                             "with one consumer.")),
                  integer("replicas", TR("Replication factor"), "count", 3, 1, 10,
                          TR("Copies of each partition.")),
                  number("retention", TR("Retention"), "s", 604800, 60, 1e9,
                         TR("Seconds events are kept (Kafka default: 7 days)."))),
             service(0.0005)));
    stream.defaultWidth = 160;

    add(kind(
        "notification_provider", TR("Notification provider"),
        TR("Sends email, SMS or push notifications (SES, Twilio, FCM/APNs)."), KindGroup::Messaging,
        with(station(true, 1, 1000, Holding::Release),
             choice("channel", TR("Channel"), {"push", "email", "sms"}, TR("What it delivers."))),
        service(0.1)));

    // Other
    add(kind("generic_box", TR("Box"),
             TR("Anything the catalog lacks, with a station's properties."), KindGroup::Other,
             station(true, 1, 1, Holding::Hold), service(0.001)));

    KindSpec& note =
        add(kind("text_note", TR("Text note"),
                 TR("Free text on the canvas; takes no part in the traffic."), KindGroup::Other,
                 {PropertySpec{"text",
                               TR("Text"),
                               PropertyType::Text,
                               "",
                               std::string(),
                               0,
                               0,
                               {},
                               TR("What the note says.")}},
                 service(0)));
    note.station = false;
    note.defaultWidth = 200;
    note.defaultHeight = 80;

    return kinds;
}

} // namespace

const Catalog& Catalog::standard() {
    static const Catalog catalog(builtInKinds());
    return catalog;
}

} // namespace studio::core
