#include "TestDesigns.h"

#include "format/Validator.h"

#include <gtest/gtest.h>

// Components of smallDesign(): users 0, lb 1, app 2, cache 3, db 4, queue 5, worker 6, note 7.
// Links: l1 users->lb (choose), l2 lb->app (choose), l3 app->cache (call 1), l4 app->db
// (call 2, miss), l5 app->queue (handoff, write), l6 queue->worker (handoff).
// Zones: region 0, az 1 (in region).

namespace studio::core {
namespace {

using test::describe;
using test::smallDesign;

constexpr const char* kApp = "components[2] \"app\"";
constexpr const char* kWorkload = "components[0] \"users\".workload";

Problems problemsOf(const Design& design) {
    return validateDesign(design);
}

TEST(ValidatorValues, ServiceMeanRange) {
    Design design = smallDesign();
    design.components[2].service.base.mean = 0;
    design.components[4].service.base.mean = 1e308;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "components[2] \"app\".service", "mean must be > 0, got 0");
    EXPECT_PROBLEM(problems, "components[4] \"db\".service", "mean must be <= 100000, got 1e+308");
}

// A denormal is above 0 yet reads as infinite capacity ("throughput met: inf req/s").
TEST(ValidatorValues, RatesAndServiceTimesHaveAFloor) {
    Design design = smallDesign();
    design.components[0].workload->rate = 1e-320;
    design.components[2].service.base.mean = 1e-320;
    Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, kWorkload,
                   "rate must be at least 1e-09 req/s (one request in about 32 years), got "
                   "1e-320");
    EXPECT_PROBLEM(problems, "components[2] \"app\".service",
                   "mean must be at least 1e-09 s (a nanosecond) on a station, got 1e-320");
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
    design.components[0].workload->rate = 1e-9;
    design.components[2].service.base.mean = 1e-9;
    problems = problemsOf(design);
    EXPECT_TRUE(problems.empty()) << describe(problems);
}

TEST(ValidatorValues, ServiceMeanZeroIsFineForNonStations) {
    Design design = smallDesign();
    design.components[0].service.base.mean = 0;  // a client
    design.components[7].service.base.mean = -1; // a note: never below 0
    const Problems problems = problemsOf(design);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM(problems, "components[7] \"note\".service", "mean must be >= 0, got -1");
}

TEST(ValidatorValues, CvMatchesTheDistribution) {
    Design design = smallDesign();
    design.components[1].service.base = {Distribution::Exponential, 0.001, 2};
    design.components[2].service.base = {Distribution::Deterministic, 0.001, 0.5};
    design.components[3].service.base = {Distribution::Lognormal, 0.001, 0};
    design.components[4].service.base = {Distribution::Hyperexponential, 0.001, 0.5};
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "components[1] \"lb\".service",
                   "cv must be 1 for an exponential distribution, got 2");
    EXPECT_PROBLEM(problems, "components[2] \"app\".service",
                   "cv must be 0 for a deterministic distribution, got 0.5");
    EXPECT_PROBLEM(problems, "components[3] \"cache\".service",
                   "cv must be > 0 for a lognormal distribution, got 0");
    EXPECT_PROBLEM(problems, "components[4] \"db\".service",
                   "cv must be >= 1 for a hyperexponential distribution, got 0.5");
}

TEST(ValidatorValues, ByClassNamesADefinedClass) {
    Design design = smallDesign();
    design.components[4].service.byClass["delete"] = ServiceTime{};
    design.components[4].service.byClass["write"] = ServiceTime{Distribution::Exponential, -1, 1};
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "components[4] \"db\".service",
                   "by_class names request class \"delete\", which no client's workload defines");
    EXPECT_PROBLEM(problems, "components[4] \"db\".service.by_class.write",
                   "mean must be > 0, got -1");
}

TEST(ValidatorValues, WorkloadOnlyOnSources) {
    Design design = smallDesign();
    design.components[2].workload = design.components[0].workload;
    EXPECT_PROBLEM(problemsOf(design), kApp,
                   "kind service does not generate traffic, so it takes no workload");
}

