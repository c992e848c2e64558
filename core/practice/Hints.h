#pragma once

// Progressive hints, as an interviewer gives them: for the first rubric item the answer
// still misses, a nudge, then a pointer (the item's `hints`), then the answer (its `text`).
// Each hint taken costs a point (ScoreOptions::hintsUsed).
#include "model/Design.h"
#include "practice/PracticeSession.h"
#include "templates/Template.h"

#include <optional>
#include <string>
#include <vector>

namespace studio::core::practice {

struct Hint {
    std::string item; // rubric item id
    int level = 1;    // 1.. the item's hints, then one more: the answer
    bool answer = false;
    std::string text;
};

// The next hint for `answer`, after those `taken`: none when the answer meets every item or
// every hint of the items it misses was given.
std::optional<Hint> nextHint(const Design& answer, const Template& reference,
                             const std::vector<HintUse>& taken);

// What a hint taken said (empty when the template has no such item or level).
std::string hintText(const Template& reference, const HintUse& taken);

} // namespace studio::core::practice
