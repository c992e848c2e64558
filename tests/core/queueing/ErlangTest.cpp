// The M/M/c and Erlang B rows of shared/validation/queueing.md, and Erlang's formulas at
// scale.
#include "queueing/Erlang.h"
#include "queueing/MMcK.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::queueing {
namespace {

TEST(ErlangTest, MMcFourServers) {
    const MMcMetrics m = mmc(4, 3.2, 1.0);
    ASSERT_TRUE(m.stable);
    EXPECT_NEAR(m.probabilityOfWait, 0.5964, 0.00005);
    EXPECT_NEAR(m.meanWait, 0.7455, 0.00005);
    EXPECT_NEAR(m.meanResponse, 1.746, 0.0005);
    EXPECT_NEAR(m.meanInSystem, 5.586, 0.0005);
    EXPECT_NEAR(mmcResponsePercentile(m, 0.50), 1.346, 0.0005);
    EXPECT_NEAR(mmcResponsePercentile(m, 0.95), 4.738, 0.0005);
    EXPECT_NEAR(mmcResponsePercentile(m, 0.99), 6.893, 0.0005);
}

TEST(ErlangTest, MMcSixteenServers) {
    const MMcMetrics m = mmc(16, 14.4, 1.0);
    ASSERT_TRUE(m.stable);
    EXPECT_NEAR(m.probabilityOfWait, 0.5913, 0.00005);
    EXPECT_NEAR(m.meanWait, 0.3696, 0.00005);
    EXPECT_NEAR(m.meanResponse, 1.370, 0.0005);
    EXPECT_NEAR(m.meanInSystem, 19.72, 0.005);
    EXPECT_NEAR(mmcResponsePercentile(m, 0.50), 1.078, 0.0005);
    EXPECT_NEAR(mmcResponsePercentile(m, 0.95), 3.624, 0.0005);
    EXPECT_NEAR(mmcResponsePercentile(m, 0.99), 5.270, 0.0005);
}

TEST(ErlangTest, ResponseSurvivalIsADistribution) {
    const MMcMetrics m = mmc(4, 3.2, 1.0);
    EXPECT_DOUBLE_EQ(mmcResponseSurvival(m, 0), 1.0);
    double previous = 1;
    for (double t = 0.1; t < 40; t += 0.1) {
        const double s = mmcResponseSurvival(m, t);
        EXPECT_LE(s, previous);
        previous = s;
    }
    EXPECT_LT(previous, 1e-10);
    // The mean is the integral of the survival function.
    double integral = 0;
    const double dt = 1e-3;
    for (double t = dt / 2; t < 60; t += dt)
        integral += mmcResponseSurvival(m, t) * dt;
    EXPECT_NEAR(integral, m.meanResponse, 1e-6);
}

TEST(ErlangTest, ErlangBRow) {
    // c = 10, offered load 8 Erlang.
    const LossMetrics loss = erlangLoss(10, 8.0);
    EXPECT_NEAR(loss.blocking, 0.1217, 0.00005);
    EXPECT_NEAR(loss.carriedLoad, 7.027, 0.0005);
    EXPECT_NEAR(loss.utilisation, 0.7027, 0.00005);
    // The same system as M/M/c/K with no waiting room.
    const MMcKMetrics k = mmck(10, 0, 8.0, 1.0);
    EXPECT_NEAR(k.blocking, loss.blocking, 1e-12);
    EXPECT_NEAR(k.utilisation, loss.utilisation, 1e-12);
    EXPECT_NEAR(k.meanWait, 0, 1e-12);
}

TEST(ErlangTest, ErlangBIsStableForTenThousandServers) {
    // At a light load the answer underflows gracefully; near the knee it stays in (0, 1).
    EXPECT_EQ(erlangB(10000, 10.0), 0.0);
    const double knee = erlangB(10000, 9900.0);
    EXPECT_GT(knee, 0.0);
    EXPECT_LT(knee, 0.01);
    // The recursion against the definition a^c/c! / sum a^k/k! in log space, c = 200.
    const double a = 180;
    double logTerms[201];
    double maxLog = -1e300;
    for (int k = 0; k <= 200; ++k) {
        logTerms[k] = k * std::log(a) - std::lgamma(k + 1.0);
        maxLog = std::max(maxLog, logTerms[k]);
    }
    double sum = 0;
    for (double t : logTerms)
        sum += std::exp(t - maxLog);
    EXPECT_NEAR(erlangB(200, a), std::exp(logTerms[200] - maxLog) / sum, 1e-12);
    // Erlang C at c = 10,000, rho = 0.99: finite, in (0, 1), and no slower than linear.
    const double c = erlangC(10000, 9900.0);
    EXPECT_GT(c, 0.0);
    EXPECT_LT(c, 1.0);
    const MMcMetrics m = mmc(10000, 9900.0, 1.0);
    EXPECT_TRUE(m.stable);
    EXPECT_TRUE(std::isfinite(mmcResponsePercentile(m, 0.99)));
}

// Beyond kExactServers the formulas take O(1) steps: against the exact recursion where both
// apply, each approximation marked as one.
TEST(ErlangTest, ManyServersAgreeWithTheRecurrence) {
    for (const std::int64_t c : {kExactServers + 1, std::int64_t{20000}}) {
        const double servers = static_cast<double>(c);
        for (const double ratio : {0.5, 0.8, 0.95, 0.99, 1.0, 1.0005, 1.005, 1.0101, 1.05, 2.0}) {
            const double load = ratio * servers;
            const double exact = erlangBExact(c, load);
            EXPECT_NEAR(erlangB(c, load), exact, 1e-5 * exact + 1e-300)
                << "c " << c << ", load " << load;
            // Well above c the series is exact; everywhere else it is approximate.
            EXPECT_EQ(erlangBIsApproximate(c, load), ratio < 1 / 0.99) << ratio;
        }
    }
    EXPECT_FALSE(erlangBIsApproximate(kExactServers, 0.99 * kExactServers));
    EXPECT_EQ(erlangB(kExactServers, 4000.0), erlangBExact(kExactServers, 4000.0));
    const MMcMetrics m = mmc(20000, 19800.0, 1.0);
    EXPECT_TRUE(m.approximate);
    EXPECT_NEAR(m.probabilityOfWait, erlangC(20000, 19800.0), 1e-15);
    EXPECT_FALSE(mmc(16, 14.4, 1.0).approximate);
    EXPECT_TRUE(mmck(20000, 100, 19800.0, 1.0).approximate);
    EXPECT_TRUE(erlangLoss(20000, 19800.0).approximate);
}

// 100,000 instances x 1,000,000 workers in one shared queue: the recursion would take 1e11
// steps (the hang).
TEST(ErlangTest, AHundredBillionServers) {
    const std::int64_t c = 100000LL * 1000000LL;
    for (const double ratio : {0.5, 0.999999, 1.0, 1.000001, 1.01, 3.0}) {
        const double b = erlangB(c, ratio * static_cast<double>(c));
        EXPECT_GE(b, 0.0) << ratio;
        EXPECT_LT(b, 1.0) << ratio;
    }
    // Overloaded by 3: B = 1 - 1/3 to within 1/c.
    EXPECT_NEAR(erlangB(c, 3.0 * static_cast<double>(c)), 2.0 / 3, 1e-9);
    const MMcMetrics m = mmc(c, 0.5e11, 1.0);
    EXPECT_TRUE(m.stable);
    EXPECT_TRUE(m.approximate);
    EXPECT_EQ(m.probabilityOfWait, 0.0); // underflows: half loaded, nobody waits
    EXPECT_NEAR(m.meanResponse, 1.0, 1e-12);
    const MMcMetrics knee = mmc(c, 0.99999 * static_cast<double>(c), 1.0);
    EXPECT_GT(knee.probabilityOfWait, 0.0);
    EXPECT_LT(knee.probabilityOfWait, 1.0);
    EXPECT_TRUE(std::isfinite(mmcResponsePercentile(knee, 0.99)));
}

TEST(ErlangTest, ErlangCIsOneWhenOverloaded) {
    EXPECT_EQ(erlangC(4, 4.0), 1.0);
    EXPECT_FALSE(mmc(4, 4.0, 1.0).stable);
    EXPECT_TRUE(std::isinf(mmcResponsePercentile(mmc(4, 5.0, 1.0), 0.99)));
}

TEST(ErlangTest, MM1KMatchesItsClosedForm) {
    // M/M/1/K: p_n = (1 - rho) rho^n / (1 - rho^(K+1)), K = 1 + waiting room.
    for (double rho : {0.5, 0.9, 1.0, 1.5}) {
        const int room = 5;
        const int capacity = room + 1;
        double norm = 0;
        double l = 0;
        for (int n = 0; n <= capacity; ++n) {
            norm += std::pow(rho, n);
            l += n * std::pow(rho, n);
        }
        const double blocking = std::pow(rho, capacity) / norm;
        const MMcKMetrics m = mmck(1, room, rho, 1.0);
        EXPECT_NEAR(m.blocking, blocking, 1e-12) << rho;
        EXPECT_NEAR(m.meanInSystem, l / norm, 1e-12) << rho;
        EXPECT_NEAR(m.meanResponse, (l / norm) / (rho * (1 - blocking)), 1e-12) << rho;
        EXPECT_NEAR(m.dropRate, rho * blocking, 1e-12) << rho;
    }
}

TEST(ErlangTest, MMcKAgreesWithDirectSummation) {
    // c = 3, waiting room 10,000 (closed form) and 40 (summed), light and heavy loads.
    for (double load : {2.0, 2.9, 3.0, 3.5, 6.0}) {
        for (int room : {40, 10000}) {
            // Unnormalized probabilities in log space (rho^10000 overflows a double).
            std::vector<double> p(3 + room + 1);
            double logTerm = 0;
            double maxLog = 0;
            for (int n = 0; n < static_cast<int>(p.size()); ++n) {
                if (n > 0)
                    logTerm += std::log(load / std::min(n, 3));
                p[n] = logTerm;
                maxLog = std::max(maxLog, logTerm);
            }
            for (double& x : p)
                x = std::exp(x - maxLog);
            double norm = 0;
            for (double x : p)
                norm += x;
            double lq = 0;
            for (int n = 3; n < static_cast<int>(p.size()); ++n)
                lq += (n - 3) * p[n] / norm;
            const MMcKMetrics m = mmck(3, room, load, 1.0);
            EXPECT_NEAR(m.blocking, p.back() / norm, 1e-9) << load << " " << room;
            EXPECT_NEAR(m.meanQueueLength, lq, 1e-6 * std::max(1.0, lq)) << load << " " << room;
        }
    }
}

} // namespace
} // namespace studio::core::queueing