TEST(ValidatorValues, SourceWithoutWorkloadIsFine) {
    Design design = smallDesign();
    design.components[0].workload.reset();
    design.links[4].classes.clear(); // "write" is no longer defined by anyone
    EXPECT_TRUE(problemsOf(design).empty()) << describe(problemsOf(design));
}

TEST(ValidatorValues, OpenWorkloadRate) {
    Design design = smallDesign();
    design.components[0].workload->rate = 0;
    EXPECT_PROBLEM(problemsOf(design), kWorkload, "rate must be > 0, got 0");
}

TEST(ValidatorValues, PeakFactorAtLeastOne) {
    Design design = smallDesign();
    design.components[0].workload->peakFactor = 0.5;
    EXPECT_PROBLEM(problemsOf(design), kWorkload, "peak_factor must be >= 1, got 0.5");
}

TEST(ValidatorValues, ClosedWorkloadPopulationAndThinkTime) {
    Design design = smallDesign();
    design.components[0].workload->type = WorkloadType::Closed;
    design.components[0].workload->population = 0;
    design.components[0].workload->thinkTime = -1;
    design.components[0].workload->rate = 0; // not used by a closed workload
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, kWorkload, "population must be >= 1, got 0");
    EXPECT_PROBLEM(problems, kWorkload, "think_time must be >= 0, got -1");
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
}

TEST(ValidatorValues, DailyCurveHas24NonNegativeValues) {
    Design design = smallDesign();
    design.components[0].workload->dailyCurve = std::vector<double>(23, 1.0);
    EXPECT_PROBLEM(problemsOf(design), kWorkload,
                   "daily_curve must have 24 values (one per hour), got 23");
    design.components[0].workload->dailyCurve = std::vector<double>(24, 1.0);
    design.components[0].workload->dailyCurve[3] = -1;
    EXPECT_PROBLEM(problemsOf(design), kWorkload, "daily_curve[3] must be >= 0, got -1");
}

TEST(ValidatorValues, BurstDurationAndFactorPositive) {
    Design design = smallDesign();
    design.components[0].workload->bursts = {Burst{10, 0, 0}};
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "components[0] \"users\".workload.bursts[0]",
                   "duration must be > 0, got 0");
    EXPECT_PROBLEM(problems, "components[0] \"users\".workload.bursts[0]",
                   "factor must be > 0, got 0");
}

TEST(ValidatorValues, WorkloadNeedsClasses) {
    Design design = smallDesign();
    design.components[0].workload->classes.clear();
    design.links[4].classes.clear();
    EXPECT_PROBLEM(problemsOf(design), kWorkload, "classes is empty");
}

TEST(ValidatorValues, ClassNamesNonEmptyAndUnique) {
    Design design = smallDesign();
    auto& classes = design.components[0].workload->classes;
    classes[1].name = "read";
    classes.push_back(RequestClass{"", 0, Operation::Read, 0, 0});
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "components[0] \"users\".workload.classes[1]",
                   "name \"read\" is already used by classes[0]");
    EXPECT_PROBLEM(problems, "components[0] \"users\".workload.classes[2]",
                   "name must not be empty");
}

TEST(ValidatorValues, MixesInRangeAndSumToOne) {
    Design design = smallDesign();
    auto& classes = design.components[0].workload->classes;
    classes[0].mix = 0.7;
    EXPECT_PROBLEM(problemsOf(design), kWorkload,
                   "the mixes of the classes must add up to 1, got 0.8999999999999999");
    classes[0].mix = 1.2;
    classes[1].mix = -0.2;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "components[0] \"users\".workload.classes[0]",
                   "mix must be <= 1, got 1.2");
    EXPECT_PROBLEM(problems, "components[0] \"users\".workload.classes[1]",
                   "mix must be > 0, got -0.2");
    classes[0].mix = 0.8 + 1e-7;
    classes[1].mix = 0.2;
    EXPECT_TRUE(problemsOf(design).empty()) << describe(problemsOf(design));
}

