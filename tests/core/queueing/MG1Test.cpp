// The M/G/1 rows of shared/validation/queueing.md and the Allen-Cunneen approximation.
#include "queueing/MG1.h"
#include "queueing/Erlang.h"

#include <gtest/gtest.h>

namespace studio::core::queueing {
namespace {

TEST(MG1Test, PollaczekKhinchineRows) {
    struct Row {
        double rho, deterministic, exponential;
    };
    for (const Row& row : {Row{0.5, 1.5, 2}, Row{0.8, 3, 5}, Row{0.9, 5.5, 10}}) {
        const MGcMetrics d = mg1(row.rho, 1.0, 0.0);
        const MGcMetrics e = mg1(row.rho, 1.0, 1.0);
        EXPECT_FALSE(d.approximate);
        EXPECT_NEAR(d.meanResponse, row.deterministic, 1e-12) << row.rho;
        EXPECT_NEAR(e.meanResponse, row.exponential, 1e-12) << row.rho;
        EXPECT_NEAR(d.probabilityOfWait, row.rho, 1e-12);
    }
}

TEST(MG1Test, AllenCunneenIsExactForMMcAndLabelled) {
    const MGcMetrics ac = allenCunneen(4, 3.2, 1.0, 1.0, 1.0);
    EXPECT_TRUE(ac.approximate);
    EXPECT_NEAR(ac.meanWait, mmc(4, 3.2, 1.0).meanWait, 1e-12);
    // One server, Poisson arrivals: Allen-Cunneen reduces to Pollaczek-Khinchine.
    EXPECT_NEAR(allenCunneen(1, 0.8, 1.0, 1.0, 0.0).meanWait, mg1(0.8, 1.0, 0.0).meanWait, 1e-12);
    // Deterministic service halves the M/M/c wait.
    EXPECT_NEAR(allenCunneen(16, 14.4, 1.0, 1.0, 0.0).meanWait, 0.3696 / 2, 0.00005);
}

TEST(MG1Test, SaturatedIsInfinite) {
    EXPECT_FALSE(mg1(1.0, 1.0, 0.0).stable);
    EXPECT_FALSE(allenCunneen(2, 3.0, 1.0, 1.0, 1.0).stable);
}

} // namespace
} // namespace studio::core::queueing
