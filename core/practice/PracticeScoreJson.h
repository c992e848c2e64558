#pragma once

#include "model/Design.h"
#include "practice/PracticeScore.h"

#include <nlohmann/json.hpp>

namespace studio::core::practice {

// `score` (of `answer`) as `sdstudio score --json` prints it, keys in this order:
// {"design", "template", "rubric": {"earned", "possible", "items": [{"id", "text", "points",
// "met", "detail"}]}, "estimates": [{"quantity", "answer", "reference", "ratio", "factor",
// "factor_from_rubric", "within"}], "targets": {"solved", "problem", "reference_rate",
// "answer_rate", "load_factor", "items": [{"requirement", "class", "target", "actual":
// {"value", "approximate"} | null, "worst", "met", "reason"}]}, "simulation": null |
// {"ran", "problem", "requests", "replications", "seed", "items": [{"requirement",
// "class", "target", "p99": {"value", "interval": [low, high]}, "worst", "met", "decided",
// "reason"}]}, "hints_used", "targets_met", "earned", "possible", "fraction"}. Texts in
// English; seconds, req/s and fractions; null where a value is absent or not finite.
nlohmann::ordered_json practiceScoreJson(const Design& answer, const PracticeScore& score);

} // namespace studio::core::practice
