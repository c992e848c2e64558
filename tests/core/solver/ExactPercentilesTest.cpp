// End-to-end percentiles that are exact because the latency is known in closed form: an
// M/M/c station's response (an atom of no wait, else an exponential wait, then an
// exponential service), chains of them, and a cache's mix of hits and misses. Every
// reference below is computed here, independently of core/queueing: Erlang C by its sum,
// convolutions by numerical integration, percentiles by bisection.
#include "SolverTestDesigns.h"

#include "queueing/Erlang.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <vector>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

// One M/M/c station: c servers of rate mu (1/s) fed at lambda (req/s). The closed forms
// below divide by theta - mu: every station here has theta = c mu - lambda != mu.
struct Station {
    int64_t c;
    double lambda, mu;

    // Erlang C from its definition: a^c/c! / (1 - rho) over the sum of a^k/k! plus that.
    double waitProbability() const {
        const double a = lambda / mu;
        const double rho = a / static_cast<double>(c);
        double term = 1, sum = 0;
        for (int64_t k = 0; k < c; ++k) {
            sum += term;
            term *= a / static_cast<double>(k + 1);
        }
        const double top = term / (1 - rho);
        return top / (sum + top);
    }
    double waitRate() const { return static_cast<double>(c) * mu - lambda; }

    // P(T > t) of the response: (1 - P) e^(-mu t) + P P(Exp(theta) + Exp(mu) > t).
    double survival(double t) const {
        if (t <= 0)
            return 1;
        const double p = waitProbability(), theta = waitRate();
        const double both = (theta * std::exp(-mu * t) - mu * std::exp(-theta * t)) / (theta - mu);
        return (1 - p) * std::exp(-mu * t) + p * both;
    }
    // Its density, 1/s.
    double density(double t) const {
        if (t < 0)
            return 0;
        const double p = waitProbability(), theta = waitRate();
        const double both = mu * theta * (std::exp(-mu * t) - std::exp(-theta * t)) / (theta - mu);
        return (1 - p) * mu * std::exp(-mu * t) + p * both;
    }
};

// P(X + Y > t) = P(X > t) + integral_0^t f_X(x) P(Y > t - x) dx, by Simpson's rule.
double convolvedSurvival(const Station& x, const std::function<double(double)>& y, double t) {
    if (t <= 0)
        return 1;
    const int n = 4000; // even
    const double h = t / n;
    double sum = 0;
    for (int i = 0; i <= n; ++i) {
        const double s = i * h;
        const double f = x.density(s) * y(t - s);
        sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
    }
    return x.survival(t) + sum * h / 3;
}

// The t where the decreasing `survival` falls to 1 - q, by bisection.
double percentileByBisection(const std::function<double(double)>& survival, double q) {
    double lo = 0, hi = 1e-3;
    while (survival(hi) > 1 - q)
        hi *= 2;
    for (int i = 0; i < 200 && hi - lo > 1e-12 * hi; ++i) {
        const double mid = 0.5 * (lo + hi);
        (survival(mid) > 1 - q ? lo : hi) = mid;
    }
    return 0.5 * (lo + hi);
}

// A generic box of `workers` workers and exponential service of `mean` s that releases its
// worker while it calls.
Component& box(DesignBuilder& b, const std::string& id, int64_t workers, double mean) {
    return b.add("generic_box", id, {{"workers", workers}, {"holding", std::string("release")}},
                 mean);
}

void expectExact(const RequestResult& r) {
    for (const Figure& f : {r.mean, r.p50, r.p95, r.p99})
        EXPECT_FALSE(f.approximate);
}

