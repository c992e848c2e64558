#pragma once

#include "estimate/Calculation.h"
#include "estimate/CalculatorRegistry.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace studio::core::estimate {

// What every report says about units.
inline constexpr const char* kUnitsNote = "SI (1 KB = 1000 B)";

// A calculation in English for the command line, one line each:
//   requests_per_second = 1157.407407 1/s (1.16K req/s; ~1.2K req/s)
//   formula: 10M DAU x 10 actions/day / 86,400 s = 1.157K req/s
//   note: a day is 86,400 s
//   units: SI (1 KB = 1000 B)
std::vector<std::string> calculationText(const Calculation& calculation);

// {"calculator", "inputs": {key: number | [numbers] | text | [texts]}, "outputs": {key: number
// in base units | text}, "output_units": {key: "B" | "s" | "1/s" | ...}, "formula": English
// lines joined by "\n", "notes": [English], "units": kUnitsNote}.
nlohmann::json calculationJson(const Calculation& calculation);

// Every calculator (or only `only`) with its keys, in English:
//   storage: bytes a day x retention days x replicas -> bytes
//     bytes_per_day  a size (e.g. 5 GB), a day, required: new bytes a day
std::vector<std::string> calculatorListText(const CalculatorSpec* only = nullptr);

// [{"name", "description", "inputs": [{"key", "dimension", "required", "default", "list",
// "description"}]}]
nlohmann::json calculatorListJson(const CalculatorSpec* only = nullptr);

// A value as the text report prints it: whole numbers in full, others to 10 significant
// digits ("1157.407407").
std::string plainNumber(double value);

} // namespace studio::core::estimate
