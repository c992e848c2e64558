#include "TestDesigns.h"

#include "format/Validator.h"

#include <gtest/gtest.h>

#include <cmath>

// Components of smallDesign(): users 0, lb 1, app 2, cache 3, db 4, queue 5, worker 6, note 7.
// Links: l1 users->lb (choose), l2 lb->app (choose), l3 app->cache (call 1), l4 app->db
// (call 2, miss), l5 app->queue (handoff, write), l6 queue->worker (handoff).
// Zones: region 0, az 1 (in region).

namespace studio::core {
namespace {

using test::describe;
using test::smallDesign;

constexpr const char* kApp = "components[2] \"app\"";

Problems problemsOf(const Design& design) {
    return validateDesign(design);
}

TEST(Validator, SmallDesignIsValid) {
    EXPECT_TRUE(problemsOf(smallDesign()).empty()) << describe(problemsOf(smallDesign()));
}

TEST(Validator, IdMustNotBeEmpty) {
    Design design = smallDesign();
    design.components[2].id = "";
    EXPECT_PROBLEM(problemsOf(design), "components[2]", "id must not be empty");
}

TEST(Validator, IdsAreUniqueAcrossComponentsLinksAndZones) {
    Design design = smallDesign();
    design.links[2].id = "cache";
    design.zones[1].id = "l1";
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[2]", "id \"cache\" is already used by components[3] \"cache\"");
    EXPECT_PROBLEM(problems, "zones[1] \"l1\"", "id \"l1\" is already used by links[0]");
}

TEST(Validator, UnknownKind) {
    Design design = smallDesign();
    design.components[2].kind = "mainframe";
    EXPECT_PROBLEM(problemsOf(design), kApp, "kind \"mainframe\" is not a kind this studio knows");
}

TEST(Validator, PropertyOutOfRange) {
    Design design = smallDesign();
    design.components[4].properties["shards"] = std::int64_t{0};
    const Problems problems = problemsOf(design);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text(), "components[4] \"db\": shards must be >= 1, got 0");
}

TEST(Validator, PropertyWrongType) {
    Design design = smallDesign();
    design.components[2].properties["workers"] = std::string("many");
    EXPECT_PROBLEM(problemsOf(design), kApp, "workers must be a number, got string");
}

TEST(Validator, PropertyNotWhole) {
    Design design = smallDesign();
    design.components[2].properties["instances"] = 2.5;
    EXPECT_PROBLEM(problemsOf(design), kApp, "instances must be a whole number, got 2.5");
}

TEST(Validator, PropertyNotDeclared) {
    Design design = smallDesign();
    design.components[2].properties["shards"] = std::int64_t{2};
    EXPECT_PROBLEM(problemsOf(design), kApp, "kind service has no property \"shards\"");
}

TEST(Validator, PropertyMissing) {
    Design design = smallDesign();
    design.components[2].properties.erase("workers");
    EXPECT_PROBLEM(problemsOf(design), kApp, "property workers is missing");
}

TEST(Validator, ComponentZoneMustExist) {
    Design design = smallDesign();
    design.components[2].zone = "nowhere";
    EXPECT_PROBLEM(problemsOf(design), kApp,
                   "\"zone\" names zone \"nowhere\", which does not exist");
}

TEST(Validator, ZoneParentMustExist) {
    Design design = smallDesign();
    design.zones[1].parent = "mars";
    EXPECT_PROBLEM(problemsOf(design), "zones[1] \"az\"",
                   "\"parent\" names zone \"mars\", which does not exist");
}

TEST(Validator, ZoneParentIsNotItself) {
    Design design = smallDesign();
    design.zones[1].parent = "az";
    EXPECT_PROBLEM(problemsOf(design), "zones[1] \"az\"", "\"parent\" is the zone itself (\"az\")");
}

TEST(Validator, ZoneCycleIsReportedOnce) {
    Design design = smallDesign();
    design.zones[0].parent = "az";
    const Problems problems = problemsOf(design);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM(problems, "zones[0] \"region\"",
                   "zones are nested in a circle (region -> az -> region)");
}

