#pragma once

#include "estimate/Calculation.h"
#include "estimate/Inputs.h"
#include "util/Result.h"

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace studio::core::estimate {

// A calculator as data: its name, what it does, its keys and how to run it on read inputs.
struct CalculatorSpec {
    const char* name;        // "storage"
    const char* description; // one line for people (translatable, context "Estimate")
    std::vector<InputSpec> inputs;
    // Runs on inputs readInputs() accepted; problems only for what the keys alone cannot
    // say (two keys that contradict each other).
    std::function<Result<Calculation>(const Inputs&)> run;
};

// Every calculator, in the order --list shows them: traffic, rate, storage, dataset,
// bandwidth, hitratio, servers, cache, shards, connections, prefix, fanout, availability,
// downtime, latency, little, slot, ring, modulo, ratelimit.
const std::vector<CalculatorSpec>& calculators();

// The calculator called `name`, or nullptr.
const CalculatorSpec* findCalculator(std::string_view name);

// The names of every calculator: "traffic, rate, ...".
std::string calculatorNames();

// Reads `given` (key, value as written) and runs `calculator`.
Result<Calculation> runCalculator(const CalculatorSpec& calculator,
                                  const std::vector<std::pair<std::string, std::string>>& given);

// The calculators of each family, for the registry (defined in the *Specs.cpp files).
std::vector<CalculatorSpec> sizingCalculatorSpecs();
std::vector<CalculatorSpec> reliabilityCalculatorSpecs();
std::vector<CalculatorSpec> algorithmCalculatorSpecs();

} // namespace studio::core::estimate
