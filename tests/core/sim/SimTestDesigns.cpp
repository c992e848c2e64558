#include "SimTestDesigns.h"

#include "../format/TestDesigns.h"

#include "format/Validator.h"

#include <cmath>
#include <stdexcept>

namespace studio::core::sim::test {

Component& addClient(Design& d, const std::string& id, double rate) {
    Component& c = core::test::addComponent(d, "client", id);
    c.workload->rate = rate;
    c.workload->peakFactor = 1;
    c.workload->classes = {{"read", 1.0, Operation::Read}};
    return c;
}

Component& addStation(Design& d, const std::string& kind, const std::string& id, int workers,
                      ServiceTime service) {
    Component& c = core::test::addComponent(d, kind, id);
    c.properties["workers"] = std::int64_t{workers};
    c.service.base = service;
    return c;
}

Link& addLink(Design& d, const std::string& from, const std::string& to, LinkMode mode,
              double latency) {
    Link& l = core::test::connect(d, from, to, mode);
    l.latency = latency;
    return l;
}

Design singleStation(double rate, ServiceTime service, int workers) {
    Design d;
    d.name = "single station";
    addClient(d, "users", rate);
    addStation(d, "service", "app", workers, service);
    addLink(d, "users", "app", LinkMode::Call);
    return d;
}

ServiceTime exponential(double mean) {
    return {Distribution::Exponential, mean, 1};
}

Design tandem() {
    Design d;
    d.name = "tandem";
    addClient(d, "users", 80);
    addStation(d, "load_balancer_l7", "lb", 1, exponential(0.005));
    Component& app = addStation(d, "service", "app", 1, exponential(0.010));
    app.properties["holding"] = std::string("release");
    Component& db = addStation(d, "sql_database", "db", 1, exponential(0.008));
    db.properties["shards"] = std::int64_t{1};
    db.properties["replicas"] = std::int64_t{1};
    addLink(d, "users", "lb", LinkMode::Call);
    addLink(d, "lb", "app", LinkMode::Choose);
    addLink(d, "app", "db", LinkMode::Call);
    return d;
}

Design erlangLoss(Distribution dist) {
    Design d = singleStation(800, {dist, 0.01, dist == Distribution::Exponential ? 1.0 : 0.0}, 10);
    Component& app = *d.findComponent("app");
    app.properties["queue_limited"] = true;
    app.properties["queue_capacity"] = std::int64_t{0};
    return d;
}

Interval droppedShare(const ComponentStats& station) {
    Interval dropped = station.dropRate;
    dropped.mean /= station.arrivalRate.mean;
    dropped.halfWidth /= station.arrivalRate.mean;
    return dropped;
}

SimulationOptions requestRun(std::int64_t requests, int replications, int threads,
                             std::uint64_t seed) {
    SimulationOptions o;
    o.requests = requests;
    o.replications = replications;
    o.threads = threads;
    o.seed = seed;
    return o;
}

SimulationResult simulated(const Design& design, const SimulationOptions& options) {
    for (const Problem& p : validateDesign(design))
        ADD_FAILURE() << "invalid design: " << p.text();
    auto result = simulateDesign(design, options);
    if (!result.ok()) {
        for (const Problem& p : result.problems())
            ADD_FAILURE() << "simulator: " << p.text();
        throw std::runtime_error("the design did not simulate");
    }
    return std::move(result).value();
}

const RequestStats& requestOf(const SimulationResult& r, const std::string& client,
                              const std::string& requestClass) {
    for (const RequestStats& s : r.requests)
        if (s.client == client && s.requestClass == requestClass)
            return s;
    throw std::runtime_error("no request " + client + "/" + requestClass);
}

const ComponentStats& componentOf(const SimulationResult& r, const std::string& id) {
    for (const ComponentStats& c : r.components)
        if (c.id == id)
            return c;
    throw std::runtime_error("no component " + id);
}

double halfWidth999(const Interval& i) {
    if (i.replications < 2)
        return 0;
    const int df = i.replications - 1;
    return i.halfWidth * studentQuantile(0.999, df) / studentQuantile(0.95, df);
}

::testing::AssertionResult agrees(const Interval& figure, double exact, double tolerance) {
    const double allowed = std::max(halfWidth999(figure), tolerance * std::fabs(exact));
    const double off = std::fabs(figure.mean - exact);
    if (off <= allowed)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << "simulated " << figure.mean << " (95% +- " << figure.halfWidth << ", "
           << figure.replications << " replications), exact " << exact << ": off by " << off << " ("
           << 100 * off / std::fabs(exact) << "%), allowed " << allowed;
}

double meanOver(const SimulationResult& r, const SeriesFigure& figure, double from, double to) {
    double sum = 0;
    int buckets = 0;
    for (std::size_t b = 0; b < figure.size(); ++b) {
        const double start = r.series.start[b], end = start + r.series.width[b];
        if (start >= from && end <= to) {
            sum += figure[b].mean;
            ++buckets;
        }
    }
    EXPECT_GT(buckets, 0) << "no bucket inside [" << from << ", " << to << ")";
    return buckets ? sum / buckets : 0;
}

void expectConserved(const SimulationResult& r, bool everyClassArrived) {
    for (const RequestStats& q : r.requests) {
        if (everyClassArrived) {
            EXPECT_GT(q.arrived, 0u) << q.client << "/" << q.requestClass;
        }
        EXPECT_EQ(q.arrived, q.completed + q.dropped + q.rejected + q.timedOut + q.inFlight)
            << q.client << "/" << q.requestClass;
    }
}

} // namespace studio::core::sim::test
