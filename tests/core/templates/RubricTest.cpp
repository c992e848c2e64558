// checkRubric and each predicate, on small designs built here: every predicate passes where
// it should and fails, saying why, where it should not.
#include "../format/TestDesigns.h"
#include "TemplateTestSupport.h"

#include "catalog/Catalog.h"
#include "format/Validator.h"
#include "templates/Rubric.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using test::describe;

Component& add(Design& design, const std::string& kind, const std::string& id) {
    const Catalog& catalog = Catalog::standard();
    design.components.push_back(catalog.makeComponent(*catalog.find(kind), id, 0, 0));
    design.components.back().name = id; // details name components as the canvas does
    return design.components.back();
}

Link& connect(Design& design, const std::string& from, const std::string& to, LinkMode mode) {
    Link link;
    link.id = from + "-" + to;
    link.from = from;
    link.to = to;
    link.mode = mode;
    design.links.push_back(link);
    return design.links.back();
}

// users -> lb -> app (choose); app calls cache, which reads through to db; app hands writes
// to queue, drained by worker.
Design readThroughDesign() {
    Design design;
    add(design, "client", "users");
    add(design, "load_balancer_l7", "lb");
    add(design, "service", "app");
    add(design, "cache", "cache");
    add(design, "sql_database", "db").properties["replicas"] = std::int64_t{3};
    add(design, "message_queue", "queue");
    add(design, "worker", "worker");
    connect(design, "users", "lb", LinkMode::Choose);
    connect(design, "lb", "app", LinkMode::Choose);
    connect(design, "app", "cache", LinkMode::Call);
    connect(design, "cache", "db", LinkMode::Call);
    connect(design, "app", "queue", LinkMode::Handoff);
    connect(design, "queue", "worker", LinkMode::Handoff);
    design.estimation.dau = 1e6;
    design.estimation.readsPerUserPerDay = 9;
    design.estimation.writesPerUserPerDay = 1;
    return design;
}

// A template holding `check` alone, over `design` (the reference for estimate checks).
Template oneItem(RubricCheck check, const Design& reference = readThroughDesign()) {
    Template t;
    t.id = "one";
    t.design = reference;
    t.rubric.push_back(RubricItem{"item", "The item", 3, std::move(check)});
    return t;
}

RubricItemResult result(const Design& design, RubricCheck check,
                        const Design& reference = readThroughDesign()) {
    const RubricScore score = checkRubric(design, oneItem(std::move(check), reference));
    EXPECT_EQ(score.items.size(), 1u);
    return score.items.empty() ? RubricItemResult{} : score.items.front();
}

#define EXPECT_VERDICT(item, expectPass, fragment)                                                 \
    do {                                                                                           \
        const RubricItemResult& r = (item);                                                        \
        EXPECT_EQ(r.passed, (expectPass)) << r.detail.format();                                    \
        EXPECT_NE(r.detail.format().find(fragment), std::string::npos) << r.detail.format();       \
        EXPECT_STREQ(r.detail.context, "Rubric");                                                  \
    } while (false)

TEST(Rubric, TheHandBuiltDesignIsValid) {
    EXPECT_TRUE(validateDesign(readThroughDesign()).empty())
        << describe(validateDesign(readThroughDesign()));
}

TEST(Rubric, KindPresent) {
    const Design design = readThroughDesign();
    EXPECT_VERDICT(result(design, KindPresentCheck{{"cache", "cdn"}, 1}), true,
                   "1 of kind cache or cdn: cache");
    EXPECT_VERDICT(result(design, KindPresentCheck{{"cache"}, 2}), false,
                   "1 of kind cache (cache), fewer than the 2 needed");
    EXPECT_VERDICT(result(design, KindPresentCheck{{"cdn"}, 1}), false, "no component of kind cdn");
    Design two = design;
    add(two, "cache", "cache-2");
    EXPECT_VERDICT(result(two, KindPresentCheck{{"cache"}, 2}), true, "cache, cache-2");
}

