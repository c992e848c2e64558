#include "SolverTestDesigns.h"

#include "../format/TestDesigns.h"

#include "format/Validator.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace studio::core::solver::test {

Component& DesignBuilder::client(const std::string& id, double rate,
                                 std::initializer_list<RequestClass> classes) {
    Component& c = add("client", id);
    c.workload->rate = rate;
    c.workload->classes.assign(classes.begin(), classes.end());
    return c;
}

Component& DesignBuilder::add(const std::string& kind, const std::string& id, Props props,
                              double mean) {
    Component& c = core::test::addComponent(m_design, kind, id);
    for (const auto& [key, value] : props)
        c.properties[key] = value;
    if (mean > 0)
        c.service.base = ServiceTime{Distribution::Exponential, mean, 1.0};
    return c;
}

Link& DesignBuilder::link(const std::string& from, const std::string& to, LinkMode mode,
                          double latency) {
    Link& l = core::test::connect(m_design, from, to, mode);
    l.latency = latency;
    return l;
}

Solution solved(const Design& design, RateBasis rates) {
    const Problems invalid = validateDesign(design);
    for (const Problem& p : invalid)
        ADD_FAILURE() << "invalid design: " << p.text();
    auto result = solveDesign(design, SolveOptions{rates});
    if (!result.ok()) {
        for (const Problem& p : result.problems())
            ADD_FAILURE() << "solver: " << p.text();
        throw std::runtime_error("the design did not solve");
    }
    return std::move(result).value();
}

std::string solveProblems(const Design& design) {
    auto result = solveDesign(design);
    std::string text;
    for (const Problem& p : result.problems())
        text += p.text() + "\n";
    return text;
}

const ComponentResult& component(const Solution& s, const std::string& id) {
    const ComponentResult* c = s.component(id);
    if (!c)
        throw std::runtime_error("no component " + id);
    return *c;
}

const RequestResult& request(const Solution& s, const std::string& client,
                             const std::string& requestClass) {
    for (const RequestResult& r : s.requests)
        if (r.client == client && r.requestClass == requestClass)
            return r;
    throw std::runtime_error("no request " + client + "/" + requestClass);
}

double classRate(const ComponentResult& c, const std::string& requestClass) {
    double rate = 0;
    for (const ClassLoad& load : c.classes)
        if (load.requestClass == requestClass)
            rate += load.arrivalRate;
    return rate;
}

} // namespace studio::core::solver::test
