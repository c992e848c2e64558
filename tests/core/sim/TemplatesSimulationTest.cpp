// Every built-in template and every example in docs/examples simulates: requests are
// conserved, Little's law holds at every component, and the simulator agrees with the
// analytic solver where the solver is exact: arrival rates everywhere, utilisation up to
// 0.7, and mean response where arrivals are Poisson (fed straight by clients; deeper in a
// network holding callers and fan-out batches make arrivals burstier than the solver's
// Poisson assumption).
#include "SimTestDesigns.h"

#include "format/DesignFile.h"
#include "solver/Solver.h"
#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <optional>

namespace studio::core::sim::test {
namespace {

struct Named {
    std::string name;
    Design design;
    bool isTemplate = false;
};

std::vector<Named> allDesigns() {
    std::vector<Named> out;
    for (const Template& t : builtinTemplates())
        out.push_back({t.id, t.design, true});
    std::vector<std::filesystem::path> files;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(STUDIO_SOURCE_DIR) + "/docs/examples"))
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) {
        auto loaded = loadDesignFile(file.string());
        if (loaded.ok())
            out.push_back({file.filename().string(), std::move(loaded).value(), false});
    }
    return out;
}

bool fedByClientsOnly(const Design& d, const std::string& id) {
    bool any = false;
    for (const Link& l : d.links) {
        if (l.to != id)
            continue;
        const Component* from = d.findComponent(l.from);
        if (!from || from->kind != "client")
            return false;
        any = true;
    }
    return any;
}

// Bursts shape the simulated rate; the solver runs at the steady peak (a daily curve's
// busiest hour is the peak in both).
bool shaped(const Design& d) {
    for (const Component& c : d.components)
        if (c.workload && !c.workload->bursts.empty())
            return true;
    return false;
}

class TemplatesSimulationTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(TemplatesSimulationTest, ConservedLittleAndAgreesWithTheSolver) {
    static const std::vector<Named> designs = allDesigns();
    ASSERT_LT(GetParam(), designs.size());
    const Named& n = designs[GetParam()];
    SCOPED_TRACE(n.name);
    auto solved = solver::solveDesign(n.design);
    ASSERT_TRUE(solved.ok());
    const solver::Solution& s = solved.value();
    // Long enough for the slowest paths to settle, short enough for the default test run.
    SimulationOptions o;
    o.duration = std::max(10'000 / s.capacity.offeredRate, 0.03);
    o.replications = 3;
    o.threads = 2;
    o.seed = 99;
    const SimulationResult r = simulated(n.design, o);

    ASSERT_FALSE(r.requests.empty());
    const Requirements& wanted = n.design.requirements;
    for (const RequestStats& q : r.requests) {
        SCOPED_TRACE(q.client + "/" + q.requestClass);
        EXPECT_EQ(q.arrived, q.completed + q.dropped + q.rejected + q.timedOut + q.inFlight);
        // At its stated load a template meets its own latency requirement and loses nothing
        // (the examples need not: every-kind.json is saturated on purpose).
        if (!n.isTemplate)
            continue;
        std::optional<double> limit = wanted.p99Latency;
        if (const auto it = wanted.p99LatencyByClass.find(q.requestClass);
            it != wanted.p99LatencyByClass.end())
            limit = it->second;
        if (limit && q.p99.replications > 0) {
            EXPECT_LE(q.p99.mean, *limit);
        }
        EXPECT_EQ(q.dropped, 0u);
    }
    int checked = 0;
    for (std::size_t i = 0; i < s.components.size(); ++i) {
        const solver::ComponentResult& a = s.components[i];
        const ComponentStats& c = r.components[i];
        // Edge effects of the run's ends fade only when it is long against the component's
        // own response (a 300 s transcode cannot be checked in a short run).
        if (!c.station || c.arrivals < 1'000 || !(r.measured > 200 * c.visitResponse.mean))
            continue;
        SCOPED_TRACE(c.id);
        ++checked;
        // Little's law: in the system = served per second x (wait + own service), every
        // visit (a write's copies at replicas too).
        const double predicted = c.servedRate.mean * c.visitResponse.mean;
        EXPECT_NEAR(c.meanInSystem.mean, predicted, 0.05 * predicted + 0.01);
        // Conservation on the links: what its links carry in is what arrives.
        double carried = 0;
        for (std::size_t l = 0; l < n.design.links.size(); ++l)
            if (n.design.links[l].to == c.id)
                carried += r.links[l].rate.mean;
        EXPECT_NEAR(carried, c.arrivalRate.mean, 0.02 * c.arrivalRate.mean);
        if (shaped(n.design))
            continue;
        if (!a.arrivalApproximate && a.saturation == solver::Saturation::None) {
            EXPECT_TRUE(agrees(c.arrivalRate, a.arrivalRate, 0.05));
        }
        if (a.utilisation.approximate || a.utilisation.value > 0.7)
            continue;
        EXPECT_TRUE(agrees(c.utilisation, a.utilisation.value, 0.05));
        if (!a.meanResponse.approximate && fedByClientsOnly(n.design, c.id)) {
            EXPECT_TRUE(agrees(c.meanResponse, a.meanResponse.value, 0.05));
        }
    }
    // video-streaming's 4.6M req/s against a 16 ms CDN leaves nothing a cheap run can check
    // beyond conservation; every other design has components checked.
    if (n.name != "video-streaming") {
        EXPECT_GT(checked, 0);
    }
}

// The ten templates and the examples (docs/examples holds two).
INSTANTIATE_TEST_SUITE_P(Designs, TemplatesSimulationTest, ::testing::Range<std::size_t>(0, 12));

} // namespace
} // namespace studio::core::sim::test
