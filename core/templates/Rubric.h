#pragma once

// Scores a design against a template's rubric (the practice mode's answer key).
#include "model/Design.h"
#include "templates/Template.h"
#include "util/Message.h"

#include <string>
#include <vector>

namespace studio::core {

// How one rubric item went.
struct RubricItemResult {
    std::string id;
    std::string text; // the item's sentence for people, as the template has it
    int points = 1;
    bool passed = false;
    // Why (context "Rubric"): the components that satisfy it ("path: users → lb → app"), or
    // what is missing ("no component of kind cache").
    Message detail;
};

struct RubricScore {
    std::vector<RubricItemResult> items; // in the rubric's order
    int earned = 0;                      // points of the items passed
    int possible = 0;                    // points of every item

    // earned / possible: 0 .. 1; 0 for an empty rubric.
    double fraction() const;
};

// Checks `design` against every item of `reference.rubric`. Estimate items compare the
// design's back-of-envelope figures with those of `reference.design`. Never fails: a design
// that lacks what an item needs fails that item, saying what is missing.
RubricScore checkRubric(const Design& design, const Template& reference);

} // namespace studio::core
