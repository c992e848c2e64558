#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio simulate FILE [--duration S | --requests N] [--warmup S] [--replications R]
// [--threads T] [--seed N] [--average] [--json]`: loads and validates a design file, runs
// the discrete-event simulator on it (core/sim/Simulation.h) and prints per component and
// per client request class what it measured, each figure with its 95% interval over the
// replications and the analytic solver's estimate beside it, marked where the estimate
// lies outside the interval. --json prints one JSON object whose names and shapes follow
// `estimate --json` (a figure adds "interval" and "estimate"). The same seed gives the same
// output whatever --threads is. Exits 1 with `FILE: PLACE: MESSAGE` lines on standard
// error when the design is invalid or cannot run (a routing loop, a saturated queue past
// its cap, a run too long), 2 on a bad command line.
Command simulateCommand();

} // namespace studio::app
