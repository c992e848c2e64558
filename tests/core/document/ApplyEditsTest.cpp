// Applying a calculator's figure to a component: what takes each figure, how it is applied
// (the per-shard cache split, the shard clamp, the rate and peak) and the edit, redo -> undo
// -> redo.
#include "document/ApplyEdits.h"
#include "EditRoundTrip.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

using namespace studio::core;

namespace {

const Catalog& catalog() {
    return Catalog::standard();
}

Component make(const std::string& kind, const std::string& id) {
    return catalog().makeComponent(*catalog().find(kind), id, 0, 0);
}

Design sample() {
    Design design;
    Component db = make("sql_database", "db");
    db.properties["shards"] = std::int64_t{4};
    design.components = {make("client", "users"), make("service", "app"),
                         make("cache", "cache"),  db,
                         make("cdn", "cdn"),      make("message_queue", "queue")};
    return design;
}

const Component& component(const std::string& id) {
    static const Design design = sample();
    return *design.findComponent(id);
}

// The standard catalog with the kind `id` changed by `change`.
template <class Change> Catalog changedCatalog(const std::string& id, Change change) {
    std::vector<KindSpec> kinds = catalog().kinds();
    for (KindSpec& kind : kinds)
        if (kind.id == id)
            change(kind);
    return Catalog(std::move(kinds));
}

// The design after the edit (not an empty one), applied to sample() as redo -> undo -> redo.
Design applied(const ChangeSet& changes) {
    EXPECT_FALSE(changes.empty());
    return test::appliedTo(sample(), changes);
}

} // namespace

TEST(ApplyEdits, AnOpenClientTakesAnArrivalRate) {
    EXPECT_TRUE(edits::takesArrivalRate(component("users")));
    EXPECT_FALSE(edits::takesArrivalRate(component("app"))) << "no workload";
    Component closed = component("users");
    closed.workload->type = WorkloadType::Closed;
    EXPECT_FALSE(edits::takesArrivalRate(closed)) << "a closed workload has no rate";
}

TEST(ApplyEdits, ArrivalRateSetsTheRateAndPeakAndNothingElse) {
    const Component& users = component("users");
    const Component after = edits::withArrivalRate(users, 1157.407, 3);
    EXPECT_DOUBLE_EQ(after.workload->rate, 1157.407);
    EXPECT_DOUBLE_EQ(after.workload->peakFactor, 3);
    Component expected = users;
    expected.workload->rate = 1157.407;
    expected.workload->peakFactor = 3;
    EXPECT_EQ(after, expected) << "classes, timeout and the rest stay";

    const Component given = edits::withArrivalRate(component("app"), 50, 2);
    ASSERT_TRUE(given.workload.has_value()) << "a component without one gets a workload";
    EXPECT_EQ(given.workload->type, WorkloadType::Open);
    EXPECT_DOUBLE_EQ(given.workload->rate, 50);

    const Design design = applied(edits::setArrivalRate(sample(), "users", 1157.407, 3));
    EXPECT_EQ(*design.findComponent("users"), after);
}

TEST(ApplyEdits, ACacheKindWithCapacityInBytesTakesACacheSize) {
    EXPECT_TRUE(edits::takesCacheSize(component("cache"), catalog()));
    EXPECT_FALSE(edits::takesCacheSize(component("db"), catalog())) << "answers no hits";
    EXPECT_FALSE(edits::takesCacheSize(component("cdn"), catalog())) << "hits, no capacity";
    EXPECT_FALSE(edits::takesCacheSize(component("queue"), catalog()));

    const Catalog itemsCapacity = changedCatalog("cache", [](KindSpec& kind) {
        for (PropertySpec& property : kind.properties)
            if (property.key == "capacity")
                property.unit = "count";
    });
    EXPECT_FALSE(edits::takesCacheSize(component("cache"), itemsCapacity)) << "not bytes";
    const Catalog noKind(std::vector<KindSpec>{});
    EXPECT_FALSE(edits::takesCacheSize(component("cache"), noKind)) << "an unknown kind";
}

