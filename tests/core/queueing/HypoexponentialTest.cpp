// Sums of exponentials: the tandem row of shared/validation/queueing.md, equal and repeated
// rates, and mixtures of shifted sums (M/M/c responses, a cache's hits and misses).
#include "queueing/Hypoexponential.h"
#include "queueing/Erlang.h"
#include "queueing/MomentFit.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace studio::core::queueing {
namespace {

TEST(HypoexponentialTest, TandemRow) {
    // 80 req/s through M/M/1 stations of 5, 10 and 8 ms: rates mu - lambda = 120, 20, 45.
    const std::vector<double> rates = {200 - 80.0, 100 - 80.0, 125 - 80.0};
    EXPECT_NEAR(hypoexponentialMean(rates) * 1000, 80.56, 0.005);
    EXPECT_NEAR(hypoexponentialPercentile(rates, 0.50) * 1000, 67.34, 0.005);
    EXPECT_NEAR(hypoexponentialPercentile(rates, 0.95) * 1000, 188.0, 0.05);
    EXPECT_NEAR(hypoexponentialPercentile(rates, 0.99) * 1000, 268.7, 0.05);
}

TEST(HypoexponentialTest, EqualRatesAreErlang) {
    // Erlang(3, 2): P(T > t) = e^-2t (1 + 2t + (2t)^2 / 2).
    const std::vector<double> rates = {2, 2, 2};
    for (double t : {0.1, 1.0, 3.0, 10.0}) {
        const double x = 2 * t;
        EXPECT_NEAR(hypoexponentialSurvival(rates, t), std::exp(-x) * (1 + x + x * x / 2), 1e-14);
    }
    // One exponential: the M/M/1 percentile.
    const std::vector<double> one = {0.1};
    EXPECT_NEAR(hypoexponentialPercentile(one, 0.99), std::log(100.0) / 0.1, 1e-9);
}

TEST(HypoexponentialTest, MixedAndNearlyEqualRatesAgree) {
    // Two equal rates and one other (uniformization) against a nearly equal pair (closed
    // form or uniformization): the survival functions must be continuous in the rates.
    const std::vector<double> mixed = {5, 5, 12};
    const std::vector<double> near = {5, 5 * (1 + 1e-9), 12};
    for (double t : {0.05, 0.3, 1.0, 2.5}) {
        EXPECT_NEAR(hypoexponentialSurvival(mixed, t), hypoexponentialSurvival(near, t), 1e-8) << t;
    }
    // The mean is the integral of the survival function.
    double integral = 0;
    const double dt = 1e-3;
    for (double t = dt / 2; t < 10; t += dt)
        integral += hypoexponentialSurvival(mixed, t) * dt;
    EXPECT_NEAR(integral, hypoexponentialMean(mixed), 1e-6);
}

TEST(HypoexponentialTest, ManyWidelySpreadPhases) {
    std::vector<double> rates;
    for (int i = 0; i < 20; ++i)
        rates.push_back(10.0 + 3.0 * i);
    const double p99 = hypoexponentialPercentile(rates, 0.99);
    EXPECT_NEAR(hypoexponentialSurvival(rates, p99), 0.01, 1e-9);
    EXPECT_GT(p99, hypoexponentialMean(rates));
}

TEST(HypoexponentialTest, RepeatedRatesInClosedFormMatchUniformization) {
    // Repeated rates take the closed form with repeated poles; the same rates pulled a
    // hair apart have no usable closed form and are uniformized: two methods, one answer.
    const std::vector<double> repeated = {3, 7, 3, 7, 3, 40};
    const std::vector<double> apart = {3, 7, 3 * (1 + 1e-9), 7 * (1 - 1e-9), 3 * (1 - 1e-9), 40};
    for (double t : {0.01, 0.2, 1.0, 3.0, 8.0})
        EXPECT_NEAR(hypoexponentialSurvival(repeated, t), hypoexponentialSurvival(apart, t), 1e-8)
            << t;
    const double p99 = hypoexponentialPercentile(repeated, 0.99);
    EXPECT_NEAR(hypoexponentialSurvival(apart, p99), 0.01, 1e-8);
}

TEST(HypoexponentialTest, MixtureOfOneTermIsTheTerm) {
    const std::vector<double> rates = {120, 20, 45, 20};
    const ShiftedHypoexponential one{1, 0.25, rates};
    EXPECT_NEAR(hypoexponentialMixturePercentile({&one, 1}, 0.99),
                0.25 + hypoexponentialPercentile(rates, 0.99), 1e-12);
    EXPECT_NEAR(hypoexponentialMixtureSurvival({&one, 1}, 0.25 + 0.1),
                hypoexponentialSurvival(rates, 0.1), 1e-15);
}

TEST(HypoexponentialTest, MMcResponseIsATwoTermMixture) {
    // M/M/4 at lambda 3.2, mu 1 (the queueing.md row): no wait, Exp(1); a wait, Exp(0.8)
    // then Exp(1).
    const MMcMetrics m = mmc(4, 3.2, 1.0);
    const std::vector<double> service = {1.0};
    const std::vector<double> waited = {0.8, 1.0};
    const ShiftedHypoexponential terms[] = {{1 - m.probabilityOfWait, 0, service},
                                            {m.probabilityOfWait, 0, waited}};
    for (double q : {0.5, 0.95, 0.99})
        EXPECT_NEAR(hypoexponentialMixturePercentile(terms, q), mmcResponsePercentile(m, q),
                    1e-9 * mmcResponsePercentile(m, q))
            << q;
    EXPECT_NEAR(hypoexponentialMixturePercentile(terms, 0.99), 6.893, 0.0005);
}

TEST(HypoexponentialTest, MixtureWithAnAtomAndShifts) {
    // Half the time exactly 1 s, half the time Exp(1): P(T > t) = [t < 1] / 2 + e^-t / 2.
    const std::vector<double> exponential = {1.0};
    const ShiftedHypoexponential terms[] = {{0.5, 1.0, {}}, {0.5, 0, exponential}};
    EXPECT_NEAR(hypoexponentialMixturePercentile(terms, 0.9), std::log(5.0), 1e-12);
    EXPECT_NEAR(hypoexponentialMixturePercentile(terms, 0.6), 1.0, 1e-12); // the atom
    EXPECT_NEAR(hypoexponentialMixtureSurvival(terms, 0.5), 0.5 + 0.5 * std::exp(-0.5), 1e-15);
    // Weights need not sum to 1; a shift moves its own term only.
    const ShiftedHypoexponential scaled[] = {{2, 1.0, {}}, {2, 0.5, exponential}};
    const double p = hypoexponentialMixturePercentile(scaled, 0.9);
    EXPECT_NEAR(0.5 * std::exp(-(p - 0.5)), 0.1, 1e-12);
}

TEST(MomentFitTest, ExponentialAndDeterministicLimits) {
    // cv^2 = 1: the fit is the exponential itself.
    EXPECT_NEAR(fittedPercentile(2.0, 4.0, 0.99), 2.0 * std::log(100.0), 1e-9);
    // No variance: every request takes the mean.
    EXPECT_EQ(fittedPercentile(3.0, 0.0, 0.99), 3.0);
    // cv^2 > 1 lies beyond the exponential's percentile; cv^2 < 1 below it.
    EXPECT_GT(fittedPercentile(1.0, 4.0, 0.99), std::log(100.0));
    EXPECT_LT(fittedPercentile(1.0, 0.25, 0.99), std::log(100.0));
    EXPECT_NEAR(fittedSurvival(1.0, 0.25, fittedPercentile(1.0, 0.25, 0.99)), 0.01, 1e-9);
}

} // namespace
} // namespace studio::core::queueing