// Long chains, innermost first (each walk up from every zone made this cubic: 8,000 zones
// did not finish), with a circle at the far end reported once, at its first zone in the
// file, and a zone leading into the circle not reported.
TEST(Validator, LongZoneChainsAndTheirCircles) {
    constexpr std::size_t kZones = 8000;
    Design design = smallDesign();
    design.zones.clear();
    for (std::size_t i = 0; i < kZones; ++i) {
        Zone zone;
        zone.id = "z" + std::to_string(i);
        zone.rect = {0, 0, 100, 100};
        if (i + 1 < kZones)
            zone.parent = "z" + std::to_string(i + 1);
        design.zones.push_back(zone);
    }
    for (auto& component : design.components)
        component.zone.clear();
    EXPECT_TRUE(problemsOf(design).empty()) << describe(problemsOf(design));
    design.zones.back().parent = "z7990";
    const Problems problems = problemsOf(design);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    std::string chain = "z7990";
    for (int i = 7991; i < 8000; ++i)
        chain += " -> z" + std::to_string(i);
    EXPECT_PROBLEM(problems, "zones[7990] \"z7990\"",
                   "zones are nested in a circle (" + chain + " -> z7990)");
}

TEST(Validator, RectSizeMustBePositive) {
    Design design = smallDesign();
    design.components[2].rect.width = 0;
    design.zones[0].rect.height = -5;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, kApp, "width must be > 0, got 0");
    EXPECT_PROBLEM(problems, "zones[0] \"region\"", "height must be > 0, got -5");
}

TEST(Validator, RectCoordinatesFiniteAndBounded) {
    Design design = smallDesign();
    design.components[2].rect.x = 2e7;
    design.components[2].rect.y = std::nan("");
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, kApp, "x must be <= 10000000, got 20000000");
    EXPECT_PROBLEM(problems, kApp, "y must be a finite number, got NaN");
}

TEST(Validator, LinkEndsMustExist) {
    Design design = smallDesign();
    design.links[2].to = "cache-9";
    design.links[3].from = "";
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[2]",
                   "\"to\" names component \"cache-9\", which does not exist");
    EXPECT_TRUE(
        test::hasProblem(problems, "links[2]",
                         "links[2]: \"to\" names component \"cache-9\", which does not exist"));
    EXPECT_PROBLEM(problems, "links[3]", "\"from\" is empty; it must name a component");
}

TEST(Validator, LinkMustJoinTwoComponents) {
    Design design = smallDesign();
    design.links[2].to = "app";
    EXPECT_PROBLEM(problemsOf(design), "links[2]", "\"from\" and \"to\" are both \"app\"");
}

TEST(Validator, LinkToATextNoteIsRefused) {
    Design design = smallDesign();
    design.links[4].to = "note";
    EXPECT_PROBLEM(problemsOf(design), "links[4]",
                   "\"to\" names text_note \"note\", which takes no part in the traffic");
}

TEST(Validator, ChooseWeightNotNegative) {
    Design design = smallDesign();
    design.links[0].weight = -1;
    EXPECT_PROBLEM(problemsOf(design), "links[0]", "weight must be >= 0, got -1");
}

TEST(Validator, CallStepAtLeastOne) {
    Design design = smallDesign();
    design.links[2].step = 0;
    EXPECT_PROBLEM(problemsOf(design), "links[2]", "step must be >= 1, got 0");
}

TEST(Validator, WhenOnlyOnCalls) {
    Design design = smallDesign();
    design.links[0].when = CallCondition::Miss;
    EXPECT_PROBLEM(problemsOf(design), "links[0]",
                   "when: miss applies only to call links; this is a choose link");
}

TEST(Validator, WhenNeedsAPreviousStep) {
    Design design = smallDesign();
    design.links[3].step = 1;
    EXPECT_PROBLEM(problemsOf(design), "links[3]",
                   "when: miss needs a previous step that asks a cache or CDN, but this call is "
                   "step 1");
}

