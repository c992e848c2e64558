// Applying a calculator's result: each command redo -> undo -> redo and its text. The rules
// (what takes each figure, how it is applied) are tested in core (document/ApplyEditsTest).
#include "CommandRoundTrip.h"

#include "widgets/commands/ApplyCommands.h"

#include <gtest/gtest.h>

using namespace studio;
using namespace studio::widgets;

namespace {

class ApplyCommandsTest : public test::CommandFixture {
protected:
    const core::Component& component(const std::string& id) {
        return *document.design().findComponent(id);
    }
};

} // namespace

TEST_F(ApplyCommandsTest, ArrivalRateSetsTheClientsRateAndPeakFactor) {
    const core::Workload before = *component("users").workload;
    roundTrip(new ApplyArrivalRateCommand(model(), "users", 1157.407, 3),
              [&](const core::Design& d) {
                  const core::Workload& workload = *d.findComponent("users")->workload;
                  EXPECT_DOUBLE_EQ(workload.rate, 1157.407);
                  EXPECT_DOUBLE_EQ(workload.peakFactor, 3);
                  EXPECT_EQ(workload.classes, before.classes) << "nothing else changes";
              });
    EXPECT_EQ(document.undoStack()->undoText(),
              "Set arrival rate of Users to 1.16K req/s, peak x3");
}

TEST_F(ApplyCommandsTest, CacheSizeIsSplitOverTheCachesShards) {
    roundTrip(new ApplyCacheSizeCommand(model(), "cache", 2e9), [](const core::Design& d) {
        EXPECT_DOUBLE_EQ(d.findComponent("cache")->number("capacity"), 2e9);
    });
    EXPECT_EQ(document.undoStack()->undoText(), "Set memory of Redis to 2 GB");

    core::Component sharded = component("cache");
    sharded.properties["shards"] = std::int64_t{3};
    document.reset([&] {
        core::Design design = document.design();
        *design.findComponent("cache") = sharded;
        return design;
    }());
    roundTrip(new ApplyCacheSizeCommand(model(), "cache", 10e9), [](const core::Design& d) {
        // 10 GB over 3 shards: each shard holds a third, rounded up to a whole byte.
        EXPECT_DOUBLE_EQ(d.findComponent("cache")->number("capacity"), 3333333334);
    });
    EXPECT_EQ(document.undoStack()->undoText(),
              "Set memory of Redis to 3.33 GB a shard (10 GB over 3 shards)");
}

TEST_F(ApplyCommandsTest, ShardCountIsAWholeNumberOfShards) {
    roundTrip(new ApplyShardCountCommand(model(), "db", 6), [](const core::Design& d) {
        const auto& shards = d.findComponent("db")->properties.at("shards");
        ASSERT_TRUE(std::holds_alternative<std::int64_t>(shards)) << "shards stay an integer";
        EXPECT_EQ(std::get<std::int64_t>(shards), 6);
    });
    EXPECT_EQ(document.undoStack()->undoText(), "Set shards of Links DB to 6");
    roundTrip(new ApplyShardCountCommand(model(), "db", 7.2),
              [](const core::Design& d) { EXPECT_EQ(d.findComponent("db")->number("shards"), 8); });
    EXPECT_EQ(document.undoStack()->undoText(), "Set shards of Links DB to 8") << "rounded up";
}

TEST_F(ApplyCommandsTest, TheSameValueAddsNoUndoStep) {
    document.push(new ApplyShardCountCommand(model(), "db", 4)); // it has 4 already
    EXPECT_EQ(document.undoStack()->count(), 0);
}
