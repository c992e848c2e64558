#include "SimTestDesigns.h"

#include "catalog/Catalog.h"
#include "format/Validator.h"

#include <cmath>
#include <stdexcept>

namespace studio::core::sim::test {

Component& addClient(Design& d, const std::string& id, double rate) {
    const Catalog& catalog = Catalog::standard();
    d.components.push_back(catalog.makeComponent(*catalog.find("client"), id, 0, 0));
    Component& c = d.components.back();
    c.workload->rate = rate;
    c.workload->peakFactor = 1;
    c.workload->classes = {{"read", 1.0, Operation::Read}};
    return c;
}

Component& addStation(Design& d, const std::string& kind, const std::string& id, int workers,
                      ServiceTime service) {
    const Catalog& catalog = Catalog::standard();
    d.components.push_back(catalog.makeComponent(*catalog.find(kind), id, 0, 0));
    Component& c = d.components.back();
    c.properties["workers"] = std::int64_t{workers};
    c.service.base = service;
    return c;
}

Link& addLink(Design& d, const std::string& from, const std::string& to, LinkMode mode,
              double latency) {
    Link l;
    l.id = "link-" + std::to_string(d.links.size() + 1);
    l.from = from;
    l.to = to;
    l.mode = mode;
    l.latency = latency;
    d.links.push_back(l);
    return d.links.back();
}

Design singleStation(double rate, ServiceTime service, int workers) {
    Design d;
    d.name = "single station";
    addClient(d, "users", rate);
    addStation(d, "service", "app", workers, service);
    addLink(d, "users", "app", LinkMode::Call);
    return d;
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

} // namespace studio::core::sim::test