TEST(Rubric, PathFollowsLinksInTheirDirection) {
    const Design design = readThroughDesign();
    EXPECT_VERDICT(result(design, PathCheck{{"load_balancer_l7"}, {"sql_database"}, {}}), true,
                   "path: lb → app → cache → db");
    EXPECT_VERDICT(result(design, PathCheck{{"sql_database"}, {"load_balancer_l7"}, {}}), false,
                   "no links lead from db to lb");
    // Any mode: the handoffs to the queue and on to the worker count.
    EXPECT_VERDICT(result(design, PathCheck{{"client"}, {"worker"}, {}}), true,
                   "users → lb → app → queue → worker");
    EXPECT_VERDICT(result(design, PathCheck{{"api_gateway"}, {"worker"}, {}}), false,
                   "no component of kind api_gateway");
    EXPECT_VERDICT(result(design, PathCheck{{"client"}, {"search_index"}, {}}), false,
                   "no component of kind search_index");
}

TEST(Rubric, PathViaMustPassBetweenTheEnds) {
    Design design = readThroughDesign();
    EXPECT_VERDICT(result(design, PathCheck{{"load_balancer_l7"}, {"sql_database"}, {"cache"}}),
                   true, "path: lb → app → cache → db");
    // An end is not a component passed on the way.
    EXPECT_VERDICT(result(design, PathCheck{{"service"}, {"cache"}, {"cache"}}), false,
                   "no path from app to cache passes a component of kind cache");
    EXPECT_VERDICT(result(design, PathCheck{{"client"}, {"worker"}, {"cdn"}}), false,
                   "no component of kind cdn to pass");
    // Cache-aside: the service asks the database itself, so no path passes the cache.
    design.links.erase(design.links.begin() + 3);
    connect(design, "app", "db", LinkMode::Call);
    EXPECT_VERDICT(result(design, PathCheck{{"load_balancer_l7"}, {"sql_database"}, {"cache"}}),
                   false, "no path from lb to db passes a component of kind cache");
    EXPECT_VERDICT(result(design, PathCheck{{"load_balancer_l7"}, {"sql_database"}, {"service"}}),
                   true, "path: lb → app → db");
}

TEST(Rubric, PathFindsAViaOnALongerWay) {
    // The shortest way (a -> db) skips the cache; a longer one (a -> b -> cache -> db) passes it.
    Design design;
    add(design, "service", "a");
    add(design, "worker", "b");
    add(design, "cache", "cache");
    add(design, "sql_database", "db");
    connect(design, "a", "db", LinkMode::Call);
    connect(design, "a", "b", LinkMode::Call);
    connect(design, "b", "cache", LinkMode::Call);
    connect(design, "cache", "db", LinkMode::Call);
    EXPECT_VERDICT(result(design, PathCheck{{"service"}, {"sql_database"}, {"cache"}}), true,
                   "path: a → b → cache → db");
}

TEST(Rubric, LinkMode) {
    Design design = readThroughDesign();
    EXPECT_VERDICT(
        result(design,
               LinkModeCheck{{"service"}, {"message_queue", "event_stream"}, LinkMode::Handoff}),
        true, "app → queue is a handoff link");
    design.links[4].mode = LinkMode::Call;
    EXPECT_VERDICT(result(design, LinkModeCheck{{"service"}, {"message_queue"}, LinkMode::Handoff}),
                   false, "no handoff link: app → queue (call)");
    // Only direct links count: the service reaches the worker only through the queue.
    EXPECT_VERDICT(result(design, LinkModeCheck{{"service"}, {"worker"}, LinkMode::Handoff}), false,
                   "no link from app to worker");
    EXPECT_VERDICT(result(design, LinkModeCheck{{"service"}, {"event_stream"}, LinkMode::Handoff}),
                   false, "no component of kind event_stream");
}

