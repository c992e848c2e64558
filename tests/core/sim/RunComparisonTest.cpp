// Comparing two runs' figures: Welch's interval on the difference, and its verdict.
#include "sim/RunComparison.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace studio::core::sim {
namespace {

TEST(RunComparisonTest, IdenticalFiguresShowNoSignificantDifference) {
    const Interval i = intervalOf(std::vector<double>{10, 11, 9, 10.5, 9.5});
    const Difference d = compareFigures(i, i, true);
    EXPECT_EQ(d.value, 0);
    EXPECT_GT(d.halfWidth, 0);
    EXPECT_EQ(d.verdict, Verdict::NoSignificantDifference);
}

TEST(RunComparisonTest, EqualVariancesGiveThePooledTwoSampleInterval) {
    // Same spread, n = 5 each: Welch's df is 8, the half-width t(8) * sqrt(2 s^2 / 5).
    const std::vector<double> base{10, 11, 9, 10.5, 9.5};
    std::vector<double> shifted;
    for (const double v : base)
        shifted.push_back(v + 3);
    const Difference d = compareFigures(intervalOf(base), intervalOf(shifted), true);
    double mean = 10, s2 = 0;
    for (const double v : base)
        s2 += (v - mean) * (v - mean) / 4;
    EXPECT_NEAR(d.value, 3, 1e-12);
    EXPECT_NEAR(d.halfWidth, studentQuantile(0.95, 8) * std::sqrt(2 * s2 / 5), 1e-9);
    EXPECT_EQ(d.verdict, Verdict::Better);
    EXPECT_EQ(compareFigures(intervalOf(base), intervalOf(shifted), false).verdict, Verdict::Worse);
}

TEST(RunComparisonTest, ASmallShiftWithinTheNoiseIsNoDifference) {
    const std::vector<double> base{10, 12, 8, 11, 9};
    std::vector<double> shifted;
    for (const double v : base)
        shifted.push_back(v + 0.5);
    EXPECT_EQ(compareFigures(intervalOf(base), intervalOf(shifted), true).verdict,
              Verdict::NoSignificantDifference);
}

TEST(RunComparisonTest, OneReplicationOrAMissingFigureCannotDecide) {
    const Interval one = intervalOf(std::vector<double>{5});
    const Interval many = intervalOf(std::vector<double>{5, 6, 7});
    EXPECT_EQ(compareFigures(one, many, true).verdict, Verdict::Unknown);
    EXPECT_TRUE(std::isinf(compareFigures(one, many, true).halfWidth));
    EXPECT_EQ(compareFigures(Interval{}, many, true).verdict, Verdict::Unknown);
}

} // namespace
} // namespace studio::core::sim
