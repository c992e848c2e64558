#pragma once

// Small designs for the solver tests, built in code and checked by the validator first.
#include "model/Design.h"
#include "solver/Solver.h"

#include <initializer_list>
#include <string>
#include <utility>

namespace studio::core::solver::test {

using Props = std::initializer_list<std::pair<const char*, PropertyValue>>;

class DesignBuilder {
public:
    // A client with an open workload at `rate` req/s (peak factor 1) and these classes.
    Component& client(const std::string& id, double rate,
                      std::initializer_list<RequestClass> classes = {{"read", 1.0}});
    // A component of `kind` with these properties and, when `mean` > 0, an exponential
    // service time of that mean (s).
    Component& add(const std::string& kind, const std::string& id, Props props = {},
                   double mean = 0);
    Link& link(const std::string& from, const std::string& to, LinkMode mode, double latency = 0);

    Design& design() { return m_design; }

private:
    Design m_design;
};

// Validates and solves, failing the test (with the problems) when either fails.
Solution solved(const Design& design, RateBasis rates = RateBasis::Peak);

// The problems solveDesign reports, as text, one a line; empty when it solved.
std::string solveProblems(const Design& design);

const ComponentResult& component(const Solution& s, const std::string& id);
const RequestResult& request(const Solution& s, const std::string& client,
                             const std::string& requestClass = "read");
double classRate(const ComponentResult& c, const std::string& requestClass);

} // namespace studio::core::solver::test