TEST(Rubric, PropertyRange) {
    Design design = readThroughDesign();
    EXPECT_VERDICT(result(design, PropertyRangeCheck{{"sql_database"}, "replicas", 2.0, 5.0}), true,
                   "db: replicas = 3, within 2 .. 5");
    EXPECT_VERDICT(result(design, PropertyRangeCheck{{"sql_database"}, "replicas", 4.0, {}}), false,
                   "db: replicas = 3; none within >= 4");
    EXPECT_VERDICT(result(design, PropertyRangeCheck{{"cache"}, "hit_ratio", {}, 0.95}), true,
                   "cache: hit_ratio = 0.8, within <= 0.95");
    EXPECT_VERDICT(result(design, PropertyRangeCheck{{"nosql_database"}, "shards", 2.0, {}}), false,
                   "no component of kind nosql_database");
    // Some component in range is enough.
    add(design, "sql_database", "db-2").properties["replicas"] = std::int64_t{5};
    EXPECT_VERDICT(result(design, PropertyRangeCheck{{"sql_database"}, "replicas", 4.0, {}}), true,
                   "db-2: replicas = 5");
}

TEST(Rubric, EstimateWithinAFactorOfTheTemplates) {
    const Design reference = readThroughDesign(); // 1M DAU x 9 reads / 86,400 s = 104 reads/s
    Design design = reference;
    EXPECT_VERDICT(result(design, EstimateCheck{"read_rps", 1}, reference), true,
                   "read_rps: 104 req/s against the template's 104 req/s (x1, within x1)");
    design.estimation.dau = 3e6;
    EXPECT_VERDICT(result(design, EstimateCheck{"read_rps", 2}, reference), false,
                   "(x3, more than x2)");
    EXPECT_VERDICT(result(design, EstimateCheck{"read_rps", 3}, reference), true, "within x3");
    design.estimation.dau = 1e6 / 2.5; // below the template's: the factor works both ways
    EXPECT_VERDICT(result(design, EstimateCheck{"read_rps", 2}, reference), false,
                   "(x2.5, more than x2)");
}

TEST(Rubric, EstimateMissingOnEitherSideFails) {
    const Design reference = readThroughDesign();
    Design design = reference;
    design.estimation = Estimation{};
    EXPECT_VERDICT(result(design, EstimateCheck{"read_rps", 10}, reference), false,
                   "the design's estimation gives no read_rps (it needs dau, "
                   "reads_per_user_per_day)");
    EXPECT_VERDICT(result(reference, EstimateCheck{"storage_bytes", 10}, reference), false,
                   "the design's estimation gives no storage_bytes");
    EXPECT_VERDICT(result(reference, EstimateCheck{"read_rps", 10}, design), false,
                   "the template's estimation gives no read_rps");
}

TEST(Rubric, ScoreAddsThePointsOfThePassedItems) {
    Template t;
    t.design = readThroughDesign();
    t.rubric = {RubricItem{"cache", "A cache", 2, KindPresentCheck{{"cache"}, 1}},
                RubricItem{"cdn", "A CDN", 1, KindPresentCheck{{"cdn"}, 1}},
                RubricItem{"reads", "Reads", 3, EstimateCheck{"read_rps", 2}}};
    const RubricScore score = checkRubric(readThroughDesign(), t);
    ASSERT_EQ(score.items.size(), 3u);
    EXPECT_EQ(score.items[0].id, "cache");
    EXPECT_EQ(score.items[0].text, "A cache");
    EXPECT_EQ(score.items[0].points, 2);
    EXPECT_TRUE(score.items[0].passed);
    EXPECT_FALSE(score.items[1].passed);
    EXPECT_TRUE(score.items[2].passed);
    EXPECT_EQ(score.earned, 5);
    EXPECT_EQ(score.possible, 6);
    EXPECT_DOUBLE_EQ(score.fraction(), 5.0 / 6.0);
    EXPECT_EQ(checkRubric(Design{}, Template{}).fraction(), 0.0);
}

TEST(Rubric, TestTemplateScoresFullOnItsOwnDesignAndZeroOnAnEmptyOne) {
    const Template t = test::testTemplate();
    const RubricScore own = checkRubric(t.design, t);
    EXPECT_EQ(own.earned, own.possible);
    EXPECT_EQ(own.possible, 6);
    for (const auto& item : own.items)
        EXPECT_TRUE(item.passed) << item.id << ": " << item.detail.format();
    const RubricScore empty = checkRubric(Design{}, t);
    EXPECT_EQ(empty.earned, 0);
    for (const auto& item : empty.items)
        EXPECT_FALSE(item.passed) << item.id << ": " << item.detail.format();
}

} // namespace
} // namespace studio::core
