#pragma once

#include "model/Estimation.h"

#include <string>
#include <utility>
#include <vector>

namespace studio::core::estimate {

// A calculator's inputs as (key, value as written) pairs, as readInputs() takes them.
using CalculatorValues = std::vector<std::pair<std::string, std::string>>;

// The calculators the design's estimation inputs can fill in, in the registry's order.
const std::vector<std::string>& prefillCalculators();

// The inputs of calculator `name` that the design's estimation gives, written as people write
// them ("10M", "1 KB", "20%"): traffic (DAU, actions a day, bytes an action, peak factor),
// storage, dataset, bandwidth and servers (at the peak), cache, shards (the storage and the
// peak write rate; the per-shard limits are left to the person), connections. Empty when the
// design gives none of them.
CalculatorValues designInputs(const std::string& name, const Estimation& estimation);

} // namespace studio::core::estimate