TEST(ExactPercentilesTest, MM8StationEndToEndIsTheClosedForm) {
    // 8 workers of 10 ms at 640 req/s: rho = 0.8.
    const Station st{8, 640, 100};
    DesignBuilder b;
    b.client("users", st.lambda);
    box(b, "box", st.c, 1 / st.mu);
    b.link("users", "box", LinkMode::Call);
    const Solution s = solved(b.design());
    const RequestResult& r = request(s, "users");
    expectExact(r);
    const auto survival = [&](double t) { return st.survival(t); };
    EXPECT_NEAR(r.p50.value, percentileByBisection(survival, 0.50), 1e-6 * r.p50.value);
    EXPECT_NEAR(r.p95.value, percentileByBisection(survival, 0.95), 1e-6 * r.p95.value);
    const double p99 = percentileByBisection(survival, 0.99);
    EXPECT_NEAR(r.p99.value, p99, 1e-6 * p99);
    EXPECT_NEAR(r.p99.value,
                queueing::mmcResponsePercentile(queueing::mmc(st.c, st.lambda, st.mu), 0.99),
                1e-6 * p99);
    // The component's own p99 (wait plus service) is the same distribution.
    const ComponentResult& c = component(s, "box");
    EXPECT_NEAR(c.p99Response.value, p99, 1e-6 * p99);
    EXPECT_FALSE(c.p99Response.approximate);
}

TEST(ExactPercentilesTest, NetworkLatencyShiftsTheMMcPercentiles) {
    const Station st{8, 640, 100};
    DesignBuilder b;
    b.client("users", st.lambda);
    box(b, "box", st.c, 1 / st.mu);
    b.link("users", "box", LinkMode::Call, 0.003); // paid there and back: 6 ms
    const Solution s = solved(b.design());
    const RequestResult& r = request(s, "users");
    expectExact(r);
    const double p99 =
        0.006 + percentileByBisection([&](double t) { return st.survival(t); }, 0.99);
    EXPECT_NEAR(r.p99.value, p99, 1e-6 * p99);
}

TEST(ExactPercentilesTest, ChainOfTwoMMcStations) {
    // users -> front (M/M/4, 1.67 ms) -> back (M/M/10, 5 ms), every caller releasing its
    // worker: each station sees Poisson arrivals, their responses independent (Jackson).
    const Station front{4, 1500, 600};
    const Station back{10, 1500, 200};
    DesignBuilder b;
    b.client("users", front.lambda);
    box(b, "front", front.c, 1 / front.mu);
    box(b, "back", back.c, 1 / back.mu);
    b.link("users", "front", LinkMode::Call);
    b.link("front", "back", LinkMode::Call);
    const Solution s = solved(b.design());
    const RequestResult& r = request(s, "users");
    expectExact(r);
    const auto survival = [&](double t) {
        return convolvedSurvival(
            front, [&](double u) { return back.survival(u); }, t);
    };
    for (const auto& [figure, q] : {std::pair{r.p50, 0.50}, {r.p95, 0.95}, {r.p99, 0.99}}) {
        const double expected = percentileByBisection(survival, q);
        EXPECT_NEAR(figure.value, expected, 1e-6 * expected) << q;
    }
}

TEST(ExactPercentilesTest, ChainOfTwoIdenticalMMcStations) {
    // Repeated rates (mu, mu, theta, theta): no partial fractions, still exact.
    const Station one{2, 150, 100};
    DesignBuilder b;
    b.client("users", one.lambda);
    box(b, "a", one.c, 1 / one.mu);
    box(b, "b", one.c, 1 / one.mu);
    b.link("users", "a", LinkMode::Call);
    b.link("a", "b", LinkMode::Call);
    const Solution s = solved(b.design());
    const RequestResult& r = request(s, "users");
    expectExact(r);
    const auto survival = [&](double t) {
        return convolvedSurvival(
            one, [&](double u) { return one.survival(u); }, t);
    };
    const double p99 = percentileByBisection(survival, 0.99);
    EXPECT_NEAR(r.p99.value, p99, 1e-6 * p99);
}

