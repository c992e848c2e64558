#pragma once

// The analytic solver on a scaled design, and the figures the capacity search reads from
// its solution. Rates in req/s, times in seconds.
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "solver/Solution.h"
#include "util/Result.h"

#include <optional>
#include <string>

namespace studio::core::capacity {

// solveDesign on scaledDesign(design, factor); fails as solveDesign does.
Result<solver::Solution> solveScaled(const Design& design, double factor, solver::RateBasis rates,
                                     const Catalog& catalog = Catalog::standard());

// The request class with the highest end-to-end p99 (+inf counts highest), or nullptr when
// there is none.
const solver::RequestResult* worstRequest(const solver::Solution& solution);

// "client/class".
std::string requestName(const solver::RequestResult& request);

// The request classes' rates summed: what the clients offer (closed: MVA's throughput).
double offeredRate(const solver::Solution& solution);

// A saturated component carrying traffic (an overloaded one first), or nullptr.
const solver::ComponentResult* saturatedComponent(const solver::Solution& solution);

// The share of the offered requests the solver sees lost: every component's drops and
// rejections (req/s) over offeredRate, at most 1. An upper bound on the requests failing (a
// message lost behind a handoff counts, a write's copy lost at a replica too); timeouts only
// the simulator sees.
double droppedShare(const solver::Solution& solution);

// Whether every request class's p99 is finite and at most `p99` (s), no component is
// saturated (a queue behind a handoff that grows for ever, a full limited queue dropping
// the excess: neither shows in the p99), and, when `errorRate` is given, droppedShare is at
// most it.
bool meetsTarget(const solver::Solution& solution, double p99,
                 std::optional<double> errorRate = std::nullopt);

} // namespace studio::core::capacity