TEST(ApplyEdits, CacheSizeIsSplitOverTheShardsRoundedUpToAByte) {
    EXPECT_DOUBLE_EQ(edits::withCacheSize(component("cache"), 2e9).number("capacity"), 2e9);
    EXPECT_DOUBLE_EQ(edits::withCacheSize(component("cache"), 2e9 + 0.25).number("capacity"),
                     2e9 + 1);

    Component sharded = component("cache");
    sharded.properties["shards"] = std::int64_t{3};
    EXPECT_DOUBLE_EQ(edits::shardsOf(sharded), 3);
    // 10 GB over 3 shards: each holds a third, rounded up to a whole byte.
    EXPECT_DOUBLE_EQ(edits::bytesPerShard(sharded, 10e9), 3333333334);
    EXPECT_DOUBLE_EQ(edits::withCacheSize(sharded, 10e9).number("capacity"), 3333333334);

    Component none = component("cache");
    none.properties["shards"] = std::int64_t{0};
    EXPECT_DOUBLE_EQ(edits::shardsOf(none), 1) << "at least one shard";
    none.properties.erase("shards");
    EXPECT_DOUBLE_EQ(edits::withCacheSize(none, 4e9).number("capacity"), 4e9);

    const Design design = applied(edits::setCacheSize(sample(), "cache", 2e9));
    EXPECT_DOUBLE_EQ(design.findComponent("cache")->number("capacity"), 2e9);
}

TEST(ApplyEdits, ADataStoreWithShardsTakesAShardCount) {
    EXPECT_TRUE(edits::takesShardCount(component("db"), catalog()));
    EXPECT_TRUE(edits::takesShardCount(component("cache"), catalog()));
    EXPECT_FALSE(edits::takesShardCount(component("app"), catalog()));
    EXPECT_FALSE(edits::takesShardCount(component("users"), catalog()));
    EXPECT_FALSE(edits::takesShardCount(component("queue"), catalog()));

    const Catalog unsharded = changedCatalog("sql_database", [](KindSpec& kind) {
        std::erase_if(kind.properties, [](const PropertySpec& p) { return p.key == "shards"; });
    });
    EXPECT_FALSE(edits::takesShardCount(component("db"), unsharded)) << "no `shards`";
    const Catalog notAStore =
        changedCatalog("sql_database", [](KindSpec& kind) { kind.dataStore = false; });
    EXPECT_FALSE(edits::takesShardCount(component("db"), notAStore));
}

TEST(ApplyEdits, AShardCountIsAWholeNumberFromOneToTheLargestCount) {
    EXPECT_EQ(edits::wholeShards(5.2), 6) << "rounded up";
    EXPECT_EQ(edits::wholeShards(6), 6);
    EXPECT_EQ(edits::wholeShards(10 + 1e-12), 10) << "floating-point noise is not a shard";
    EXPECT_EQ(edits::wholeShards(0), 1);
    EXPECT_EQ(edits::wholeShards(-3), 1);
    EXPECT_EQ(edits::wholeShards(1e20), 1e15);
    EXPECT_EQ(edits::wholeShards(std::numeric_limits<double>::infinity()), 1e15);
    EXPECT_EQ(edits::wholeShards(std::numeric_limits<double>::quiet_NaN()), 1e15);

    const Component more = edits::withShardCount(component("db"), 5.2);
    const PropertyValue& shards = more.properties.at("shards");
    ASSERT_TRUE(std::holds_alternative<std::int64_t>(shards)) << "shards stay an integer";
    EXPECT_EQ(std::get<std::int64_t>(shards), 6);

    const Design design = applied(edits::setShardCount(sample(), "db", 6));
    EXPECT_EQ(design.findComponent("db")->number("shards"), 6);
}

TEST(ApplyEdits, NoChangeAndNoComponentMakeEmptyEdits) {
    EXPECT_TRUE(edits::setShardCount(sample(), "db", 4).empty()) << "it has 4 already";
    EXPECT_TRUE(edits::setShardCount(sample(), "db", 3.5).empty()) << "3.5 is 4 shards";
    EXPECT_TRUE(edits::setShardCount(sample(), "nothing", 4).empty());
    EXPECT_TRUE(edits::setCacheSize(sample(), "nothing", 1e9).empty());
    const Workload& users = *component("users").workload;
    EXPECT_TRUE(edits::setArrivalRate(sample(), "users", users.rate, users.peakFactor).empty());
    EXPECT_FALSE(edits::setArrivalRate(sample(), "users", users.rate, 2).empty());
}
