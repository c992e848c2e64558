#pragma once

#include "estimate/Calculation.h"
#include "model/Estimation.h"

namespace studio::core::estimate {

// The back-of-envelope figures a design's estimation inputs give, as one calculation with
// its formula. Outputs (those whose inputs are missing are left out):
// - read_rps, write_rps: average requests a second (DAU x actions a day / 86,400 s);
// - peak_rps: (read_rps + write_rps) x peak factor;
// - storage_bytes: items x bytes an item x replicas when the item count is given, else
//   writes a day x bytes a write x retention days x replicas;
// - cache_bytes: 20% of the items x bytes an item (the 80/20 rule: the hot fifth);
// - concurrent_connections: DAU x the share connected at once;
// - bandwidth_bytes_per_second: read_rps x bytes a read + write_rps x bytes a write.
// The calculator name is "design".
Calculation designEstimate(const Estimation& estimation);

} // namespace studio::core::estimate
