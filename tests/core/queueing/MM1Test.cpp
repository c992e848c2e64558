// The M/M/1 rows of shared/validation/queueing.md (mu = 1, times in mean service times).
#include "queueing/MM1.h"
#include "queueing/Erlang.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::queueing {
namespace {

struct Row {
    double rho, wq, w, l, p50, p95, p99;
};

// Tolerance: half a unit of the last printed digit.
constexpr Row kRows[] = {
    {0.5, 1, 2, 1, 1.386, 5.991, 9.210},
    {0.8, 4, 5, 4, 3.466, 14.98, 23.03},
    {0.9, 9, 10, 9, 6.931, 29.96, 46.05},
};

double halfDigit(double printed) {
    // 1.386 -> 0.0005, 14.98 -> 0.005, 9 -> 0.5 (whole numbers are exact: use 1e-9).
    if (printed == std::floor(printed))
        return 1e-9;
    double unit = 1;
    while (std::fabs(printed * unit - std::round(printed * unit)) > 1e-9)
        unit *= 10;
    return 0.5 / unit;
}

TEST(MM1Test, ReproducesTheValidationTable) {
    for (const Row& row : kRows) {
        const MM1Metrics m = mm1(row.rho, 1.0);
        ASSERT_TRUE(m.stable);
        EXPECT_NEAR(m.meanWait, row.wq, halfDigit(row.wq)) << row.rho;
        EXPECT_NEAR(m.meanResponse, row.w, halfDigit(row.w)) << row.rho;
        EXPECT_NEAR(m.meanInSystem, row.l, halfDigit(row.l)) << row.rho;
        EXPECT_NEAR(mm1ResponsePercentile(m, 0.50), row.p50, halfDigit(row.p50)) << row.rho;
        EXPECT_NEAR(mm1ResponsePercentile(m, 0.95), row.p95, halfDigit(row.p95)) << row.rho;
        EXPECT_NEAR(mm1ResponsePercentile(m, 0.99), row.p99, halfDigit(row.p99)) << row.rho;
    }
}

TEST(MM1Test, AgreesWithMMcForOneServer) {
    for (const Row& row : kRows) {
        const MMcMetrics c = mmc(1, row.rho, 1.0);
        EXPECT_NEAR(c.probabilityOfWait, row.rho, 1e-12);
        EXPECT_NEAR(c.meanWait, row.wq, 1e-9);
        EXPECT_NEAR(mmcResponsePercentile(c, 0.99), row.p99, halfDigit(row.p99));
    }
}

TEST(MM1Test, ScalesToSeconds) {
    // Mean service 10 ms, 90 req/s: the rho = 0.9 row in seconds.
    const MM1Metrics m = mm1(90, 100);
    EXPECT_NEAR(m.utilisation, 0.9, 1e-12);
    EXPECT_NEAR(m.meanWait, 0.090, 1e-12);
    EXPECT_NEAR(m.meanResponse, 0.100, 1e-12);
    EXPECT_NEAR(m.meanInSystem, 9, 1e-9);
    EXPECT_NEAR(mm1ResponsePercentile(m, 0.99), 0.4605, 0.00005);
}

TEST(MM1Test, SaturatedHasNoFiniteLatency) {
    const MM1Metrics m = mm1(1.0, 1.0);
    EXPECT_FALSE(m.stable);
    EXPECT_TRUE(std::isinf(m.meanResponse));
    EXPECT_TRUE(std::isinf(mm1ResponsePercentile(m, 0.99)));
}

} // namespace
} // namespace studio::core::queueing
