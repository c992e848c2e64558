#pragma once

// One simulation the studio ran: the design as it was when it started (editing goes on
// meanwhile), the settings, and what came of it. Shared read-only between the runner and
// the panels that show it.
#include "model/Design.h"
#include "sim/SimulationResult.h"
#include "solver/Solution.h"
#include "util/Problem.h"

#include <cstdint>
#include <optional>

namespace studio::widgets {

struct RunSettings {
    double duration = 60; // simulated seconds per replication
    int replications = 5;
    std::uint64_t seed = 1;
    bool randomFailures = false;

    bool operator==(const RunSettings&) const = default;
};

struct SimulationRun {
    core::Design design; // as it was when the run started
    RunSettings settings;
    std::optional<core::sim::SimulationResult> result; // none: failed (problems say why)
    std::optional<core::solver::Solution> estimate;    // the solver's, for comparison
    core::Problems problems;
    bool cancelled = false;
    double wallSeconds = 0; // how long it took
};

} // namespace studio::widgets
