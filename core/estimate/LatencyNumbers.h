#pragma once

#include "estimate/Calculation.h"
#include "util/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace studio::core::estimate {

// The seed's "latency numbers every engineer should know".
struct LatencyNumber {
    const char* key;   // "ssd_random_read"
    const char* alias; // a short name for paths: "ssd"
    const char* label; // for people (translatable, context "Estimate")
    double seconds;
};

// L1 1 ns, L2 4 ns, main memory 100 ns, SSD random read 16 us, HDD seek 2 ms, a round trip
// within a datacenter 0.5 ms, a round trip California - Netherlands 150 ms.
const std::vector<LatencyNumber>& latencyNumbers();

// The entry called `name` (its key or alias), or nullptr.
const LatencyNumber* findLatencyNumber(std::string_view name);

// How many times slower `slow` is than `fast` (ssd vs main_memory: 160).
double latencyRatio(const LatencyNumber& slow, const LatencyNumber& fast);

// One step of a path: `count` times `seconds`.
struct LatencyStep {
    double count = 1;
    double seconds = 0;
    std::string label; // the table's label, or empty for a duration given as such
};

// Reads the steps of a path as written: a name from the table ("ssd", "dc"), a duration
// ("5ms"), either one with a repeat count ("2*dc"). Problems name `key`.
Result<std::vector<LatencyStep>> readLatencyPath(const std::vector<std::string>& items,
                                                 const std::string& key);

// The sum along a path: latency (seconds).
Calculation latencyBudget(const std::vector<LatencyStep>& steps);

} // namespace studio::core::estimate
