#pragma once

// What `sdstudio simulate` prints: the readable tables and the JSON object, each simulated
// figure beside the analytic solver's (SimulateCommand.h).
#include "model/Design.h"
#include "sim/SimulationResult.h"
#include "solver/Solution.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace studio::app {

struct SimulateRun {
    const core::Design* design = nullptr;
    const core::sim::SimulationResult* result = nullptr;
    const core::solver::Solution* estimate = nullptr; // null when the solver could not
    bool average = false;
    std::int64_t requests = 0; // per replication; 0 when run by duration
};

void printSimulation(const SimulateRun& run);
nlohmann::ordered_json simulationJson(const SimulateRun& run);

} // namespace studio::app
