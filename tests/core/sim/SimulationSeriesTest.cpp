// The simulation over time (SimulationSeries, sim/TimeSeries.h): the buckets add up to the
// run's totals, a longer run keeps the same buckets (wider), a burst shows in the right
// buckets, utilisation over time averages to the run's, Little's law holds per bucket.
#include "SimTestDesigns.h"

#include "catalog/Catalog.h"
#include "sim/Replication.h"
#include "sim/SimModel.h"

#include <gtest/gtest.h>

#include <cmath>

namespace studio::core::sim::test {
namespace {

ServiceTime exponential(double mean) {
    return {Distribution::Exponential, mean, 1};
}

SimulationOptions byDuration(double seconds, int replications = 4) {
    SimulationOptions o;
    o.duration = seconds;
    o.warmup = 0;
    o.replications = replications;
    o.threads = 2;
    o.seed = 11;
    return o;
}

// Overloaded, with a queue that drops and a timeout that makes answers late.
Design lossyStation() {
    Design d = singleStation(120, exponential(0.01), 1);
    d.components[0].workload->timeout = 0.05;
    d.components[1].properties["queue_limited"] = true;
    d.components[1].properties["queue_capacity"] = std::int64_t{8};
    return d;
}

ReplicationStats runOne(const Design& d, RunLimits limits) {
    auto model = compileModel(d, Catalog::standard(), solver::RateBasis::Peak);
    EXPECT_TRUE(model.ok());
    limits.seriesNodes = {1};
    ReplicationStats out;
    Replication(model.value(), limits, 5, 0).run(out);
    return out;
}

TEST(SimulationSeriesTest, BucketsAddUpToTheRunsTotals) {
    RunLimits limits;
    limits.requests = 30'000;
    limits.seriesWidth = 1.0 / 16; // merges to fit the run of about 250 s
    const ReplicationStats r = runOne(lossyStation(), limits);
    const TimeSeries& s = r.series;
    ASSERT_GT(s.width(), limits.seriesWidth);
    SeriesCounts sum;
    std::uint64_t histogram = 0;
    SeriesArea area;
    for (std::uint32_t b = 0; b < s.used(); ++b) {
        const SeriesCounts& c = s.counts(b, 0);
        sum.arrived += c.arrived;
        sum.completed += c.completed;
        sum.late += c.late;
        sum.dropped += c.dropped;
        sum.timedOut += c.timedOut;
        sum.latencySum += c.latencySum;
        histogram += s.latency(b, 0).count();
        area.busy += s.area(b, 0).busy;
        area.queue += s.area(b, 0).queue;
    }
    const EntryCounters& e = r.entries[0];
    EXPECT_GT(e.dropped, 0u);
    EXPECT_GT(e.late, 0u);
    EXPECT_EQ(sum.arrived, e.arrived);
    EXPECT_EQ(sum.completed, e.completed);
    EXPECT_EQ(histogram, e.completed);
    EXPECT_EQ(sum.late, e.late);
    EXPECT_EQ(sum.dropped, e.dropped);
    // Timeouts: all but those still unanswered, past their timeout, at the end.
    EXPECT_LE(sum.timedOut, e.timedOut);
    EXPECT_EQ(sum.arrived - sum.completed - sum.dropped - sum.timedOut,
              e.inFlight + (e.timedOut - sum.timedOut));
    EXPECT_NEAR(sum.latencySum, e.latency.mean() * static_cast<double>(e.completed),
                1e-9 * sum.latencySum);
    EXPECT_NEAR(area.busy, r.nodes[1].utilisation * r.measured(), 1e-9 * area.busy);
    EXPECT_NEAR(area.queue, r.nodes[1].queueArea, 1e-9 * area.queue);
}

TEST(SimulationSeriesTest, ALongerRunKeepsItsBucketsWider) {
    auto model = compileModel(lossyStation(), Catalog::standard(), solver::RateBasis::Peak);
    ASSERT_TRUE(model.ok());
    RunLimits limits;
    limits.requests = 10'000;
    limits.seriesWidth = 1.25 * 10'000 / 120.0 / TimeSeries::kBuckets; // as simulateDesign
    ReplicationStats shortRun, longRun;
    Replication(model.value(), limits, 5, 0).run(shortRun);
    limits.requests *= 4;
    Replication(model.value(), limits, 5, 0).run(longRun);
    EXPECT_EQ(shortRun.series.width(), limits.seriesWidth);
    EXPECT_EQ(longRun.series.width(), 4 * limits.seriesWidth); // merged twice
    EXPECT_EQ(longRun.series.memoryBytes(), shortRun.series.memoryBytes());
    EXPECT_GT(shortRun.series.used(), TimeSeries::kBuckets / 2);
    EXPECT_GT(longRun.series.used(), TimeSeries::kBuckets / 2);

    // The same through simulateDesign: as many buckets at most, 4 times as wide.
    SimulationOptions o;
    o.requests = 10'000;
    o.replications = 3;
    const SimulationResult a = simulated(lossyStation(), o);
    o.requests *= 4;
    const SimulationResult b = simulated(lossyStation(), o);
    EXPECT_LE(a.series.start.size(), TimeSeries::kBuckets);
    EXPECT_LE(b.series.start.size(), TimeSeries::kBuckets);
    EXPECT_GT(b.series.start.size(), TimeSeries::kBuckets / 2);
    EXPECT_DOUBLE_EQ(b.series.start[1], 4 * a.series.start[1]);
}

TEST(SimulationSeriesTest, ABurstShowsInItsBuckets) {
    Design d = singleStation(200, exponential(0.001), 1);
    d.components[0].workload->bursts = {{100, 50, 3.0}}; // 600 req/s from 100 s to 150 s
    const SimulationResult r = simulated(d, byDuration(256, 5));
    const SimulationSeries& s = r.series;
    ASSERT_EQ(s.start.size(), TimeSeries::kBuckets);
    EXPECT_DOUBLE_EQ(s.width[0], 2.0);
    ASSERT_EQ(s.requests.size(), 1u);
    const RequestSeries& q = s.requests[0];
    double inside = 0, outside = 0;
    for (std::size_t b = 0; b < s.start.size(); ++b) {
        const bool burst = s.start[b] >= 100 && s.start[b] < 150;
        const double rate = burst ? 600 : 200;
        EXPECT_TRUE(agrees(q.throughput[b], rate, 0.06)) << "bucket at " << s.start[b] << " s";
        EXPECT_TRUE(agrees(q.arrivalRate[b], rate, 0.06)) << "bucket at " << s.start[b] << " s";
        (burst ? inside : outside) += q.throughput[b].mean;
    }
    EXPECT_NEAR(inside / 25, 600, 0.02 * 600);
    EXPECT_NEAR(outside / 103, 200, 0.02 * 200);
    // The burst's utilisation (0.6 against 0.2) and its latency (1/(mu - lambda)).
    ASSERT_EQ(s.components.size(), 1u);
    EXPECT_NEAR(s.components[0].utilisation[60].mean, 0.6, 0.05);
    EXPECT_NEAR(s.components[0].utilisation[20].mean, 0.2, 0.03);
    EXPECT_NEAR(q.mean[60].mean, 1 / (1000.0 - 600), 0.2 / (1000.0 - 600));
    double p99 = 0;
    for (std::size_t b = 0; b < 50; ++b)
        p99 += q.p99[b].mean / 50;
    EXPECT_NEAR(p99, std::log(100.0) / (1000.0 - 200), 0.1 * std::log(100.0) / 800);
}

TEST(SimulationSeriesTest, UtilisationOverTimeAveragesToTheRuns) {
    const SimulationResult r = simulated(lossyStation(), byDuration(200));
    const SimulationSeries& s = r.series;
    ASSERT_EQ(s.components.size(), 1u);
    double seconds = 0, busy = 0, queue = 0;
    for (std::size_t b = 0; b < s.start.size(); ++b) {
        seconds += s.width[b];
        busy += s.components[0].utilisation[b].mean * s.width[b];
        queue += s.components[0].meanQueue[b].mean * s.width[b];
    }
    EXPECT_NEAR(seconds, 200, 1e-9);
    const ComponentStats& app = componentOf(r, "app");
    EXPECT_GT(app.utilisation.mean, 0.9);
    EXPECT_NEAR(busy / seconds, app.utilisation.mean, 1e-9);
    EXPECT_NEAR(queue / seconds, app.meanQueue.mean, 1e-9);
    // And the counts: rate x width summed over the buckets, times the replications.
    const RequestStats& q = requestOf(r, "users");
    double arrived = 0, completed = 0;
    for (std::size_t b = 0; b < s.start.size(); ++b) {
        arrived += s.requests[0].arrivalRate[b].mean * s.width[b];
        completed += s.requests[0].goodput[b].mean * s.width[b];
    }
    EXPECT_NEAR(arrived * r.replications, static_cast<double>(q.arrived), 1e-6 * arrived);
    EXPECT_NEAR(completed * r.replications, static_cast<double>(q.completed), 1e-6 * completed);
}

TEST(SimulationSeriesTest, LittlesLawPerBucket) {
    // M/M/1 at 0.7, one replication: requests in the system = throughput x mean latency.
    const SimulationResult r = simulated(singleStation(70, exponential(0.01)), byDuration(3200, 1));
    const SimulationSeries& s = r.series;
    ASSERT_EQ(s.components.size(), 1u);
    for (std::size_t b = 0; b < s.start.size(); ++b) {
        const double inSystem =
            s.components[0].meanQueue[b].mean + s.components[0].utilisation[b].mean;
        const double little = s.requests[0].throughput[b].mean * s.requests[0].mean[b].mean;
        EXPECT_NEAR(inSystem, little, 0.05 * little) << "bucket at " << s.start[b] << " s";
    }
}

TEST(SimulationSeriesTest, BigDesignsFollowOnlyNamedComponents) {
    Design d = singleStation(50, exponential(0.01), 1);
    SimulationOptions o;
    o.requests = 2'000;
    o.replications = 2;
    o.seriesStationLimit = 0;
    SimulationResult r = simulated(d, o);
    EXPECT_TRUE(r.series.components.empty());
    EXPECT_TRUE(r.series.componentsCapped);
    ASSERT_FALSE(r.notes.empty());
    EXPECT_NE(r.notes.back().format().find("not followed over time"), std::string::npos);
    o.seriesComponents = {"app"};
    r = simulated(d, o);
    ASSERT_EQ(r.series.components.size(), 1u);
    EXPECT_EQ(r.series.components[0].id, "app");
    EXPECT_FALSE(r.series.componentsCapped);
    o.seriesComponents = {"nowhere"};
    EXPECT_FALSE(simulateDesign(d, o).ok());
}

} // namespace
} // namespace studio::core::sim::test
