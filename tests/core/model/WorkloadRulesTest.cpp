// What a service time and a workload take when the person switches their kind: the cv a
// distribution accepts, the closed population that keeps an open workload's traffic.
#include "model/ServiceTime.h"
#include "model/Workload.h"

#include <gtest/gtest.h>

using namespace studio::core;

TEST(FittingCvTest, FixedDistributionsTakeTheirOwnCv) {
    EXPECT_EQ(fittingCv(Distribution::Exponential, 0.3), 1);
    EXPECT_EQ(fittingCv(Distribution::Exponential, 4), 1);
    EXPECT_EQ(fittingCv(Distribution::Deterministic, 1), 0);
    EXPECT_EQ(fittingCv(Distribution::Deterministic, 2.5), 0);
}

TEST(FittingCvTest, LognormalKeepsAPositiveCv) {
    EXPECT_EQ(fittingCv(Distribution::Lognormal, 0.4), 0.4);
    EXPECT_EQ(fittingCv(Distribution::Lognormal, 3), 3);
    EXPECT_EQ(fittingCv(Distribution::Lognormal, 0), 1);
    EXPECT_EQ(fittingCv(Distribution::Lognormal, -1), 1);
}

TEST(FittingCvTest, HyperexponentialKeepsACvAboveOne) {
    EXPECT_EQ(fittingCv(Distribution::Hyperexponential, 1.5), 1.5);
    EXPECT_EQ(fittingCv(Distribution::Hyperexponential, 1), 2);
    EXPECT_EQ(fittingCv(Distribution::Hyperexponential, 0), 2);
}

TEST(ClosedPopulationTest, LittlesLawRounded) {
    Workload workload;
    workload.rate = 100;
    workload.thinkTime = 2.5;
    EXPECT_EQ(closedPopulationFor(workload), 250);
    workload.rate = 3;
    workload.thinkTime = 0.5; // 1.5 users: rounds half away from zero
    EXPECT_EQ(closedPopulationFor(workload), 2);
    workload.thinkTime = 0.4; // 1.2 users
    EXPECT_EQ(closedPopulationFor(workload), 1);
}

TEST(ClosedPopulationTest, AtLeastOneUser) {
    Workload workload;
    workload.rate = 0;
    EXPECT_EQ(closedPopulationFor(workload), 1);
    workload.rate = 10;
    workload.thinkTime = 0;
    EXPECT_EQ(closedPopulationFor(workload), 1);
    workload.thinkTime = 0.01; // 0.1 users
    EXPECT_EQ(closedPopulationFor(workload), 1);
}
