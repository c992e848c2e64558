#include "widgets/base/ComponentSummary.h"

#include "catalog/Catalog.h"

#include <gtest/gtest.h>

namespace studio::widgets {
namespace {

core::Component make(const std::string& kind) {
    const core::Catalog& catalog = core::Catalog::standard();
    return catalog.makeComponent(*catalog.find(kind), kind, 0, 0);
}

const core::KindSpec* spec(const std::string& kind) {
    return core::Catalog::standard().find(kind);
}

TEST(ComponentSummaryTest, StationsShowInstancesAndWorkers) {
    core::Component service = make("service");
    EXPECT_EQ(ComponentSummary::details(service, spec("service")), "1 instance × 64 workers");
    service.properties["instances"] = std::int64_t{12};
    service.properties["workers"] = std::int64_t{1};
    EXPECT_EQ(ComponentSummary::details(service, spec("service")), "12 instances × 1 worker");
}

TEST(ComponentSummaryTest, DataStoresShowShardsAndReplicas) {
    EXPECT_EQ(ComponentSummary::details(make("nosql_database"), spec("nosql_database")),
              "1 shard × 3 replicas");
}

TEST(ComponentSummaryTest, CachesShowTheirHitRatio) {
    core::Component cache = make("cache");
    EXPECT_EQ(ComponentSummary::details(cache, spec("cache")), "hit 80%");
    cache.properties["shards"] = std::int64_t{3};
    cache.properties["replicas"] = std::int64_t{2};
    EXPECT_EQ(ComponentSummary::details(cache, spec("cache")), "hit 80% · 3 shards × 2 replicas");
    EXPECT_EQ(ComponentSummary::storeNodes(cache, spec("cache")), 6);
    EXPECT_EQ(ComponentSummary::storeNodes(make("service"), spec("service")), 1);
    EXPECT_EQ(ComponentSummary::details(make("cdn"), spec("cdn")), "hit 90%");
}

TEST(ComponentSummaryTest, StreamsShowPartitions) {
    EXPECT_EQ(ComponentSummary::details(make("event_stream"), spec("event_stream")),
              "12 partitions × 3 replicas");
}

TEST(ComponentSummaryTest, ClientsShowTheirWorkload) {
    core::Component client = make("client");
    client.workload->rate = 1200;
    client.workload->peakFactor = 3;
    EXPECT_EQ(ComponentSummary::details(client, spec("client")), "1,200 req/s, peak × 3");
    client.workload->rate = 2e9 / 1440; // the chat's phones: never "1.389e+06"
    EXPECT_EQ(ComponentSummary::details(client, spec("client")), "1,388,889 req/s, peak × 3");
    client.workload->rate = 3.8580246;
    EXPECT_EQ(ComponentSummary::details(client, spec("client")), "3.858 req/s, peak × 3");
    client.workload->type = core::WorkloadType::Closed;
    client.workload->population = 500;
    client.workload->thinkTime = 2.5;
    EXPECT_EQ(ComponentSummary::details(client, spec("client")), "500 users, think 2.5 s");
}

TEST(ComponentSummaryTest, NotesAndUnknownKindsShowNoFigures) {
    EXPECT_EQ(ComponentSummary::details(make("text_note"), spec("text_note")), "");
    core::Component odd;
    odd.kind = "quantum_router";
    EXPECT_EQ(ComponentSummary::details(odd, nullptr), "");
    EXPECT_EQ(ComponentSummary::kindLabel(odd, nullptr), "quantum_router");
}

} // namespace
} // namespace studio::widgets