TEST(ValidatorValues, BytesNotNegative) {
    Design design = smallDesign();
    design.components[0].workload->classes[1].responseBytes = -100;
    EXPECT_PROBLEM(problemsOf(design), "components[0] \"users\".workload.classes[1]",
                   "response_bytes must be >= 0, got -100");
}

TEST(ValidatorValues, WorkloadTimeoutAndRetry) {
    Design design = smallDesign();
    design.components[0].workload->timeout = -1;
    design.components[0].workload->retry.maxRetries = -1;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, kWorkload, "timeout must be >= 0, got -1");
    EXPECT_PROBLEM(problems, "components[0] \"users\".workload.retry",
                   "max_retries must be >= 0, got -1");
}

TEST(ValidatorValues, EstimationWithinTheTable) {
    Design design = smallDesign();
    design.estimation.dau = 1e12;
    design.estimation.replicas = 0;
    design.estimation.concurrentFraction = 1.5;
    const Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "estimation", "dau must be <= 100000000000, got 1000000000000");
    EXPECT_PROBLEM(problems, "estimation", "replicas must be >= 1, got 0");
    EXPECT_PROBLEM(problems, "estimation", "concurrent_fraction must be <= 1, got 1.5");
}

TEST(ValidatorValues, BendsWithinTheCanvasAndFew) {
    Design design = smallDesign();
    design.links[2].bends = {{0, 0}, {-2e7, 5}, {1, 1e300}};
    Problems problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[2].bends[1]", "x must be >= ");
    EXPECT_PROBLEM(problems, "links[2].bends[2]", "y must be <= ");
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
    design.links[2].bends.assign(1001, Point{1, 1});
    problems = problemsOf(design);
    EXPECT_PROBLEM(problems, "links[2]", "\"bends\" has 1001 points; a link has at most 1000");
}

TEST(ValidatorValues, RequirementsRanges) {
    Design design = smallDesign();
    design.requirements.p99Latency = 0;
    design.requirements.availability = 1.5;
    design.requirements.durability = 0;
    design.requirements.throughput = -1;
    design.requirements.p99LatencyByClass = {{"read", -0.1}, {"upload", 1}};
    const Problems problems = problemsOf(design);
    const char* place = "requirements.non_functional";
    EXPECT_PROBLEM(problems, place, "p99_latency must be > 0, got 0");
    EXPECT_PROBLEM(problems, place, "availability must be <= 1, got 1.5");
    EXPECT_PROBLEM(problems, place, "durability must be > 0, got 0");
    EXPECT_PROBLEM(problems, place, "throughput must be > 0, got -1");
    EXPECT_PROBLEM(problems, place, "p99_latency_by_class.read must be > 0, got -0.1");
    EXPECT_PROBLEM(problems, place, "p99_latency_by_class names request class \"upload\"");
    EXPECT_EQ(problems.size(), 6u) << describe(problems);
}

TEST(ValidatorValues, ProblemsComeInFileOrder) {
    Design design = smallDesign();
    design.estimation.dau = -1;
    design.zones[0].rect.width = 0;
    design.links[0].weight = -1;
    design.components[7].rect.height = 0;
    const Problems problems = problemsOf(design);
    ASSERT_EQ(problems.size(), 4u) << describe(problems);
    EXPECT_EQ(problems[0].place, "components[7] \"note\"");
    EXPECT_EQ(problems[1].place, "links[0]");
    EXPECT_EQ(problems[2].place, "zones[0] \"region\"");
    EXPECT_EQ(problems[3].place, "estimation");
}

TEST(ValidatorValues, MessagesAreTranslatableTemplates) {
    Design design = smallDesign();
    design.links[2].to = "cache-9";
    const Problems problems = problemsOf(design);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_STREQ(problems[0].message.context, "Validation");
    EXPECT_EQ(problems[0].message.text, "\"%1\" names component \"%2\", which does not exist");
    EXPECT_EQ(problems[0].message.args, (std::vector<std::string>{"to", "cache-9"}));
}

} // namespace
} // namespace studio::core
