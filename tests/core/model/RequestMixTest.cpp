// Adding and removing a workload's request classes keeps the mixes' sum.
#include "model/RequestMix.h"

#include <gtest/gtest.h>

#include <numeric>
#include <string>

using namespace studio::core;

namespace {

RequestClass named(const std::string& name, double mix) {
    return RequestClass{name, mix, Operation::Read, 200, 1000};
}

double sum(const std::vector<RequestClass>& classes) {
    return std::accumulate(classes.begin(), classes.end(), 0.0,
                           [](double total, const RequestClass& c) { return total + c.mix; });
}

std::vector<std::string> names(const std::vector<RequestClass>& classes) {
    std::vector<std::string> result;
    for (const RequestClass& c : classes)
        result.push_back(c.name);
    return result;
}

} // namespace

TEST(RequestMix, ANewClassIsAWriteTakingHalfTheLastClasssMix) {
    const std::vector<RequestClass> after = withNewClass({named("read", 1.0)});
    ASSERT_EQ(after.size(), 2u);
    EXPECT_EQ(after[0], named("read", 0.5)) << "only its mix changes";
    EXPECT_EQ(after[1], (RequestClass{"write", 0.5, Operation::Write, 1000, 200}));
}

TEST(RequestMix, OnlyTheLastClassGivesUpMix) {
    const std::vector<RequestClass> after =
        withNewClass({named("read", 0.6), named("search", 0.4)});
    ASSERT_EQ(after.size(), 3u);
    EXPECT_DOUBLE_EQ(after[0].mix, 0.6);
    EXPECT_DOUBLE_EQ(after[1].mix, 0.2);
    EXPECT_DOUBLE_EQ(after[2].mix, 0.2);
    EXPECT_DOUBLE_EQ(sum(after), 1.0);
}

TEST(RequestMix, ANewClassTakesAFreeName) {
    EXPECT_EQ(names(withNewClass({named("write", 1.0)})),
              (std::vector<std::string>{"write", "class-2"}));
    EXPECT_EQ(names(withNewClass({named("write", 0.5), named("class-2", 0.5)})),
              (std::vector<std::string>{"write", "class-2", "class-3"}));
    EXPECT_EQ(names(withNewClass({named("class-2", 1.0)})),
              (std::vector<std::string>{"class-2", "write"}));
}

TEST(RequestMix, TheFirstClassOfNoneTakesTheWholeMix) {
    const std::vector<RequestClass> after = withNewClass({});
    ASSERT_EQ(after.size(), 1u);
    EXPECT_DOUBLE_EQ(after[0].mix, 1.0);
}

TEST(RequestMix, ARemovedClassGivesItsMixToTheFirstThatStays) {
    const std::vector<RequestClass> three{named("a", 0.5), named("b", 0.3), named("c", 0.2)};
    const std::vector<RequestClass> withoutC = withoutClass(three, 2);
    EXPECT_EQ(names(withoutC), (std::vector<std::string>{"a", "b"}));
    EXPECT_DOUBLE_EQ(withoutC[0].mix, 0.7);
    EXPECT_DOUBLE_EQ(withoutC[1].mix, 0.3);

    const std::vector<RequestClass> withoutA = withoutClass(three, 0);
    EXPECT_EQ(names(withoutA), (std::vector<std::string>{"b", "c"}));
    EXPECT_DOUBLE_EQ(withoutA[0].mix, 0.8);
    EXPECT_DOUBLE_EQ(withoutA[1].mix, 0.2);
}

TEST(RequestMix, TheOnlyClassOrNoClassIsNotRemoved) {
    const std::vector<RequestClass> one{named("read", 1.0)};
    EXPECT_EQ(withoutClass(one, 0), one);
    const std::vector<RequestClass> two{named("read", 0.5), named("write", 0.5)};
    EXPECT_EQ(withoutClass(two, 2), two);
    EXPECT_EQ(withoutClass(two, static_cast<std::size_t>(-1)), two);
    EXPECT_TRUE(withoutClass({}, 0).empty());
}