TEST(Validator, WhenNeedsACacheInThePreviousStep) {
    Design design = smallDesign();
    design.links[2].to = "queue";
    EXPECT_PROBLEM(problemsOf(design), "links[3]",
                   "when: miss needs step 1 of \"app\" to call a cache or CDN, which hits or "
                   "misses; that step calls: queue");
    design.links[3].step = 3;
    design.links[3].when = CallCondition::Hit;
    EXPECT_PROBLEM(problemsOf(design), "links[3]", "that step calls: nothing");
}

TEST(Validator, WhenHitAfterACacheIsFine) {
    Design design = smallDesign();
    design.links[3].when = CallCondition::Hit;
    EXPECT_TRUE(problemsOf(design).empty()) << describe(problemsOf(design));
}

TEST(Validator, MultiplicityRange) {
    Design design = smallDesign();
    design.links[4].multiplicity = 0;
    design.links[5].multiplicity = 2e6;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[4]", "multiplicity must be > 0, got 0");
    EXPECT_PROBLEM(problems, "links[5]", "multiplicity must be <= 1000000, got 2000000");
}

TEST(Validator, LatencyRange) {
    Design design = smallDesign();
    design.links[0].latency = -0.001;
    design.links[1].latency = 61;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[0]", "latency must be >= 0, got -0.001");
    EXPECT_PROBLEM(problems, "links[1]", "latency must be <= 60, got 61");
}

TEST(Validator, TimeoutNotNegative) {
    Design design = smallDesign();
    design.links[2].timeout = -0.5;
    EXPECT_PROBLEM(problemsOf(design), "links[2]", "timeout must be >= 0, got -0.5");
}

TEST(Validator, RetryRanges) {
    Design design = smallDesign();
    design.links[2].retry = RetryPolicy{101, 1.5, 0.5, 0.2, true};
    design.links[3].retry.backoff = -1;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[2].retry", "max_retries must be <= 100, got 101");
    EXPECT_PROBLEM(problems, "links[2].retry", "budget must be <= 1, got 1.5");
    EXPECT_PROBLEM(problems, "links[2].retry", "max_backoff must be >= backoff (0.5), got 0.2");
    EXPECT_PROBLEM(problems, "links[3].retry", "backoff must be >= 0, got -1");
}

TEST(Validator, BreakerRanges) {
    Design design = smallDesign();
    design.links[2].breaker = CircuitBreaker{true, 0, 0, -1};
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[2].breaker", "failure_ratio must be > 0, got 0");
    EXPECT_PROBLEM(problems, "links[2].breaker", "window must be >= 1, got 0");
    EXPECT_PROBLEM(problems, "links[2].breaker", "open_for must be >= 0, got -1");
    design.links[2].breaker = CircuitBreaker{true, 1.2, 5, 1};
    EXPECT_PROBLEM(problemsOf(design), "links[2].breaker", "failure_ratio must be <= 1, got 1.2");
}

TEST(Validator, MaxConcurrentIsACountFrom0) {
    Design design = smallDesign();
    design.links[2].maxConcurrent = -1;
    EXPECT_PROBLEM(problemsOf(design), "links[2]", "max_concurrent must be >= 0, got -1");
    design.links[2].maxConcurrent = 2'000'000;
    EXPECT_PROBLEM(problemsOf(design), "links[2]",
                   "max_concurrent must be <= 1000000, got 2000000");
    design.links[2].maxConcurrent = 0;
    EXPECT_TRUE(problemsOf(design).empty());
}

TEST(Validator, LinkClassesMustBeDefined) {
    Design design = smallDesign();
    design.links[4].classes = {"write", "delete"};
    const Problems problems = problemsOf(design);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM(problems, "links[4]",
                   "classes names request class \"delete\", which no client's workload defines "
                   "(defined: read, write)");
}

} // namespace
} // namespace studio::core
