#include "practice/EstimateComparison.h"

#include "estimate/DesignEstimate.h"

#include <algorithm>
#include <limits>
#include <variant>

namespace studio::core::practice {

namespace {

constexpr double kDefaultFactor = 2; // the seed's "within a factor of two" for estimates

// The factor the reference's rubric allows for `quantity`, if an estimate item names it.
const EstimateCheck* rubricCheck(const Template& reference, const std::string& quantity) {
    for (const RubricItem& item : reference.rubric)
        if (const auto* check = std::get_if<EstimateCheck>(&item.check);
            check && check->quantity == quantity)
            return check;
    return nullptr;
}

double ratioOf(double answer, double reference) {
    if (reference > 0)
        return answer / reference;
    return answer > 0 ? std::numeric_limits<double>::infinity() : 1.0;
}

} // namespace

std::vector<EstimateComparison> compareEstimates(const Design& answer, const Template& reference) {
    const estimate::Calculation mine = estimate::designEstimate(answer.estimation);
    const estimate::Calculation theirs = estimate::designEstimate(reference.design.estimation);
    std::vector<EstimateComparison> out;
    for (const std::string& quantity : rubricQuantities()) {
        const estimate::Output* a = mine.find(quantity);
        const estimate::Output* b = theirs.find(quantity);
        if (!a || !b)
            continue;
        EstimateComparison c;
        c.quantity = quantity;
        c.answer = a->value;
        c.reference = b->value;
        c.answerText = a->peopleForm();
        c.referenceText = b->peopleForm();
        c.ratio = ratioOf(a->value, b->value);
        if (const EstimateCheck* check = rubricCheck(reference, quantity)) {
            c.factor = check->factor;
            c.factorFromRubric = true;
        } else {
            c.factor = kDefaultFactor;
        }
        // As the rubric's estimate check judges it: max(a, b) / min(a, b) <= factor.
        const double spread = c.ratio >= 1 ? c.ratio : 1 / c.ratio;
        c.within = spread <= c.factor;
        out.push_back(std::move(c));
    }
    return out;
}

} // namespace studio::core::practice
