#include "catalog/Catalog.h"
#include "model/Link.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <regex>
#include <set>

using namespace studio::core;

namespace {
const Catalog& catalog() {
    return Catalog::standard();
}
} // namespace

TEST(Catalog, CoversTheSeedsComponentKinds) {
    const std::vector<std::string> required = {"client",
                                               "dns",
                                               "cdn",
                                               "waf",
                                               "load_balancer_l4",
                                               "load_balancer_l7",
                                               "api_gateway",
                                               "identity_provider",
                                               "service",
                                               "worker",
                                               "cache",
                                               "sql_database",
                                               "nosql_database",
                                               "message_queue",
                                               "event_stream",
                                               "stream_processor",
                                               "object_storage",
                                               "search_index",
                                               "data_warehouse",
                                               "rate_limiter",
                                               "websocket_server",
                                               "notification_provider",
                                               "scheduler",
                                               "coordination_service",
                                               "generic_box",
                                               "text_note"};
    for (const auto& id : required)
        EXPECT_NE(catalog().find(id), nullptr) << id;
    EXPECT_GE(catalog().kinds().size(), 22u);
    EXPECT_EQ(catalog().find("mainframe"), nullptr);
}

TEST(Catalog, IdsAreUniqueSnakeCaseAndEveryKindIsDescribed) {
    const std::regex snake("[a-z][a-z0-9]*(_[a-z0-9]+)*");
    std::set<std::string> ids;
    for (const auto& kind : catalog().kinds()) {
        EXPECT_TRUE(std::regex_match(kind.id, snake)) << kind.id;
        EXPECT_TRUE(ids.insert(kind.id).second) << "duplicate kind " << kind.id;
        EXPECT_STRNE(kind.label, "") << kind.id;
        EXPECT_STRNE(kind.description, "") << kind.id;
        EXPECT_GT(kind.defaultWidth, 0) << kind.id;
        EXPECT_GT(kind.defaultHeight, 0) << kind.id;
        std::set<std::string> keys;
        for (const auto& property : kind.properties) {
            EXPECT_TRUE(std::regex_match(property.key, snake)) << kind.id << "." << property.key;
            EXPECT_TRUE(keys.insert(property.key).second) << kind.id << "." << property.key;
            EXPECT_STRNE(property.label, "") << kind.id << "." << property.key;
            EXPECT_STRNE(property.help, "") << kind.id << "." << property.key;
        }
    }
}

TEST(Catalog, EveryDefaultIsAValidValueOfItsProperty) {
    for (const auto& kind : catalog().kinds())
        for (const auto& property : kind.properties) {
            const auto problem = property.check(property.defaultValue);
            EXPECT_FALSE(problem.has_value())
                << kind.id << "." << property.key << ": " << (problem ? problem->format() : "");
            if (property.type == PropertyType::Integer || property.type == PropertyType::Number) {
                EXPECT_LE(property.min, property.max) << kind.id << "." << property.key;
            }
            if (property.type == PropertyType::Choice) {
                EXPECT_GE(property.choices.size(), 2u) << kind.id << "." << property.key;
            }
        }
}

TEST(Catalog, StationsQueueAndServeDataStoresShardAndReplicate) {
    for (const auto& kind : catalog().kinds()) {
        if (!kind.station) {
            EXPECT_EQ(kind.property("workers"), nullptr) << kind.id;
            continue;
        }
        for (const char* key : {"workers", "queue_limited", "queue_capacity", "holding"})
            EXPECT_NE(kind.property(key), nullptr) << kind.id << " lacks " << key;
        EXPECT_GT(kind.defaultService.base.mean, 0) << kind.id;
        // Shards and replicas are not instances: a data store has the first two only.
        if (kind.dataStore) {
            EXPECT_NE(kind.property("shards"), nullptr) << kind.id;
            EXPECT_NE(kind.property("replicas"), nullptr) << kind.id;
            EXPECT_EQ(kind.property("instances"), nullptr) << kind.id;
        } else {
            EXPECT_NE(kind.property("instances"), nullptr) << kind.id;
            EXPECT_EQ(kind.property("shards"), nullptr) << kind.id;
        }
        EXPECT_EQ(kind.hitsOrMisses, kind.property("hit_ratio") != nullptr) << kind.id;
    }
    EXPECT_TRUE(catalog().find("client")->source);
    EXPECT_FALSE(catalog().find("client")->station);
}

