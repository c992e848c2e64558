#pragma once

// What the library's run history keeps beside a run's results (ResultJson.h): the settings
// it ran with and a few headline figures for the run list, each as a small JSON text.
#include "sim/SimulationResult.h"
#include "util/Result.h"

#include <cstdint>
#include <string>

namespace studio::core::sim {

struct RunParameters {
    double duration = 0; // simulated seconds per replication
    int replications = 0;
    std::uint64_t seed = 0;
    bool randomFailures = false;
    double wallSeconds = 0; // how long the run took

    bool operator==(const RunParameters&) const = default;
};

// The run at a glance, over every client's request classes together.
struct RunHeadline {
    std::uint64_t requests = 0; // arrived, all replications
    double goodput = 0;         // answers in time per second, summed over the classes (mean)
    double p99 = 0;             // s, the worst class's p99 (mean); 0 when nothing answered
    double answered = 0;        // answered / (arrived - in flight), 0..1

    bool operator==(const RunHeadline&) const = default;
};

RunHeadline headlineOf(const SimulationResult& result);

// {"duration", "replications", "seed", "random_failures", "wall_seconds"}
std::string parametersToJson(const RunParameters& parameters);
Result<RunParameters> parametersFromJson(const std::string& text);
// {"requests", "goodput", "p99", "answered"}
std::string headlineToJson(const RunHeadline& headline);
Result<RunHeadline> headlineFromJson(const std::string& text);

} // namespace studio::core::sim
