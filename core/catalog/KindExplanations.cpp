// Each text quotes or closely paraphrases the seed's passage on the component
// (system-design-reference.md); the section it comes from is named above it.
#include "catalog/KindExplanations.h"

#include "util/Message.h"

#include <array>
#include <utility>

namespace studio::core {

namespace {

using Explanation = std::pair<std::string_view, const char*>;

const std::array kExplanations = {
    // Back-of-Envelope Estimation
    Explanation{"client",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Where the traffic starts: the people or devices using the system. The "
                    "reference designs estimate it on the back of an envelope: daily active users "
                    "× actions per day gives the daily volume, so 10M DAU × 10 reads a day is "
                    "about 1.2K reads per second.")},
    // DNS & CDN; Load Balancing Layers (Global); Failure Modes
    Explanation{"dns", SDS_TRANSLATE_NOOP(
                           "Catalog",
                           "The user's resolver asks the authoritative DNS for a name and gets an "
                           "IP address back. With GeoDNS the answer sends each user to the nearest "
                           "point of presence; DNS-based global balancing (Route 53, Cloudflare) "
                           "routes by geography or latency, and DNS health checks drive "
                           "multi-region failover.")},
    // DNS & CDN; Multi-Level Caching
    Explanation{"cdn", SDS_TRANSLATE_NOOP(
                           "Catalog",
                           "Edge caches worldwide, near the users. A user in Tokyo whose request "
                           "hits the Tokyo PoP gets the response in about 5 ms; a miss goes to the "
                           "origin in San Francisco (about 200 ms) and is then cached at the PoP. "
                           "It is the outermost cache level, for static and semi-static content.")},
    // Defense in Depth
    Explanation{"waf", SDS_TRANSLATE_NOOP(
                           "Catalog",
                           "Defence in depth starts at the edge: CDN, WAF and DDoS protection are "
                           "layer 1, before the network, TLS, authentication, authorization, the "
                           "application, the data and the audit. The web application firewall "
                           "filters malicious traffic before it reaches the gateway and the "
                           "services.")},
    // Load Balancing Layers; Algorithms
    Explanation{"load_balancer_l4",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Layer 4 (transport) balancing routes TCP and UDP by IP and port: very fast, "
                    "because it never inspects the content (AWS NLB, HAProxy in TCP mode, IPVS). "
                    "Its algorithm picks the server: round robin for equal servers, least "
                    "connections for varying request durations, consistent hashing for minimal "
                    "redistribution when servers come and go.")},
    // Load Balancing Layers; Scaling Strategies by Component
    Explanation{"load_balancer_l7",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Layer 7 (application) balancing routes HTTP requests by URL, headers and "
                    "cookies: content-aware, path-based or host-based routing (AWS ALB, Nginx, "
                    "Envoy). Stateless web and application servers scale out behind it; IP hash "
                    "gives session stickiness where it is needed.")},
    // Authentication Patterns; E-Commerce Platform; Multi-Level Caching
    Explanation{"api_gateway",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "The one entry point in front of the services: it validates the caller's JWT, "
                    "applies rate limits and routes each request to its microservice, as in the "
                    "reference designs' e-commerce platform. It may also cache responses, one "
                    "level of multi-level caching.")},
    // Rate Limiting; Rate Limiter
    Explanation{"rate_limiter",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Caps how often a client may call. A token bucket holds 100 tokens refilled "
                    "at 10 per second; each request costs one, and with none left the answer is "
                    "HTTP 429 Too Many Requests. A sliding window counts the requests of the last "
                    "minute instead; a distributed limiter keeps its counters in Redis.")},
    // Authentication Patterns
    Explanation{"identity_provider",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "OAuth 2.0 with OIDC: the user logs in at the identity provider (Keycloak, "
                    "Auth0, Okta), which issues an access token (a JWT) and a refresh token. The "
                    "API gateway then validates the JWT on every request before it reaches a "
                    "microservice.")},
    // Scaling Strategies by Component; RED Method
    Explanation{"service",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Web and application servers are stateless, so they scale horizontally "
                    "behind a load balancer (sticky sessions only if needed). Watch a service "
                    "with the RED method: rate (requests per second), errors (the share that "
                    "fails) and duration (P50, P95, P99).")},
    // Distributed Job Scheduler (Workers); Read/Write Patterns
    Explanation{"worker",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Workers pull jobs from a queue, execute them, report the result and handle "
                    "failures with retries and backoff. A write-heavy path goes through a message "
                    "queue to a batch writer instead of hitting the database directly.")},
    // Chat System; Protocol Comparison
    Explanation{"websocket_server",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Holds persistent, stateful connections for real-time traffic both ways at "
                    "very low latency, as in a chat system: sender → WebSocket → chat server → "
                    "the recipient's chat server. With 2B users and 10% of them online, that is "
                    "200M concurrent connections.")},
    // Message Queues & Streaming; URL Shortener
    Explanation{"stream_processor",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Reads an event stream continuously for real-time pipelines: event sourcing, "
                    "change data capture, aggregation and counting (the reference URL shortener "
                    "counts clicks asynchronously through Kafka). It scales with the stream's "
                    "partitions.")},
    // Distributed Job Scheduler
    Explanation{"scheduler",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Keeps cron-like schedules in a priority queue sorted by the next run time; "
                    "leader election makes sure only one scheduler runs the jobs. Due jobs go to "
                    "a job queue (a Redis sorted set, or SQS with a delay) that workers pull "
                    "from; the hard parts are exactly-once execution, clock skew and workers "
                    "failing mid-job.")},
    // Failure Modes
    Explanation{"external_service",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "A dependency outside your control, such as payments or maps. The reference "
                    "designs' failure modes apply to it: a slow dependency shows as rising latency "
                    "and is contained with timeouts and bulkheads; a cascading failure with "
                    "circuit breakers and load shedding.")},
    // Caching Strategies; Multi-Level Caching; Cache Invalidation; Cache Stampede Prevention
    Explanation{"cache", SDS_TRANSLATE_NOOP(
                             "Catalog",
                             "Serves hot reads from memory: a distributed cache (Redis) answers in "
                             "about 1 ms, shared by every instance. With cache-aside the "
                             "application reads the cache and, on a miss, reads the database and "
                             "writes the cache; TTLs or write events keep it fresh, and a lock or "
                             "jitter on the TTL prevents a stampede when a hot key expires.")},
    // SQL vs NoSQL Decision Matrix; Scaling Strategies by Component
    Explanation{"sql_database",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "A relational database (PostgreSQL, MySQL): fixed schema, full ACID "
                    "transactions and native joins, best for complex queries and relationships. "
                    "Reads scale with read replicas and caching; writes scale vertically first, "
                    "then by sharding.")},
    // SQL vs NoSQL Decision Matrix; Consistent Hashing; CAP Trade-offs in Practice
    Explanation{"nosql_database",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Designed for sharding: a flexible schema, configurable consistency and high "
                    "write throughput for simple access patterns (Cassandra, DynamoDB). Keys are "
                    "placed by consistent hashing, so adding a node moves only its neighbours' "
                    "keys; reads are eventually consistent by default.")},
    // Indexing Strategies; Database Selection Guide; Search Autocomplete
    Explanation{"search_index",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "An inverted index (Elasticsearch, OpenSearch) answers full-text and "
                    "tokenized queries with relevance scoring, and prefix queries for "
                    "typeahead; it is weak at exact matches and numeric ranges. It scales by "
                    "sharding plus replicas.")},
    // Consensus Algorithms; Distributed Locks; CAP Trade-offs in Practice
    Explanation{"coordination_service",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "A consensus store (ZooKeeper with ZAB, etcd with Raft) for leader election, "
                    "locks and configuration; it is CP, unavailable during a leader election. A "
                    "ZooKeeper lock is an ephemeral sequential znode: the lowest holds the lock, "
                    "and when its node dies the next in line gets it.")},
    // Database Selection Guide; Data Lake Architecture
    Explanation{"data_warehouse",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "For analytics (OLAP): columnar, massively parallel SQL stores such as "
                    "BigQuery, Redshift and ClickHouse. Data often reaches it through a data "
                    "lake's bronze (raw), silver (cleaned) and gold (business-ready) layers, "
                    "kept as Parquet.")},
    // Object Storage vs Block vs File; Scaling Strategies by Component
    Explanation{"object_storage",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Holds images, videos, backups and data lakes behind an HTTP API (S3, GCS, "
                    "Azure Blob) and scales automatically. Block storage is a mounted disk for "
                    "databases and file storage a shared POSIX file system; object storage is "
                    "for files the services read and write whole.")},
    // Message Queues & Streaming; Read/Write Patterns
    Explanation{"message_queue",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "A task queue (SQS, RabbitMQ) for job processing and work distribution: the "
                    "producer hands a job over and moves on, and workers drain the queue at "
                    "their own rate. With a delivery delay it serves scheduled tasks and "
                    "reminders.")},
    // Message Queues & Streaming; Scaling Strategies by Component; News Feed
    Explanation{"event_stream",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "A partitioned, replicated log (Kafka, Kinesis) for event sourcing, change "
                    "data capture and real-time pipelines; it scales by adding partitions. In the "
                    "reference designs it carries order events, click counts and a news feed's "
                    "fan-out on write.")},
    // Notification System; Chat System
    Explanation{"notification_provider",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "The delivery end of a notification system: once the notification service "
                    "has deduplicated, rate-limited, checked preferences and rendered the "
                    "template, the message goes out as email (SES), push (FCM/APNs) or SMS "
                    "(Twilio). Chat systems use push for users who are offline.")},
    // Chat System; Search Autocomplete; Video Streaming (components without a kind)
    Explanation{"generic_box",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "Anything the catalog lacks, such as the reference designs' presence service, "
                    "trie service or transcoding service. It queues and serves requests like a "
                    "service: give it the instances, workers and service time of what it stands "
                    "for.")},
    // System Design Interview Framework
    Explanation{"text_note",
                SDS_TRANSLATE_NOOP(
                    "Catalog",
                    "For what boxes cannot show: the functional and non-functional requirements, "
                    "the assumptions, the API contracts, the trade-offs discussed (the reference "
                    "designs' interview framework asks for all of them). A note takes no part in "
                    "the traffic.")},
};

} // namespace

const char* kindExplanation(std::string_view kindId) {
    for (const auto& [id, text] : kExplanations)
        if (id == kindId)
            return text;
    return "";
}

} // namespace studio::core
