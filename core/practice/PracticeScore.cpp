#include "practice/PracticeScore.h"

#include "practice/EstimateComparison.h"
#include "practice/SimulatedTargets.h"
#include "practice/TargetChecks.h"

#include <algorithm>
#include <cmath>

namespace studio::core::practice {

double PracticeScore::fraction() const {
    return possible > 0 ? static_cast<double>(earned) / possible : 0.0;
}

int PracticeScore::percent() const {
    return static_cast<int>(std::lround(fraction() * 100));
}

PracticeScore scorePractice(const Design& answer, const Template& reference,
                            const ScoreOptions& options, const Catalog& catalog) {
    PracticeScore score;
    score.templateId = reference.id;
    score.rubric = checkRubric(answer, reference);
    score.estimates = compareEstimates(answer, reference);
    score.solver = checkTargets(answer, reference.design, catalog);
    if (options.simulate) {
        if (score.solver.solved)
            score.simulation = simulateTargets(withReferenceTargets(answer, reference.design),
                                               score.solver.loadFactor, options, catalog);
        else
            score.simulation = SimulatedChecks{false, score.solver.problem, 0, 0, options.seed, {}};
    }
    for (const TargetCheck& target : score.solver.targets)
        if (target.result.met)
            ++score.targetsMet;
    score.hintsUsed = std::max(0, options.hintsUsed);
    score.possible = score.rubric.possible + static_cast<int>(score.solver.targets.size());
    score.earned = std::max(0, score.rubric.earned + score.targetsMet - score.hintsUsed);
    return score;
}

} // namespace studio::core::practice
