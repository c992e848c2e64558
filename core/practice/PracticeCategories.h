#pragma once

// The categories the progress view charts a practice score by: what kind of thing a rubric
// item checks, and the solver's targets as one more.
#include "practice/PracticeScore.h"
#include "practice/PracticeSession.h"
#include "templates/Template.h"

#include <string>
#include <vector>

namespace studio::core::practice {

enum class Category { Components, DataFlow, Sizing, Estimates, Targets };

// "components", "data_flow", "sizing", "estimates", "targets", in Category's order.
const std::vector<std::string>& categoryNames();
// For people (context "Practice"): "Components", "Data flow", "Sizing", "Estimates",
// "Targets".
const char* categoryTitle(Category category);

// kind_present: components; path and link_mode: data flow; property_range: sizing;
// estimate: estimates.
Category categoryOf(const RubricCheck& check);

// The score as the session keeps it: totals, points per category, the items missed.
ScoreSummary summarize(const PracticeScore& score, const Template& reference);

} // namespace studio::core::practice
