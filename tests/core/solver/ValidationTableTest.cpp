// The analytic rows of shared/validation/queueing.md, reproduced through designs: what the
// person draws must give the closed forms exactly.
#include "SolverTestDesigns.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::solver::test {
namespace {

using std::int64_t;

// client -> load balancer (5 ms) -> app (10 ms) -> database (8 ms) at 80 req/s: one
// instance and one worker each, no network latency, every caller releasing its worker.
Design tandem() {
    DesignBuilder b;
    b.client("users", 80);
    b.add("load_balancer_l7", "lb", {{"workers", int64_t{1}}}, 0.005);
    b.add("service", "app", {{"workers", int64_t{1}}, {"holding", std::string("release")}}, 0.010);
    b.add("sql_database", "db", {{"workers", int64_t{1}}}, 0.008);
    b.link("users", "lb", LinkMode::Choose);
    b.link("lb", "app", LinkMode::Choose);
    b.link("app", "db", LinkMode::Call);
    return b.design();
}

TEST(ValidationTableTest, TandemPerStation) {
    const Solution s = solved(tandem());
    // Milliseconds as printed, with half a unit of the last printed digit.
    const double expected[] = {8.333, 50, 22.22};
    const double tolerance[] = {0.0005, 1e-9, 0.005};
    const char* ids[] = {"lb", "app", "db"};
    for (int i = 0; i < 3; ++i) {
        const ComponentResult& c = component(s, ids[i]);
        EXPECT_DOUBLE_EQ(c.arrivalRate, 80) << ids[i];
        EXPECT_NEAR(c.meanResponse.value * 1000, expected[i], tolerance[i]) << ids[i];
        EXPECT_FALSE(c.meanResponse.approximate) << ids[i];
        EXPECT_FALSE(c.p99Response.approximate) << ids[i];
        EXPECT_EQ(c.saturation, Saturation::None);
    }
    EXPECT_NEAR(component(s, "lb").meanResponse.value, 1 / 120.0, 1e-12);
    EXPECT_NEAR(component(s, "app").meanResponse.value, 1 / 20.0, 1e-12);
    EXPECT_NEAR(component(s, "db").meanResponse.value, 1 / 45.0, 1e-12);
}

TEST(ValidationTableTest, TandemEndToEnd) {
    const Solution s = solved(tandem());
    const RequestResult& r = request(s, "users");
    EXPECT_NEAR(r.mean.value * 1000, 80.56, 0.005);
    EXPECT_NEAR(r.p50.value * 1000, 67.34, 0.005);
    EXPECT_NEAR(r.p95.value * 1000, 188.0, 0.05);
    EXPECT_NEAR(r.p99.value * 1000, 268.7, 0.05);
    for (const Figure& f : {r.mean, r.p50, r.p95, r.p99})
        EXPECT_FALSE(f.approximate);
}

TEST(ValidationTableTest, TandemNetworkLatencyShiftsEveryPercentile) {
    Design d = tandem();
    for (Link& l : d.links)
        l.latency = 0.001; // three links, each paid there and back: 6 ms
    const Solution s = solved(d);
    const RequestResult& r = request(s, "users");
    EXPECT_NEAR(r.mean.value * 1000, 80.56 + 6, 0.005);
    EXPECT_NEAR(r.p99.value * 1000, 268.7 + 6, 0.05);
    EXPECT_FALSE(r.p99.approximate);
}

TEST(ValidationTableTest, MM1InSeconds) {
    // Mean service 10 ms, 90 req/s: the rho = 0.9 row scaled to seconds.
    DesignBuilder b;
    b.client("users", 90);
    b.add("generic_box", "box", {{"holding", std::string("release")}}, 0.010);
    b.link("users", "box", LinkMode::Call);
    const Solution s = solved(b.design());
    const ComponentResult& c = component(s, "box");
    EXPECT_NEAR(c.utilisation.value, 0.9, 1e-12);
    EXPECT_NEAR(c.meanWait.value, 0.090, 1e-12);
    EXPECT_NEAR(c.meanResponse.value, 0.100, 1e-12);
    EXPECT_NEAR(c.p99Response.value, 0.4605, 0.00005);
    const RequestResult& r = request(s, "users");
    EXPECT_NEAR(r.mean.value, 0.100, 1e-12);
    EXPECT_NEAR(r.p50.value, 0.06931, 0.000005);
    EXPECT_NEAR(r.p95.value, 0.2996, 0.00005);
    EXPECT_NEAR(r.p99.value, 0.4605, 0.00005);
    EXPECT_FALSE(r.p99.approximate);
}

TEST(ValidationTableTest, MM1RowsAsDesigns) {
    struct Row {
        double rho, wq, w, p50, p95, p99;
    };
    for (const Row& row : {Row{0.5, 1, 2, 1.386, 5.991, 9.210}, Row{0.8, 4, 5, 3.466, 14.98, 23.03},
                           Row{0.9, 9, 10, 6.931, 29.96, 46.05}}) {
        DesignBuilder b;
        b.client("users", row.rho);
        b.add("generic_box", "box", {{"holding", std::string("release")}}, 1.0);
        b.link("users", "box", LinkMode::Call);
        const Solution s = solved(b.design());
        const ComponentResult& c = component(s, "box");
        EXPECT_NEAR(c.meanWait.value, row.wq, 1e-9);
        EXPECT_NEAR(c.meanResponse.value, row.w, 1e-9);
        const RequestResult& r = request(s, "users");
        const double tolerance = row.p95 < 10 ? 0.0005 : 0.005;
        EXPECT_NEAR(r.p50.value, row.p50, 0.0005);
        EXPECT_NEAR(r.p95.value, row.p95, tolerance);
        EXPECT_NEAR(r.p99.value, row.p99, tolerance);
    }
}

TEST(ValidationTableTest, MMcRowsAsDesigns) {
    struct Row {
        int64_t c;
        double lambda, wq, w, p99;
    };
    for (const Row& row :
         {Row{4, 3.2, 0.7455, 1.746, 6.893}, Row{16, 14.4, 0.3696, 1.370, 5.270}}) {
        DesignBuilder b;
        b.client("users", row.lambda);
        b.add("generic_box", "box", {{"workers", row.c}, {"holding", std::string("release")}}, 1.0);
        b.link("users", "box", LinkMode::Call);
        const Solution s = solved(b.design());
        const ComponentResult& c = component(s, "box");
        EXPECT_NEAR(c.meanWait.value, row.wq, 0.00005);
        EXPECT_NEAR(c.meanResponse.value, row.w, 0.0005);
        EXPECT_NEAR(c.p99Response.value, row.p99, 0.0005);
        EXPECT_FALSE(c.p99Response.approximate);
        EXPECT_NEAR(c.utilisation.value, 0.8 + (row.c == 16 ? 0.1 : 0), 1e-12);
    }
}

TEST(ValidationTableTest, ErlangBAsADesignWhateverTheServiceDistribution) {
    for (Distribution distribution : {Distribution::Exponential, Distribution::Deterministic}) {
        DesignBuilder b;
        b.client("users", 8);
        Component& box = b.add("generic_box", "box",
                               {{"workers", int64_t{10}},
                                {"queue_limited", true},
                                {"queue_capacity", int64_t{0}},
                                {"holding", std::string("release")}},
                               1.0);
        box.service.base.distribution = distribution;
        box.service.base.cv = distribution == Distribution::Deterministic ? 0 : 1;
        b.link("users", "box", LinkMode::Call);
        const Solution s = solved(b.design());
        const ComponentResult& c = component(s, "box");
        EXPECT_NEAR(c.dropRate.value / 8, 0.1217, 0.00005);
        EXPECT_NEAR(c.utilisation.value * 10, 7.027, 0.0005);
        EXPECT_NEAR(c.utilisation.value, 0.7027, 0.00005);
        EXPECT_FALSE(c.dropRate.approximate);
        EXPECT_NEAR(c.meanWait.value, 0, 1e-12);
        EXPECT_EQ(c.saturation, Saturation::None);
    }
}

TEST(ValidationTableTest, MG1RowsAsDesigns) {
    struct Row {
        double rho, deterministic, exponential;
    };
    for (const Row& row : {Row{0.5, 1.5, 2}, Row{0.8, 3, 5}, Row{0.9, 5.5, 10}}) {
        for (bool deterministic : {true, false}) {
            DesignBuilder b;
            b.client("users", row.rho);
            Component& box =
                b.add("generic_box", "box", {{"holding", std::string("release")}}, 1.0);
            if (deterministic)
                box.service.base = ServiceTime{Distribution::Deterministic, 1.0, 0.0};
            b.link("users", "box", LinkMode::Call);
            const Solution s = solved(b.design());
            const ComponentResult& c = component(s, "box");
            EXPECT_NEAR(c.meanResponse.value, deterministic ? row.deterministic : row.exponential,
                        1e-12);
            EXPECT_FALSE(c.meanResponse.approximate); // Pollaczek-Khinchine is exact
            EXPECT_EQ(c.p99Response.approximate, deterministic);
        }
    }
}

} // namespace
} // namespace studio::core::solver::test
