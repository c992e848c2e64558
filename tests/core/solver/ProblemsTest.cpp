// Designs the solver refuses, and where it says the trouble is.
#include "SolverTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(ProblemsTest, NoClients) {
    DesignBuilder b;
    b.add("service", "app");
    const std::string problems = solveProblems(b.design());
    EXPECT_TRUE(contains(problems, "no client with a workload")) << problems;
    // A client without a workload sends nothing either.
    DesignBuilder c;
    c.client("users", 10).workload.reset();
    c.add("service", "app");
    c.link("users", "app", LinkMode::Call);
    EXPECT_TRUE(contains(solveProblems(c.design()), "no client")) << solveProblems(c.design());
}

TEST(ProblemsTest, ACycleOfCallsLoops) {
    DesignBuilder b;
    b.client("users", 10);
    b.add("service", "a");
    b.add("service", "b");
    b.link("users", "a", LinkMode::Call);
    b.link("a", "b", LinkMode::Call);
    b.link("b", "a", LinkMode::Call);
    const std::string problems = solveProblems(b.design());
    EXPECT_TRUE(contains(problems, "links[2]: requests of class \"read\" loop: a -> b -> a "
                                   "(links[1], links[2]); in a cycle of call links"))
        << problems;
}

TEST(ProblemsTest, ChooseLinksWithNoWayOut) {
    DesignBuilder b;
    b.client("users", 10);
    b.add("api_gateway", "a");
    b.add("api_gateway", "b");
    b.link("users", "a", LinkMode::Choose);
    b.link("a", "b", LinkMode::Choose);
    b.link("b", "a", LinkMode::Choose);
    EXPECT_TRUE(contains(solveProblems(b.design()), "have no way out"))
        << solveProblems(b.design());
    // With a way out the request could still come back: not estimated, and said so.
    b.add("service", "c");
    b.link("b", "c", LinkMode::Choose);
    EXPECT_TRUE(contains(solveProblems(b.design()), "can come back")) << solveProblems(b.design());
}

TEST(ProblemsTest, ALoopOfOneClassOnlyCounts) {
    // Reads go a -> b, writes b -> a: no request loops; the solver iterates the pair.
    DesignBuilder b;
    b.client("users", 10, {{"read", 0.5, Operation::Read}, {"write", 0.5, Operation::Write}});
    b.add("service", "a", {}, 0.001);
    b.add("service", "b", {}, 0.001);
    b.link("users", "a", LinkMode::Call).classes = {"read"};
    b.link("users", "b", LinkMode::Call).classes = {"write"};
    b.link("a", "b", LinkMode::Call).classes = {"read"};
    b.link("b", "a", LinkMode::Call).classes = {"write"};
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "a").arrivalRate, 10, 1e-12);
    EXPECT_NEAR(component(s, "b").arrivalRate, 10, 1e-12);
    EXPECT_TRUE(std::isfinite(request(s, "users", "write").mean.value));
}

TEST(ProblemsTest, WeightsThatSumToZero) {
    DesignBuilder b;
    b.client("users", 10);
    b.add("api_gateway", "gw");
    b.add("service", "a");
    b.add("service", "b");
    b.link("users", "gw", LinkMode::Choose);
    b.link("gw", "a", LinkMode::Choose).weight = 0;
    b.link("gw", "b", LinkMode::Choose).weight = 0;
    const std::string problems = solveProblems(b.design());
    EXPECT_TRUE(contains(problems, "components[1] \"gw\": requests of class \"read\" reach it, "
                                   "but its choose links for them (links[1], links[2]) all have "
                                   "weight 0"))
        << problems;
    // A weight of 0 on one of them keeps it drawn but unused.
    b.design().links[2].weight = 1;
    const Solution s = solved(b.design());
    EXPECT_FALSE(component(s, "a").carriesTraffic);
    EXPECT_NEAR(component(s, "b").arrivalRate, 10, 1e-12);
}

TEST(ProblemsTest, AClassWithNoChooseLinkEndsThere) {
    DesignBuilder b;
    b.client("users", 10, {{"read", 0.5, Operation::Read}, {"write", 0.5, Operation::Write}});
    b.add("api_gateway", "gw", {}, 0.0001);
    b.add("service", "reads", {}, 0.001);
    b.link("users", "gw", LinkMode::Choose);
    b.link("gw", "reads", LinkMode::Choose).classes = {"read"};
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "reads").arrivalRate, 5, 1e-12);
    EXPECT_NEAR(component(s, "gw").arrivalRate, 10, 1e-12);
}

} // namespace
} // namespace studio::core::solver::test
