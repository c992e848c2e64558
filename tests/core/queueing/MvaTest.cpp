// Mean value analysis against a case computed by hand.
#include "queueing/Mva.h"

#include <gtest/gtest.h>

#include <vector>

namespace studio::core::queueing {
namespace {

TEST(MvaTest, TwoQueueingStationsByHand) {
    // D1 = 0.2 s, D2 = 0.1 s, Z = 1 s, N = 3. By hand:
    // n = 1: R = 0.2, 0.1; X = 1 / 1.3 = 10/13; Q = 2/13, 1/13
    // n = 2: R = 0.2 x 15/13 = 3/13, 0.1 x 14/13 = 1.4/13; X = 2 / (1 + 4.4/13) = 26/17.4;
    //        Q = 10/29, 14/87
    // n = 3: R = 0.2 x 39/29 = 7.8/29, 0.1 x 101/87 = 10.1/87; X = 3 / (1 + 33.5/87)
    //        = 261/120.5
    const std::vector<MvaStation> stations = {{0.2}, {0.1}};
    const MvaResult r = exactMva(stations, 3, 1.0);
    EXPECT_FALSE(r.approximate);
    EXPECT_NEAR(r.throughput, 261 / 120.5, 1e-12);
    EXPECT_NEAR(r.residence[0], 7.8 / 29, 1e-12);
    EXPECT_NEAR(r.residence[1], 10.1 / 87, 1e-12);
    EXPECT_NEAR(r.responseTime, 33.5 / 87, 1e-12);
    EXPECT_NEAR(r.utilisation[0], 261 / 120.5 * 0.2, 1e-12);
    // Little's law over the whole loop: N = X (R + Z).
    EXPECT_NEAR(r.throughput * (r.responseTime + 1.0), 3.0, 1e-12);
}

TEST(MvaTest, DelayStationsAndCopies) {
    // A delay adds its demand and never queues; two copies of D halve nothing but count twice.
    const std::vector<MvaStation> stations = {{0.1, MvaCenter::Queueing, 1, 2},
                                              {0.5, MvaCenter::Delay}};
    const MvaResult one = exactMva(stations, 1, 0.0);
    EXPECT_NEAR(one.responseTime, 0.7, 1e-12);
    const MvaResult many = exactMva(stations, 50, 0.0);
    EXPECT_NEAR(many.residence[1], 0.5, 1e-12);
    EXPECT_LE(many.throughput, 1 / 0.1 + 1e-9); // the bottleneck bound 1 / D_max
    EXPECT_GT(many.throughput, 9.0);
}

TEST(MvaTest, MultiServerIsLabelledUnlessItNeverQueues) {
    const std::vector<MvaStation> few = {{0.4, MvaCenter::MultiServer, 4}};
    EXPECT_FALSE(exactMva(few, 3, 1.0).approximate); // 4 servers, 3 users: a delay
    EXPECT_NEAR(exactMva(few, 3, 1.0).throughput, 3 / 1.4, 1e-12);
    EXPECT_TRUE(exactMva(few, 10, 1.0).approximate);
}

TEST(MvaTest, SchweitzerIsCloseToExact) {
    const std::vector<MvaStation> stations = {{0.2}, {0.1}, {0.05, MvaCenter::Delay}};
    const MvaResult exact = exactMva(stations, 40, 2.0);
    const MvaResult approx = schweitzerMva(stations, 40, 2.0);
    EXPECT_TRUE(approx.approximate);
    EXPECT_NEAR(approx.throughput, exact.throughput, 0.05 * exact.throughput);
}

} // namespace
} // namespace studio::core::queueing
