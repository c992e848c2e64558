// scorePractice: the ten reference designs against their own templates, an empty answer, the
// URL shortener without its cache and with it back, estimates off by more than the factor,
// hints, the simulated p99 check and the JSON form.
#include "practice/PracticeScore.h"
#include "practice/PracticeScoreJson.h"
#include "solver/Solver.h"
#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace studio::core::practice {
namespace {

using solver::RequirementKind;

const Template& shortener() {
    return *findTemplate("url-shortener");
}

const RubricItemResult* item(const PracticeScore& score, const std::string& id) {
    for (const RubricItemResult& i : score.rubric.items)
        if (i.id == id)
            return &i;
    return nullptr;
}

const TargetCheck* target(const PracticeScore& score, RequirementKind kind) {
    for (const TargetCheck& t : score.solver.targets)
        if (t.result.kind == kind)
            return &t;
    return nullptr;
}

const EstimateComparison* estimate(const PracticeScore& score, const std::string& quantity) {
    for (const EstimateComparison& e : score.estimates)
        if (e.quantity == quantity)
            return &e;
    return nullptr;
}

// Every item and target, for failure messages.
std::string describe(const PracticeScore& score) {
    std::string text;
    for (const RubricItemResult& i : score.rubric.items)
        text += (i.passed ? "  met    " : "  missed ") + i.id + ": " + i.detail.format() + "\n";
    for (const TargetCheck& t : score.solver.targets)
        text += (t.result.met ? "  met    target " : "  missed target ") +
                std::to_string(static_cast<int>(t.result.kind)) + " " + t.result.requestClass +
                ": " + std::to_string(t.result.target) + " against " +
                std::to_string(t.result.actual.value) +
                (t.reason ? " (" + t.reason->format() + ")" : std::string()) + "\n";
    return text;
}

// The URL shortener's reference without its cache: the component and every link to or from it.
Design withoutCache(const Design& reference) {
    Design design = reference;
    std::erase_if(design.components, [](const Component& c) { return c.id == "url-cache"; });
    std::erase_if(design.links,
                  [](const Link& l) { return l.from == "url-cache" || l.to == "url-cache"; });
    return design;
}

// The same, the database lookup made unconditional (a person deleting the cache on the canvas
// would redraw it so): the design stays valid and the solver runs.
Design withoutCacheRewired(const Design& reference) {
    Design design = withoutCache(reference);
    for (Link& link : design.links)
        if (link.id == "lookup-db") {
            link.when = CallCondition::Always;
            link.step = 1;
        }
    return design;
}

TEST(PracticeScore, EveryReferenceDesignScoresFullMarksAgainstItsOwnTemplate) {
    ASSERT_EQ(builtinTemplates().size(), 10u);
    for (const Template& t : builtinTemplates()) {
        const PracticeScore score = scorePractice(t.design, t);
        SCOPED_TRACE(t.id + "\n" + describe(score));
        EXPECT_EQ(score.templateId, t.id);
        EXPECT_EQ(score.rubric.earned, score.rubric.possible);
        EXPECT_TRUE(score.solver.solved);
        EXPECT_DOUBLE_EQ(score.solver.loadFactor, 1);
        EXPECT_FALSE(score.solver.targets.empty());
        EXPECT_EQ(score.targetsMet, static_cast<int>(score.solver.targets.size()));
        EXPECT_EQ(score.earned, score.possible);
        EXPECT_EQ(score.possible,
                  score.rubric.possible + static_cast<int>(score.solver.targets.size()));
        EXPECT_EQ(score.percent(), 100);
        for (const EstimateComparison& e : score.estimates) {
            EXPECT_DOUBLE_EQ(e.ratio, 1) << e.quantity;
            EXPECT_TRUE(e.within) << e.quantity;
        }
    }
}

TEST(PracticeScore, AnEmptyDesignScoresBelowTenPercentAndSaysWhyTheTargetsAreMissed) {
    for (const Template& t : builtinTemplates()) {
        const PracticeScore score = scorePractice(Design{}, t);
        SCOPED_TRACE(t.id + "\n" + describe(score));
        EXPECT_LT(score.fraction(), 0.1);
        EXPECT_FALSE(score.solver.solved);
        ASSERT_TRUE(score.solver.problem);
        EXPECT_NE(score.solver.problem->format().find("cannot be solved"), std::string::npos)
            << score.solver.problem->format();
        EXPECT_EQ(score.targetsMet, 0);
        for (const TargetCheck& check : score.solver.targets) {
            EXPECT_FALSE(check.result.met);
            EXPECT_FALSE(check.solved);
            EXPECT_TRUE(check.reason);
        }
        EXPECT_TRUE(score.estimates.empty());
    }
}

// The URL shortener's two cache items: the cache on the read path and its hit ratio.
void expectCacheItems(const PracticeScore& score, bool met) {
    EXPECT_EQ(item(score, "cache-on-read-path")->passed, met);
    EXPECT_EQ(item(score, "high-hit-ratio")->passed, met);
}

TEST(PracticeScore, TheShortenerWithoutItsCacheLosesTheCacheItemsAndIsNotValid) {
    const Template& reference = shortener();
    const PracticeScore score = scorePractice(withoutCache(reference.design), reference);
    SCOPED_TRACE(describe(score));
    expectCacheItems(score, false);
    EXPECT_TRUE(item(score, "url-database")->passed);
    // The database lookup still waits for a cache miss that nothing reports: the design is
    // invalid, so no target can be met, and the reason says so.
    EXPECT_FALSE(score.solver.solved);
    const TargetCheck* p99 = target(score, RequirementKind::P99Latency);
    ASSERT_NE(p99, nullptr);
    EXPECT_FALSE(p99->result.met);
    ASSERT_TRUE(p99->reason);
    EXPECT_NE(p99->reason->format().find("not valid"), std::string::npos);
    EXPECT_NE(p99->reason->format().find("when: miss"), std::string::npos);
}

// Without the cache the database takes every redirect: 7716 reads/s at the peak over two
// replicas of 8 workers at 2 ms, with the writes at both, is 101% of what they serve. The
// redirects' p99 has no finite value and the sustainable throughput falls below the peak:
// the cache's rubric items and those two targets go. Behind the cache the database is 24%
// busy and every target is met.
TEST(PracticeScore, TheShortenerRewiredWithoutItsCacheMissesItsP99) {
    const Template& reference = shortener();
    const Design rewired = withoutCacheRewired(reference.design);
    const PracticeScore with = scorePractice(reference.design, reference);
    const PracticeScore without = scorePractice(rewired, reference);
    SCOPED_TRACE(describe(without));
    expectCacheItems(without, false);
    ASSERT_TRUE(without.solver.solved);
    const TargetCheck* p99 = target(without, RequirementKind::P99Latency);
    ASSERT_NE(p99, nullptr);
    EXPECT_FALSE(p99->result.met);
    EXPECT_EQ(p99->result.worst, "users/read");
    EXPECT_TRUE(std::isinf(p99->result.actual.value));
    EXPECT_TRUE(target(with, RequirementKind::P99Latency)->result.met);
    EXPECT_FALSE(target(without, RequirementKind::Throughput)->result.met);
    EXPECT_EQ(without.earned, with.earned - 4);

    const auto solvedWith = solver::solveDesign(reference.design);
    const auto solvedWithout = solver::solveDesign(rewired);
    ASSERT_TRUE(solvedWith.ok() && solvedWithout.ok());
    EXPECT_NEAR(solvedWith.value().component("url-db")->utilisation.value, 0.24, 0.01);
    EXPECT_NEAR(solvedWithout.value().component("url-db")->utilisation.value, 1.013, 0.005);
}

TEST(PracticeScore, PuttingTheCacheBackRestoresTheItemsAndTheTargets) {
    const Template& reference = shortener();
    Design design = withoutCache(reference.design);
    for (const Component& c : reference.design.components)
        if (c.id == "url-cache")
            design.components.push_back(c);
    for (const Link& l : reference.design.links)
        if (l.from == "url-cache" || l.to == "url-cache")
            design.links.push_back(l);
    const PracticeScore score = scorePractice(design, reference);
    SCOPED_TRACE(describe(score));
    expectCacheItems(score, true);
    ASSERT_TRUE(score.solver.solved);
    EXPECT_TRUE(target(score, RequirementKind::P99Latency)->result.met);
    EXPECT_EQ(score.earned, score.possible);
}

TEST(PracticeScore, TheAnswerIsJudgedAgainstTheReferencesTargetsAtTheReferencesLoad) {
    const Template& reference = shortener();
    Design answer = reference.design;
    answer.requirements.p99Latency = 10.0; // a lax target of its own changes nothing
    answer.requirements.availability.reset();
    for (Component& c : answer.components)
        if (c.workload)
            c.workload->rate /= 10; // a tenth of the load: scaled back up to the reference's
    const PracticeScore score = scorePractice(answer, reference);
    SCOPED_TRACE(describe(score));
    ASSERT_TRUE(score.solver.solved);
    EXPECT_NEAR(score.solver.loadFactor, 10, 1e-9);
    EXPECT_NEAR(score.solver.answerRate * score.solver.loadFactor, score.solver.referenceRate,
                1e-6 * score.solver.referenceRate);
    const TargetCheck* p99 = target(score, RequirementKind::P99Latency);
    ASSERT_NE(p99, nullptr);
    EXPECT_DOUBLE_EQ(p99->result.target, 0.1);
    ASSERT_NE(target(score, RequirementKind::Availability), nullptr);
    EXPECT_EQ(score.earned, score.possible);
}

TEST(PracticeScore, EstimatesOffByMoreThanTheFactorAreFlagged) {
    const Template& reference = shortener();
    Design answer = reference.design;
    answer.estimation.readsPerUserPerDay *= 3; // reads x3: beyond the rubric's x2
    answer.estimation.itemBytes *= 1.5;        // storage x1.5: within it
    const PracticeScore score = scorePractice(answer, reference);
    const EstimateComparison* reads = estimate(score, "read_rps");
    ASSERT_NE(reads, nullptr);
    EXPECT_NEAR(reads->ratio, 3, 1e-9);
    EXPECT_DOUBLE_EQ(reads->factor, 2);
    EXPECT_TRUE(reads->factorFromRubric);
    EXPECT_FALSE(reads->within);
    EXPECT_FALSE(item(score, "estimate-reads")->passed);
    const EstimateComparison* storage = estimate(score, "storage_bytes");
    ASSERT_NE(storage, nullptr);
    EXPECT_NEAR(storage->ratio, 1.5, 1e-9);
    EXPECT_TRUE(storage->within);
    // peak_rps has no rubric item: the default factor of 2 (x3 is beyond it).
    const EstimateComparison* peak = estimate(score, "peak_rps");
    ASSERT_NE(peak, nullptr);
    EXPECT_FALSE(peak->factorFromRubric);
    EXPECT_DOUBLE_EQ(peak->factor, 2);
    EXPECT_FALSE(peak->within);
    // An underestimate is flagged alike.
    answer = reference.design;
    answer.estimation.dau /= 4;
    EXPECT_FALSE(estimate(scorePractice(answer, reference), "read_rps")->within);
}

TEST(PracticeScore, HintsCostAPointEachAndTheTotalStaysAtOrAboveZero) {
    const Template& reference = shortener();
    const PracticeScore none = scorePractice(reference.design, reference);
    ScoreOptions options;
    options.hintsUsed = 3;
    const PracticeScore three = scorePractice(reference.design, reference, options);
    EXPECT_EQ(three.hintsUsed, 3);
    EXPECT_EQ(three.earned, none.earned - 3);
    EXPECT_EQ(three.possible, none.possible);
    options.hintsUsed = 1000;
    EXPECT_EQ(scorePractice(reference.design, reference, options).earned, 0);
    options.hintsUsed = 2;
    EXPECT_EQ(scorePractice(Design{}, reference, options).earned, 0);
}

TEST(PracticeScore, ASimulationChecksTheP99TargetWhenAsked) {
    const Template& reference = shortener();
    EXPECT_FALSE(scorePractice(reference.design, reference).simulation);
    ScoreOptions options;
    options.simulate = true;
    options.simulationRequests = 5'000;
    options.simulationReplications = 2;
    options.threads = 1;
    const PracticeScore score = scorePractice(reference.design, reference, options);
    ASSERT_TRUE(score.simulation);
    ASSERT_TRUE(score.simulation->ran) << score.simulation->problem->format();
    ASSERT_EQ(score.simulation->targets.size(), 1u);
    const SimulatedTarget& p99 = score.simulation->targets.front();
    EXPECT_EQ(p99.kind, RequirementKind::P99Latency);
    EXPECT_TRUE(p99.met) << p99.p99.mean;
    EXPECT_GT(p99.p99.mean, 0);
    EXPECT_EQ(score.earned, score.possible); // the simulation gives no points
    // An answer the solver cannot run is not simulated either, and says why.
    const PracticeScore empty = scorePractice(Design{}, reference, options);
    ASSERT_TRUE(empty.simulation);
    EXPECT_FALSE(empty.simulation->ran);
    EXPECT_TRUE(empty.simulation->problem);
}

TEST(PracticeScore, TheJsonFormCarriesEveryPart) {
    const Template& reference = shortener();
    ScoreOptions options;
    options.hintsUsed = 1;
    const PracticeScore score = scorePractice(withoutCache(reference.design), reference, options);
    const auto json = practiceScoreJson(reference.design, score);
    EXPECT_EQ(json["template"], "url-shortener");
    EXPECT_EQ(json["rubric"]["items"].size(), reference.rubric.size());
    EXPECT_EQ(json["rubric"]["items"][0]["id"], "cache-on-read-path");
    EXPECT_EQ(json["rubric"]["items"][0]["met"], false);
    EXPECT_EQ(json["estimates"].size(), score.estimates.size());
    EXPECT_EQ(json["targets"]["solved"], false);
    EXPECT_TRUE(json["targets"]["problem"].is_string());
    EXPECT_EQ(json["targets"]["items"][0]["requirement"], "p99_latency");
    EXPECT_TRUE(json["targets"]["items"][0]["actual"].is_null());
    EXPECT_TRUE(json["simulation"].is_null());
    EXPECT_EQ(json["hints_used"], 1);
    EXPECT_EQ(json["earned"], score.earned);
    EXPECT_EQ(json["possible"], score.possible);
}

} // namespace
} // namespace studio::core::practice
