#pragma once

#include "estimate/Calculation.h"

namespace studio::core::estimate {

// Pure calculators of load and data volume. Inputs in base units (bytes, seconds, 1/s,
// fractions); a day is 86,400 s. Each returns its outputs and the formula with the numbers.

// DAU x actions a day: requests_per_day, requests_per_second (average),
// peak_requests_per_second (x peakFactor) and, when bytesPerAction > 0, bytes_per_day.
Calculation traffic(double dau, double actionsPerDay, double bytesPerAction, double peakFactor);

// `count` events over `periodSeconds` as a rate: per_second, per_day (10B reads a 30-day
// month -> 3,858 reads/s).
Calculation eventRate(double count, double periodSeconds);

// Bytes a day x retention days x replicas: bytes, bytes_per_replica.
Calculation storage(double bytesPerDay, double days, double replicas);

// Items x bytes an item x replicas: bytes (100M URLs x 500 B = 50 GB).
Calculation dataset(double items, double bytesPerItem, double replicas);

// Requests a second x bytes a request: bytes_per_second, bits_per_second.
Calculation bandwidth(double requestsPerSecond, double bytesPerRequest);

// A cache in front of an origin: hits_per_second and misses_per_second (what reaches the
// origin: 3,858 reads/s at 80% hits -> 771.6 DB reads/s).
Calculation cacheHits(double requestsPerSecond, double hitRatio);

} // namespace studio::core::estimate
