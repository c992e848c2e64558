#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio capacity FILE --p99 S [--error-rate X] [--average] [--no-simulation] [--json]`:
// loads and validates a design file and finds the highest load on it (every client's rate or
// population scaled by one factor) at which every request class's end-to-end p99 is at most
// S seconds, by bisection on the analytic solver (core/capacity/FindCapacity.h); names the
// component that breaks first and what doubling its instances (shards) buys; simulates at
// 90%, 100% and 110% of the answer (skipped with --no-simulation), judging the p99 and, with
// --error-rate, the fraction of requests failing (the search also keeps the solver's drops
// and rejections within it); and prints the latency-versus-load curve
// from 10% to 110% of it. --p99 takes "0.2" (seconds) or "200ms", --error-rate "0.001" or
// "0.1%". --json prints one JSON object (core/capacity/CapacityJson.h). Exits 1 with
// `FILE: PLACE: MESSAGE` lines on standard error when the design is invalid or the target
// cannot be met at any load, 2 on a bad command line (--p99 missing or not a positive time).
Command capacityCommand();

} // namespace studio::app