TEST(Catalog, DefaultsFollowTheSeed) {
    // Cache hit ratio 80% (URL shortener), token bucket 100 tokens refilled at 10/s over a
    // 1-minute window, and a same-datacenter round trip of 0.5 ms (one way on a link).
    EXPECT_EQ(asNumber(catalog().find("cache")->property("hit_ratio")->defaultValue), 0.8);
    const KindSpec& limiter = *catalog().find("rate_limiter");
    EXPECT_EQ(asNumber(limiter.property("limit")->defaultValue), 100);
    EXPECT_EQ(asNumber(limiter.property("refill_rate")->defaultValue), 10);
    EXPECT_EQ(asNumber(limiter.property("window")->defaultValue), 60);
    EXPECT_DOUBLE_EQ(2 * Link{}.latency, 0.0005);
    // A Redis call takes ~1 ms in the seed: the round trip plus the cache's own service.
    EXPECT_DOUBLE_EQ(2 * Link{}.latency + catalog().find("cache")->defaultService.base.mean, 0.001);
    // Workers pull from a shared queue (a consumer group); services are thread-per-request.
    EXPECT_EQ(catalog().find("worker")->property("spreading")->defaultValue,
              PropertyValue(std::string("shared_queue")));
    EXPECT_EQ(catalog().find("service")->property("holding")->defaultValue,
              PropertyValue(std::string("hold")));
    EXPECT_EQ(catalog().find("load_balancer_l7")->property("holding")->defaultValue,
              PropertyValue(std::string("release")));
}

TEST(Catalog, MakesComponentsWithEveryPropertyAtItsDefault) {
    for (const auto& kind : catalog().kinds()) {
        const Component component = catalog().makeComponent(kind, "c1", 10, 20);
        EXPECT_EQ(component.kind, kind.id);
        EXPECT_EQ(component.rect.x, 10);
        EXPECT_EQ(component.rect.width, kind.defaultWidth);
        EXPECT_EQ(component.properties.size(), kind.properties.size()) << kind.id;
        for (const auto& property : kind.properties)
            EXPECT_EQ(component.properties.at(property.key), property.defaultValue);
        EXPECT_EQ(component.workload.has_value(), kind.source) << kind.id;
        EXPECT_EQ(component.service, kind.defaultService) << kind.id;
    }
}

TEST(Catalog, FillDefaultsKeepsWhatIsSet) {
    const KindSpec& db = *catalog().find("sql_database");
    Component component;
    component.properties["shards"] = std::int64_t{4};
    Catalog::fillDefaults(db, component);
    EXPECT_EQ(component.number("shards"), 4);
    EXPECT_EQ(component.number("replicas"), 1);
    EXPECT_EQ(component.properties.size(), db.properties.size());
}

TEST(PropertySpec, RefusesWrongTypesRangesAndFractions) {
    const KindSpec& db = *catalog().find("sql_database");
    const PropertySpec& shards = *db.property("shards");
    EXPECT_FALSE(shards.check(std::int64_t{4}).has_value());
    EXPECT_FALSE(shards.check(4.0).has_value()) << "a whole double is a whole number";
    EXPECT_EQ(shards.check(std::int64_t{0})->format(), "shards must be >= 1, got 0");
    EXPECT_EQ(shards.check(2.5)->format(), "shards must be a whole number, got 2.5");
    EXPECT_EQ(shards.check(std::string("four"))->format(), "shards must be a number, got string");
    EXPECT_EQ(shards.check(1e300)->format(), "shards must be <= 100000, got 1e+300");
    EXPECT_EQ(shards.check(std::numeric_limits<double>::quiet_NaN())->format(),
              "shards must be a finite number, got NaN");

    const PropertySpec& replication = *db.property("replication");
    EXPECT_FALSE(replication.check(std::string("sync")).has_value());
    EXPECT_EQ(replication.check(std::string("quorum"))->format(),
              "replication must be one of async, sync, got \"quorum\"");
    EXPECT_EQ(db.property("queue_limited")->check(std::int64_t{1})->format(),
              "queue_limited must be true or false, got integer");
    EXPECT_EQ(catalog().find("text_note")->property("text")->check(3.0)->format(),
              "text must be a string, got number");
}

TEST(Catalog, BalancersAndBroadcastersAreFlagged) {
    const auto& catalog = studio::core::Catalog::standard();
    for (const char* id : {"load_balancer_l4", "load_balancer_l7"})
        EXPECT_TRUE(catalog.find(id)->balances) << id;
    for (const char* id : {"message_queue", "event_stream"})
        EXPECT_TRUE(catalog.find(id)->broadcasts) << id;
    EXPECT_FALSE(catalog.find("api_gateway")->balances);
    EXPECT_FALSE(catalog.find("service")->broadcasts);
}
