// The built-in component kinds. Service-time defaults follow the seed's latency numbers
// where it gives them (main memory 100 ns, SSD random read 16 us, HDD seek 2 ms, same-DC
// round trip 0.5 ms, Redis ~1 ms per call including the round trip); the rest are stated
// assumptions, listed with their reasoning in docs/FORMAT.md.
#include "catalog/Catalog.h"
#include "catalog/PropertyBuilders.h"

namespace studio::core {

namespace {

using namespace catalog;

std::vector<KindSpec> builtInKinds() {
    std::vector<KindSpec> kinds;
    kinds.reserve(32); // references returned by add() stay valid
    const auto add = [&](KindSpec spec) -> KindSpec& {
        return kinds.emplace_back(std::move(spec));
    };

    // Edge
    KindSpec& client = add(kind(
        "client", SDS_TRANSLATE_NOOP("Catalog", "Client"),
        SDS_TRANSLATE_NOOP("Catalog", "Users or devices sending requests: the workload's source."),
        KindGroup::Edge,
        {choice("platform", SDS_TRANSLATE_NOOP("Catalog", "Platform"),
                {"web", "mobile", "desktop", "service"},
                SDS_TRANSLATE_NOOP("Catalog", "What the users run."))},
        service(0)));
    client.station = false;
    client.source = true;
    client.defaultWidth = 140;

    add(kind(
        "dns", SDS_TRANSLATE_NOOP("Catalog", "DNS"),
        SDS_TRANSLATE_NOOP(
            "Catalog",
            "Resolves names to addresses; GeoDNS routes to the nearest point of presence."),
        KindGroup::Edge,
        with(station(true, 1, 64, Holding::Release),
             integer("ttl", SDS_TRANSLATE_NOOP("Catalog", "Record TTL"), "s", 300, 0, 604800,
                     SDS_TRANSLATE_NOOP("Catalog", "Seconds resolvers cache an answer.")),
             boolean("geo_routing", SDS_TRANSLATE_NOOP("Catalog", "Geo routing"), false,
                     SDS_TRANSLATE_NOOP("Catalog", "Answers with the nearest point of presence."))),
        service(0.0005)));

    KindSpec& cdn = add(
        kind("cdn", SDS_TRANSLATE_NOOP("Catalog", "CDN"),
             SDS_TRANSLATE_NOOP("Catalog", "Edge caches near users; a miss goes to the origin."),
             KindGroup::Edge,
             with(station(true, 1, 1000, Holding::Release), hitRatio(0.9),
                  number("ttl", SDS_TRANSLATE_NOOP("Catalog", "Cache TTL"), "s", 86400, 0, 31536000,
                         SDS_TRANSLATE_NOOP("Catalog", "Seconds an object stays at the edge."))),
             service(0.0005)));
    cdn.hitsOrMisses = true;

    add(kind("waf", SDS_TRANSLATE_NOOP("Catalog", "WAF"),
             SDS_TRANSLATE_NOOP("Catalog",
                                "Web application firewall: filters malicious traffic at the edge."),
             KindGroup::Edge, station(true, 1, 256, Holding::Release), service(0.0002)));

    const auto balancer = [](Int workers) {
        return with(
            station(true, 1, workers, Holding::Release),
            choice("algorithm", SDS_TRANSLATE_NOOP("Catalog", "Algorithm"),
                   {"round_robin", "weighted_round_robin", "least_connections", "ip_hash",
                    "consistent_hash", "random"},
                   SDS_TRANSLATE_NOOP(
                       "Catalog", "How the balancer picks a backend instance among its targets.")),
            number("health_check_interval", SDS_TRANSLATE_NOOP("Catalog", "Health-check interval"),
                   "s", 5, 0, 3600,
                   SDS_TRANSLATE_NOOP(
                       "Catalog",
                       "Seconds between health checks; a dead backend is noticed only by "
                       "them (0 = none).")));
    };
    KindSpec& lbl4 = add(kind(
        "load_balancer_l4", SDS_TRANSLATE_NOOP("Catalog", "Load balancer (L4)"),
        SDS_TRANSLATE_NOOP(
            "Catalog",
            "Routes TCP/UDP connections by address and port: very fast, no content inspection."),
        KindGroup::Edge, balancer(1024), service(0.00005)));
    KindSpec& lbl7 = add(kind(
        "load_balancer_l7", SDS_TRANSLATE_NOOP("Catalog", "Load balancer (L7)"),
        SDS_TRANSLATE_NOOP("Catalog", "Routes HTTP requests by path, host, headers or cookies."),
        KindGroup::Edge, balancer(512), service(0.0002)));
    lbl4.balances = lbl7.balances = true;

    add(kind(
        "api_gateway", SDS_TRANSLATE_NOOP("Catalog", "API gateway"),
        SDS_TRANSLATE_NOOP("Catalog",
                           "One entry point for the APIs: authentication, rate limiting, routing."),
        KindGroup::Edge,
        with(station(true, 1, 512, Holding::Release),
             boolean("authenticates", SDS_TRANSLATE_NOOP("Catalog", "Validates tokens"), true,
                     SDS_TRANSLATE_NOOP("Catalog", "Checks the caller's JWT on every request."))),
        service(0.0005)));

    add(kind(
        "rate_limiter", SDS_TRANSLATE_NOOP("Catalog", "Rate limiter"),
        SDS_TRANSLATE_NOOP("Catalog", "Rejects requests beyond a limit with HTTP 429."),
        KindGroup::Edge,
        with(
            station(true, 1, 256, Holding::Release),
            choice("algorithm", SDS_TRANSLATE_NOOP("Catalog", "Algorithm"),
                   {"token_bucket", "sliding_window_log", "sliding_window_counter", "fixed_window"},
                   SDS_TRANSLATE_NOOP("Catalog", "How the limit is counted.")),
            integer(
                "limit", SDS_TRANSLATE_NOOP("Catalog", "Limit"), "count", 100, 1, 1000000000,
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Bucket size (token bucket) or requests per window (reference designs: 100).")),
            number(
                "refill_rate", SDS_TRANSLATE_NOOP("Catalog", "Refill rate"), "req/s", 10, 0, 1e9,
                SDS_TRANSLATE_NOOP(
                    "Catalog", "Tokens added per second (token bucket; reference designs: 10/s).")),
            number("window", SDS_TRANSLATE_NOOP("Catalog", "Window"), "s", 60, 0.001, 86400,
                   SDS_TRANSLATE_NOOP(
                       "Catalog", "Length of the counting window (reference designs: 1 minute).")),
            choice("scope", SDS_TRANSLATE_NOOP("Catalog", "Counted per"), {"client", "global"},
                   SDS_TRANSLATE_NOOP("Catalog",
                                      "One limit per client key, or one for all traffic."))),
        service(0.0002)));

    add(kind("identity_provider", SDS_TRANSLATE_NOOP("Catalog", "Identity provider"),
             SDS_TRANSLATE_NOOP("Catalog",
                                "OAuth 2.0 / OIDC login that issues access and refresh tokens."),
             KindGroup::Edge,
             with(station(true, 1, 64, Holding::Hold),
                  number("token_ttl", SDS_TRANSLATE_NOOP("Catalog", "Token lifetime"), "s", 3600, 1,
                         31536000,
                         SDS_TRANSLATE_NOOP("Catalog", "Seconds an access token stays valid."))),
             service(0.005)));

    // Compute
    add(kind("service", SDS_TRANSLATE_NOOP("Catalog", "Service"),
             SDS_TRANSLATE_NOOP("Catalog",
                                "A stateless web or application service behind a load balancer."),
             KindGroup::Compute, station(true, 1, 64, Holding::Hold), service(0.005)));

    KindSpec& worker =
        add(kind("worker", SDS_TRANSLATE_NOOP("Catalog", "Worker"),
                 SDS_TRANSLATE_NOOP(
                     "Catalog", "Background workers pulling jobs or messages and processing them."),
                 KindGroup::Compute, station(true, 1, 8, Holding::Hold), service(0.05)));
    for (auto& spec : worker.properties)
        if (spec.key == "spreading")
            spec.defaultValue = std::string("shared_queue");

    add(kind(
        "websocket_server", SDS_TRANSLATE_NOOP("Catalog", "WebSocket server"),
        SDS_TRANSLATE_NOOP(
            "Catalog",
            "Holds persistent connections and pushes messages both ways (chat, presence)."),
        KindGroup::Compute,
        with(station(true, 1, 256, Holding::Release),
             integer("max_connections", SDS_TRANSLATE_NOOP("Catalog", "Connections per instance"),
                     "count", 100000, 1, 100000000,
                     SDS_TRANSLATE_NOOP(
                         "Catalog", "Open connections one instance holds (assumption: 100K)."))),
        service(0.001)));

    add(kind(
        "stream_processor", SDS_TRANSLATE_NOOP("Catalog", "Stream processor"),
        SDS_TRANSLATE_NOOP(
            "Catalog", "Consumes an event stream continuously: aggregation, enrichment, counting."),
        KindGroup::Compute, station(true, 1, 4, Holding::Hold), service(0.002)));

    add(kind(
        "scheduler", SDS_TRANSLATE_NOOP("Catalog", "Scheduler"),
        SDS_TRANSLATE_NOOP("Catalog",
                           "Starts jobs at their time (cron); one leader runs the schedule."),
        KindGroup::Compute,
        with(station(true, 1, 4, Holding::Release),
             boolean("leader_election", SDS_TRANSLATE_NOOP("Catalog", "Leader election"), true,
                     SDS_TRANSLATE_NOOP("Catalog", "Only the elected instance dispatches jobs.")),
             number("tick", SDS_TRANSLATE_NOOP("Catalog", "Tick"), "s", 1, 0.001, 86400,
                    SDS_TRANSLATE_NOOP("Catalog", "How often due jobs are looked up."))),
        service(0.001)));

    add(kind(
        "external_service", SDS_TRANSLATE_NOOP("Catalog", "External service"),
        SDS_TRANSLATE_NOOP("Catalog", "A third-party API outside the design (payments, maps)."),
        KindGroup::Compute, station(true, 1, 1000, Holding::Release), service(0.1)));

    // Data
    KindSpec& cache = add(kind(
        "cache", SDS_TRANSLATE_NOOP("Catalog", "Cache"),
        SDS_TRANSLATE_NOOP(
            "Catalog", "In-memory key-value cache (Redis, Memcached); a miss goes to the origin or "
                       "the caller."),
        KindGroup::Data,
        with(dataStore(1, 1), hitRatio(0.8),
             number("capacity", SDS_TRANSLATE_NOOP("Catalog", "Memory"), "B", 16e9, 0, 1e15,
                    SDS_TRANSLATE_NOOP("Catalog", "Memory for cached items per shard.")),
             number("ttl", SDS_TRANSLATE_NOOP("Catalog", "TTL"), "s", 3600, 0, 31536000,
                    SDS_TRANSLATE_NOOP("Catalog", "Seconds an item stays cached; 0 = no expiry.")),
             choice("write_policy", SDS_TRANSLATE_NOOP("Catalog", "Write policy"),
                    {"cache_aside", "read_through", "write_through", "write_behind"},
                    SDS_TRANSLATE_NOOP("Catalog", "How writes reach the cache and the database."))),
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
    database("sql_database", SDS_TRANSLATE_NOOP("Catalog", "SQL database"),
             SDS_TRANSLATE_NOOP("Catalog",
                                "Relational database with ACID transactions (PostgreSQL, MySQL)."),
             32, 1, 0.002);
    database(
        "nosql_database", SDS_TRANSLATE_NOOP("Catalog", "NoSQL database"),
        SDS_TRANSLATE_NOOP(
            "Catalog", "Wide-column or key-value store built for sharding (Cassandra, DynamoDB)."),
        32, 3, 0.001);
    database("search_index", SDS_TRANSLATE_NOOP("Catalog", "Search index"),
             SDS_TRANSLATE_NOOP("Catalog",
                                "Inverted index for full-text and prefix queries (Elasticsearch)."),
             16, 2, 0.01);
    database("coordination_service", SDS_TRANSLATE_NOOP("Catalog", "Coordination service"),
             SDS_TRANSLATE_NOOP(
                 "Catalog",
                 "Consensus store for leader election, locks and configuration (ZooKeeper, etcd)."),
             8, 3, 0.002);
    KindSpec& warehouse = database(
        "data_warehouse", SDS_TRANSLATE_NOOP("Catalog", "Data warehouse"),
        SDS_TRANSLATE_NOOP("Catalog", "Columnar analytics store (BigQuery, Redshift, ClickHouse)."),
        8, 1, 1.0);
    warehouse.defaultService.base.distribution = Distribution::Lognormal;

    KindSpec& objects = add(kind(
        "object_storage", SDS_TRANSLATE_NOOP("Catalog", "Object storage"),
        SDS_TRANSLATE_NOOP("Catalog", "Blobs over HTTP: images, videos, backups (S3, GCS)."),
        KindGroup::Data,
        with(station(true, 1, 10000, Holding::Release),
             number("durability", SDS_TRANSLATE_NOOP("Catalog", "Durability"), "0..1",
                    0.99999999999, 0, 1,
                    SDS_TRANSLATE_NOOP(
                        "Catalog", "Probability an object survives a year (S3: eleven nines)."))),
        service(0.02)));
    objects.defaultWidth = 170;

    // Messaging
    KindSpec& queue = add(kind(
        "message_queue", SDS_TRANSLATE_NOOP("Catalog", "Message queue"),
        SDS_TRANSLATE_NOOP(
            "Catalog",
            "Task queue: acknowledges at once; consumers drain it at their own rate (SQS, "
            "RabbitMQ)."),
        KindGroup::Messaging,
        with(station(true, 1, 64, Holding::Release),
             number("retention", SDS_TRANSLATE_NOOP("Catalog", "Retention"), "s", 345600, 60,
                    1209600,
                    SDS_TRANSLATE_NOOP(
                        "Catalog", "Seconds an unconsumed message is kept (SQS default: 4 days).")),
             number("delay", SDS_TRANSLATE_NOOP("Catalog", "Delivery delay"), "s", 0, 0, 900,
                    SDS_TRANSLATE_NOOP(
                        "Catalog", "Seconds before a message becomes visible (delayed jobs)."))),
        service(0.0005)));

    KindSpec& stream = add(kind(
        "event_stream", SDS_TRANSLATE_NOOP("Catalog", "Event stream"),
        SDS_TRANSLATE_NOOP(
            "Catalog",
            "Partitioned, replicated log of events read by consumer groups (Kafka, Kinesis)."),
        KindGroup::Messaging,
        with(station(true, 3, 64, Holding::Release),
             integer(
                 "partitions", SDS_TRANSLATE_NOOP("Catalog", "Partitions"), "count", 12, 1, 100000,
                 SDS_TRANSLATE_NOOP(
                     "Catalog", "Ordered logs the topic is split into; a consumer group reads each "
                                "with one consumer.")),
             integer("replicas", SDS_TRANSLATE_NOOP("Catalog", "Replication factor"), "count", 3, 1,
                     10, SDS_TRANSLATE_NOOP("Catalog", "Copies of each partition.")),
             number("retention", SDS_TRANSLATE_NOOP("Catalog", "Retention"), "s", 604800, 60, 1e9,
                    SDS_TRANSLATE_NOOP("Catalog",
                                       "Seconds events are kept (Kafka default: 7 days)."))),
        service(0.0005)));
    stream.defaultWidth = 160;
    queue.broadcasts = stream.broadcasts = true;

    add(kind(
        "notification_provider", SDS_TRANSLATE_NOOP("Catalog", "Notification provider"),
        SDS_TRANSLATE_NOOP("Catalog",
                           "Sends email, SMS or push notifications (SES, Twilio, FCM/APNs)."),
        KindGroup::Messaging,
        with(station(true, 1, 1000, Holding::Release),
             choice("channel", SDS_TRANSLATE_NOOP("Catalog", "Channel"), {"push", "email", "sms"},
                    SDS_TRANSLATE_NOOP("Catalog", "What it delivers."))),
        service(0.1)));

    // Other
    add(kind(
        "generic_box", SDS_TRANSLATE_NOOP("Catalog", "Box"),
        SDS_TRANSLATE_NOOP("Catalog", "Anything the catalog lacks, with a station's properties."),
        KindGroup::Other, station(true, 1, 1, Holding::Hold), service(0.001)));

    KindSpec& note = add(kind(
        "text_note", SDS_TRANSLATE_NOOP("Catalog", "Text note"),
        SDS_TRANSLATE_NOOP("Catalog", "Free text on the canvas; takes no part in the traffic."),
        KindGroup::Other,
        {PropertySpec{"text",
                      SDS_TRANSLATE_NOOP("Catalog", "Text"),
                      PropertyType::Text,
                      "",
                      std::string(),
                      0,
                      0,
                      {},
                      SDS_TRANSLATE_NOOP("Catalog", "What the note says.")}},
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
