#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio estimate FILE [--json] [--average]`: loads and validates a design file, then
// runs the analytic solver on it. Prints per component the arrival rate, utilisation, mean
// and p99 response and drop rate; per client and request class the end-to-end latency;
// the handoffs; the bottleneck and highest sustainable rate; availability; single points
// of failure; the requirements met and missed; and how the figures were obtained. "≈"
// marks an approximation. --json prints the same as one JSON object (a figure is
// {"value": number or null when there is no finite value, "approximate": bool}).
// --average runs at the clients' average rates instead of their peaks. Exits 1, printing
// `FILE: PLACE: MESSAGE` lines on standard error, when the file is invalid or the solver
// cannot estimate it (no clients, routing that loops).
Command estimateCommand();

} // namespace studio::app
