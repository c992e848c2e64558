#pragma once

// A SimulationResult kept whole, for the library's run history: every field, every bucket
// of the series, read back exactly (doubles round-trip; inf and NaN as "inf", "-inf",
// "nan"). Not the presentation JSON of `simulate --json` (SimulationJson.h), which rounds
// and leaves out. {"format": "sdstudio-run-results", "version": 1, ...}; an Interval is
// [mean, half-width, replications].
#include "sim/SimulationResult.h"
#include "util/Result.h"

#include <string>

namespace studio::core::sim {

std::string resultToJson(const SimulationResult& result);

// Problems (context "Simulator", place "results" and the field, e.g.
// `results.requests[0].p99`) when the text is not one resultToJson wrote.
Result<SimulationResult> resultFromJson(const std::string& text);

} // namespace studio::core::sim
