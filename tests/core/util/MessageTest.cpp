#include "util/Message.h"
#include "util/Problem.h"

#include <gtest/gtest.h>

#include <limits>

using namespace studio::core;

TEST(Message, FillsNumberedArgumentsInAnyOrder) {
    EXPECT_EQ(fillArguments("%2 before %1", {"a", "b"}), "b before a");
    EXPECT_EQ(fillArguments("%1%1", {"x"}), "xx");
}

TEST(Message, LeavesMissingArgumentsAndPercentSignsAlone) {
    EXPECT_EQ(fillArguments("%1 and %3", {"a"}), "a and %3");
    EXPECT_EQ(fillArguments("100% sure, 50%", {}), "100% sure, 50%");
}

TEST(Message, FormatsNumbersAsPeopleReadThem) {
    EXPECT_EQ(formatNumber(0), "0");
    EXPECT_EQ(formatNumber(0.5), "0.5");
    EXPECT_EQ(formatNumber(12), "12");
    EXPECT_EQ(formatNumber(100000), "100000");
    EXPECT_EQ(formatNumber(-3), "-3");
    EXPECT_EQ(formatNumber(1e20), "1e+20");
    EXPECT_EQ(formatNumber(0.1 + 0.2), "0.30000000000000004");
    EXPECT_EQ(formatNumber(std::numeric_limits<double>::quiet_NaN()), "NaN");
    EXPECT_EQ(formatNumber(-std::numeric_limits<double>::infinity()), "-inf");
}

TEST(Problem, TextJoinsPlaceAndMessage) {
    const Problem withPlace = makeProblem("components[3] \"orders-db\"", "Validation",
                                          "%1 must be >= %2, got %3", {"shards", "1", "0"});
    EXPECT_EQ(withPlace.text(), "components[3] \"orders-db\": shards must be >= 1, got 0");
    const Problem whole = makeProblem("", "Validation", "the file is empty");
    EXPECT_EQ(whole.text(), "the file is empty");
}
