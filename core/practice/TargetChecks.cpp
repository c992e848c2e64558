#include "practice/TargetChecks.h"

#include "capacity/DesignScaling.h"
#include "capacity/ScaledSolve.h"
#include "format/Validator.h"
#include "solver/Solver.h"

#include <cmath>

namespace studio::core::practice {

namespace {

using solver::RequirementKind;
using solver::RequirementResult;
using solver::Solution;

Message say(const char* text, std::vector<std::string> args = {}) {
    return Message{"Practice", text, std::move(args)};
}

// The first problem's text, and how many more there are.
Message firstProblem(const char* text, const Problems& problems) {
    std::string first = problems.empty() ? std::string() : problems.front().text();
    if (problems.size() > 1)
        first += " (+" + std::to_string(problems.size() - 1) + ")";
    return say(text, {first});
}

SolverChecks missedAll(SolverChecks checks, const Design& reference, Message why) {
    for (const RequirementResult& target : targetsOf(reference.requirements))
        checks.targets.push_back({target, false, why});
    checks.problem = std::move(why);
    return checks;
}

bool sameTarget(const RequirementResult& a, const RequirementResult& b) {
    return a.kind == b.kind && a.requestClass == b.requestClass;
}

} // namespace

std::vector<RequirementResult> targetsOf(const Requirements& requirements) {
    std::vector<RequirementResult> targets;
    auto add = [&](RequirementKind kind, double target, std::string requestClass = {}) {
        RequirementResult r;
        r.kind = kind;
        r.target = target;
        r.requestClass = std::move(requestClass);
        targets.push_back(std::move(r));
    };
    if (requirements.p99Latency)
        add(RequirementKind::P99Latency, *requirements.p99Latency);
    for (const auto& [name, target] : requirements.p99LatencyByClass)
        add(RequirementKind::P99LatencyForClass, target, name);
    if (requirements.availability)
        add(RequirementKind::Availability, *requirements.availability);
    if (requirements.throughput)
        add(RequirementKind::Throughput, *requirements.throughput);
    return targets;
}

Design withReferenceTargets(const Design& answer, const Design& reference) {
    Design judged = answer;
    judged.requirements = reference.requirements;
    return judged;
}

SolverChecks checkTargets(const Design& answer, const Design& reference, const Catalog& catalog) {
    SolverChecks checks;
    const Problems invalid = validateDesign(answer, catalog);
    if (!invalid.empty())
        return missedAll(
            checks, reference,
            firstProblem(SDS_TRANSLATE_NOOP("Practice", "the design is not valid: %1"), invalid));
    const auto referenceSolved = solver::solveDesign(reference, {}, catalog);
    if (!referenceSolved)
        return missedAll(checks, reference,
                         firstProblem(SDS_TRANSLATE_NOOP(
                                          "Practice", "the reference design cannot be solved: %1"),
                                      referenceSolved.problems()));
    checks.referenceRate = capacity::offeredRate(referenceSolved.value());

    // The answer is judged against the reference's targets, not whatever it claims itself:
    // a person cannot pass by writing a lax p99 into their own requirements.
    const Design judged = withReferenceTargets(answer, reference);
    const auto ownLoad = solver::solveDesign(judged, {}, catalog);
    if (!ownLoad)
        return missedAll(
            checks, reference,
            firstProblem(SDS_TRANSLATE_NOOP("Practice", "the design cannot be solved: %1"),
                         ownLoad.problems()));
    checks.answerRate = capacity::offeredRate(ownLoad.value());
    if (checks.answerRate > 0 && checks.referenceRate > 0)
        checks.loadFactor = checks.referenceRate / checks.answerRate;
    // At the reference's peak load: every client's rate scaled by one factor, the answer's
    // own mix of clients and classes kept.
    const bool scaled = std::abs(checks.loadFactor - 1) > 1e-9;
    const auto atReferenceLoad =
        scaled ? capacity::solveScaled(judged, checks.loadFactor, solver::RateBasis::Peak, catalog)
               : ownLoad;
    if (!atReferenceLoad)
        return missedAll(
            checks, reference,
            firstProblem(SDS_TRANSLATE_NOOP("Practice",
                                            "the design cannot be solved at the reference's "
                                            "peak load: %1"),
                         atReferenceLoad.problems()));
    checks.solved = true;
    const Solution& solution = atReferenceLoad.value();
    for (const RequirementResult& target : targetsOf(reference.requirements)) {
        TargetCheck check{target, false, std::nullopt};
        for (const RequirementResult& found : solution.requirements)
            if (sameTarget(found, target)) {
                check.result = found;
                check.solved = true;
            }
        if (!check.solved)
            check.reason =
                target.kind == RequirementKind::P99LatencyForClass
                    ? say(SDS_TRANSLATE_NOOP("Practice", "no request class is called %1"),
                          {target.requestClass})
                    : say(SDS_TRANSLATE_NOOP("Practice", "no request class is answered"));
        checks.targets.push_back(std::move(check));
    }
    return checks;
}

} // namespace studio::core::practice
