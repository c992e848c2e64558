#include "templates/Rubric.h"

#include "templates/RubricPredicates.h"

#include <variant>

namespace studio::core {

using namespace templates;

double RubricScore::fraction() const {
    return possible > 0 ? static_cast<double>(earned) / possible : 0.0;
}

RubricScore checkRubric(const Design& design, const Template& reference) {
    RubricScore score;
    for (const RubricItem& item : reference.rubric) {
        const Verdict verdict = std::visit(
            [&](const auto& check) -> Verdict {
                using Check = std::decay_t<decltype(check)>;
                if constexpr (std::is_same_v<Check, KindPresentCheck>)
                    return checkKindPresent(design, check);
                else if constexpr (std::is_same_v<Check, PathCheck>)
                    return checkPath(design, check);
                else if constexpr (std::is_same_v<Check, LinkModeCheck>)
                    return checkLinkMode(design, check);
                else if constexpr (std::is_same_v<Check, PropertyRangeCheck>)
                    return checkPropertyRange(design, check);
                else
                    return checkEstimate(design, reference.design, check);
            },
            item.check);
        score.items.push_back({item.id, item.text, item.points, verdict.passed, verdict.detail});
        score.possible += item.points;
        if (verdict.passed)
            score.earned += item.points;
    }
    return score;
}

} // namespace studio::core
