#pragma once

#include "estimate/Calculation.h"

namespace studio::core::estimate {

// Pure calculators of how much hardware a load needs. Inputs in base units; fractions 0..1.

// Peak requests a second over what one server serves, run at most `maxUtilization` busy:
// servers = ceil(peak / (capacity x maxUtilization)); also usable_per_server and the
// utilization each server then runs at. capacity and maxUtilization must be > 0.
Calculation serversNeeded(double peakRequestsPerSecond, double capacityPerServer,
                          double maxUtilization);

// The hot share of a data set (80/20: 20% of the items get 80% of the reads): bytes.
Calculation cacheSize(double items, double bytesPerItem, double hotFraction);

// Shards by storage (bytes / bytesPerShard) and by write rate (writes / writesPerShard),
// each rounded up; shards is the larger. A pair with a zero divisor is not used.
struct ShardLoad {
    double bytes = 0;
    double bytesPerShard = 0;
    double writesPerSecond = 0;
    double writesPerShard = 0;
};
Calculation shardsNeeded(const ShardLoad& load);

// Users connected at once: connections; and servers when perServer > 0.
Calculation concurrentConnections(double users, double concurrentFraction, double perServer);

// Partitions by a key prefix: alphabet^length shards (26^2 = 676).
Calculation prefixShards(double alphabet, double length);

// Fan-out on write: posts x followers timeline writes.
Calculation fanOut(double followers, double posts);

} // namespace studio::core::estimate