TEST(ExactPercentilesTest, CacheHitsAndMissesAreAMixture) {
    // users -> cache (M/M/2, 1 ms, hit ratio 0.8) -> on a miss, origin (M/M/8, 20 ms) over a
    // 2 ms link (4 ms there and back); the users' link costs 1 ms each way.
    const double h = 0.8;
    const Station cache{2, 1200, 1000};
    const Station origin{8, (1 - h) * 1200, 50};
    DesignBuilder b;
    b.client("users", cache.lambda);
    b.add("cache", "cache", {{"workers", cache.c}, {"hit_ratio", h}}, 1 / cache.mu);
    box(b, "origin", origin.c, 1 / origin.mu);
    b.link("users", "cache", LinkMode::Call, 0.001);
    b.link("cache", "origin", LinkMode::Choose, 0.002);
    const Solution s = solved(b.design());
    EXPECT_NEAR(component(s, "origin").arrivalRate, origin.lambda, 1e-9);
    const RequestResult& r = request(s, "users");
    expectExact(r);
    const auto miss = [&](double t) {
        return convolvedSurvival(
            cache, [&](double u) { return origin.survival(u); }, t);
    };
    const auto survival = [&](double t) {
        return h * cache.survival(t - 0.002) + (1 - h) * miss(t - 0.002 - 0.004);
    };
    for (const auto& [figure, q] : {std::pair{r.p50, 0.50}, {r.p95, 0.95}, {r.p99, 0.99}}) {
        const double expected = percentileByBisection(survival, q);
        EXPECT_NEAR(figure.value, expected, 1e-6 * expected) << q;
    }
}

TEST(ExactPercentilesTest, ChooseLinksMixTheirTargets) {
    // A load balancer (M/M/1, 1 ms) choosing two different backends by weight 3:1.
    const Station lb{1, 400, 1000};
    const Station fast{4, 300, 200};
    const Station slow{2, 100, 80};
    DesignBuilder b;
    b.client("users", lb.lambda);
    box(b, "lb", lb.c, 1 / lb.mu);
    box(b, "fast", fast.c, 1 / fast.mu);
    box(b, "slow", slow.c, 1 / slow.mu);
    b.link("users", "lb", LinkMode::Call);
    b.link("lb", "fast", LinkMode::Choose).weight = 3;
    b.link("lb", "slow", LinkMode::Choose).weight = 1;
    const Solution s = solved(b.design());
    const RequestResult& r = request(s, "users");
    expectExact(r);
    const auto survival = [&](double t) {
        return 0.75 * convolvedSurvival(
                          fast, [&](double u) { return lb.survival(u); }, t) +
               0.25 * convolvedSurvival(
                          slow, [&](double u) { return lb.survival(u); }, t);
    };
    const double p99 = percentileByBisection(survival, 0.99);
    EXPECT_NEAR(r.p99.value, p99, 1e-6 * p99);
}

TEST(ExactPercentilesTest, ParallelCallsStayApproximate) {
    // The caller waits for the slower of two calls: a maximum, approximated.
    DesignBuilder b;
    b.client("users", 100);
    box(b, "app", 4, 0.002);
    box(b, "a", 4, 0.010);
    box(b, "b", 4, 0.010);
    b.link("users", "app", LinkMode::Call);
    b.link("app", "a", LinkMode::Call);
    b.link("app", "b", LinkMode::Call);
    const Solution s = solved(b.design());
    const RequestResult& r = request(s, "users");
    EXPECT_TRUE(r.mean.approximate);
    EXPECT_TRUE(r.p50.approximate);
    EXPECT_TRUE(r.p99.approximate);
    EXPECT_TRUE(std::isfinite(r.p99.value));
}

TEST(ExactPercentilesTest, TooManyBranchesFallBackToAFitMarkedApproximate) {
    // Every M/M/c station doubles the branches (waited or not): six make 64, the cap;
    // seven make 128, beyond it. The mean stays exact either way.
    for (const int stations : {6, 7}) {
        DesignBuilder b;
        b.client("users", 100);
        std::string previous = "users";
        for (int i = 0; i < stations; ++i) {
            const std::string id = "s" + std::to_string(i);
            box(b, id, 2, 0.010 + 0.001 * i);
            b.link(previous, id, LinkMode::Call);
            previous = id;
        }
        const Solution s = solved(b.design());
        const RequestResult& r = request(s, "users");
        EXPECT_FALSE(r.mean.approximate) << stations;
        EXPECT_EQ(r.p99.approximate, stations > 6) << stations;
        EXPECT_GT(r.p99.value, r.p95.value);
        EXPECT_GT(r.p95.value, r.mean.value);
    }
}

} // namespace
} // namespace studio::core::solver::test
