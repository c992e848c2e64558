#include "util/Problem.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using Kind = ProblemSubject::Kind;

Problem at(std::string place, ProblemSubject about, std::string text = "bad") {
    Problem problem = makeProblem(std::move(place), "Test", std::move(text));
    problem.about = std::move(about);
    return problem;
}

TEST(Problem, MarkSubjectTakesThePathFromThePlaceInsideTheItem) {
    Problems problems = {makeProblem("zones[0]", "Test", "earlier"),
                         makeProblem("components[3] \"api\"", "Test", "kind"),
                         makeProblem("components[3] \"api\".workload.classes[1]", "Test", "mix"),
                         at("components[3] \"api\".service", ProblemSubject::link("l1"))};
    problems[2].about.key = "mix";
    markSubject(problems, 1, Kind::Component, "api", "components[3] \"api\"");
    EXPECT_EQ(problems[0].about.kind, Kind::Unknown); // before `from`
    EXPECT_EQ(problems[1].about, (ProblemSubject{Kind::Component, "api", "", ""}));
    EXPECT_EQ(problems[2].about,
              (ProblemSubject{Kind::Component, "api", "workload.classes[1]", "mix"}));
    EXPECT_EQ(problems[3].about, ProblemSubject::link("l1")); // already said: left alone

    Problems design = {makeProblem("requirements.non_functional", "Test", "p99")};
    markSubject(design, 0, Kind::Design, {}, {});
    EXPECT_EQ(design[0].about.path, "requirements.non_functional");
}

TEST(Problem, FieldJoinsPathAndKey) {
    EXPECT_EQ((ProblemSubject{Kind::Component, "a", "workload", "rate"}).field(), "workload.rate");
    EXPECT_EQ((ProblemSubject{Kind::Component, "a", "", "properties.instances"}).field(),
              "properties.instances");
    EXPECT_EQ((ProblemSubject{Kind::Component, "a", "workload.rate", ""}).field(), "workload.rate");
}

// Matching goes by subject, never by the text of the place: a problem about "db" counts
// for "db" whatever its place says, and an old one stays old when its place text changes.
TEST(Problem, AddedProblemsCompareSubjectsNotPlaceTexts) {
    const ProblemSubject shards{Kind::Component, "db", "", "properties.shards"};
    const Problems before = {at("components[4] \"db\"", shards, "shards must be >= 1, got 0")};
    const Problems after = {
        at("components[9] \"db\"", shards, "shards must be >= 1, got 0"), // moved in the list
        at("somewhere else", {Kind::Component, "db", "workload", "rate"}, "rate must be > 0"),
        at("components[4] \"db\"", ProblemSubject::component("cache"), "not ours"),
        at("components[4] \"db\"", {}, "unknown subject")};
    const Problems added = addedProblems(before, after, {ProblemSubject::component("db")});
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(added[0].about.field(), "workload.rate");
}

TEST(Problem, AddedProblemsCountRepeats) {
    const ProblemSubject about{Kind::Link, "l1", "", "latency"};
    const Problems before = {at("links[0]", about)};
    const Problems after = {at("links[0]", about), at("links[0]", about)};
    EXPECT_EQ(addedProblems(before, after, {ProblemSubject::link("l1")}).size(), 1u);
    EXPECT_TRUE(addedProblems(after, before, {ProblemSubject::link("l1")}).empty());
    EXPECT_TRUE(addedProblems({}, after, {ProblemSubject::link("l2")}).empty());
}

TEST(Problem, TheDesignIsOneItem) {
    const Problems after = {at("estimation", {Kind::Design, "", "estimation", "dau"}),
                            at("", {}, "from the solver")};
    const Problems added = addedProblems({}, after, {ProblemSubject::design()});
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(added[0].about.key, "dau");
}

} // namespace
} // namespace studio::core
