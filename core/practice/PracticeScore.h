#pragma once

// How a practice answer scores against a reference template (issue 19, "Scoring"): the
// template's rubric, the person's back-of-envelope figures beside the reference's, and the
// answer solved (optionally simulated) against the reference's non-functional targets.
// Rates in requests per second, times in seconds, availability as a fraction.
#include "catalog/Catalog.h"
#include "model/Design.h"
#include "sim/Interval.h"
#include "solver/Solution.h"
#include "templates/Rubric.h"
#include "templates/Template.h"
#include "util/Message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace studio::core::practice {

struct ScoreOptions {
    int hintsUsed = 0; // hints the person took; each costs one point (the total stays >= 0)
    // Also simulate the answer at the reference's peak load and check its p99 targets. The
    // run's length is in requests, as `sdstudio capacity` sets it, so a design at millions of
    // requests a second does not run for hours.
    bool simulate = false;
    std::int64_t simulationRequests = 20'000; // per replication
    int simulationReplications = 4;
    std::uint64_t seed = 1;
    int threads = 0; // simulation threads; 0 = the hardware's core count
};

// One back-of-envelope quantity (Template.h's rubricQuantities()) that both the answer's
// and the reference's estimation inputs give (estimate/DesignEstimate.h).
struct EstimateComparison {
    std::string quantity;      // "read_rps", "storage_bytes", ...
    double answer = 0;         // the person's figure, in the quantity's base unit
    double reference = 0;      // the reference design's
    std::string answerText;    // as people read it: "3.86K req/s"
    std::string referenceText; // the same for the reference
    // answer / reference: 1 when both are 0, +inf when only the reference is 0.
    double ratio = 1;
    // Allowed max(a, b) / min(a, b): the rubric's estimate item's for this quantity, else 2.
    double factor = 2;
    bool factorFromRubric = false;
    bool within = false;
};

// One of the reference's non-functional targets, checked on the answer by the solver.
struct TargetCheck {
    // kind, requestClass and target from the reference; actual, worst and met from the
    // answer's solution (actual left at 0 when the answer could not be solved).
    solver::RequirementResult result;
    bool solved = false;           // `result.actual` is the solver's figure
    std::optional<Message> reason; // why it is missed without a figure (context "Practice")
};

struct SolverChecks {
    bool solved = false;
    // Why the answer was not solved: an invalid design, no client sending traffic, a loop.
    std::optional<Message> problem;
    double referenceRate = 0; // req/s: the reference's peak load, the answer is solved at it
    double answerRate = 0;    // req/s: the answer's own peak load, as its clients say
    double loadFactor = 1;    // x every answer client's rate to reach referenceRate
    std::vector<TargetCheck> targets; // the reference's, in Requirements' order
};

// A p99 target checked by a short simulation of the answer at the reference's peak load.
struct SimulatedTarget {
    solver::RequirementKind kind = solver::RequirementKind::P99Latency;
    std::string requestClass;      // P99LatencyForClass
    double target = 0;             // s
    sim::Interval p99;             // s, the worst matching class's (+inf: none answered)
    std::string worst;             // "client/class"
    bool met = false;              // the p99's mean is at most the target
    bool decided = true;           // the target lies outside the p99's interval
    std::optional<Message> reason; // no matching class was simulated
};

struct SimulatedChecks {
    bool ran = false;
    std::optional<Message> problem; // why it did not run (context "Practice" or the simulator's)
    std::int64_t requests = 0;      // per replication
    int replications = 0;
    std::uint64_t seed = 0;
    std::vector<SimulatedTarget> targets;
};

// The weighting: every rubric item gives its own points, every solver target (the
// reference's p99 latency, per-class p99s, availability and throughput) 1 point; each
// hint used takes 1 point off what was earned, never below 0. The simulation is shown
// beside the solver's checks and gives no points, so a score does not depend on whether
// it ran.
struct PracticeScore {
    std::string templateId;
    RubricScore rubric;
    std::vector<EstimateComparison> estimates; // in rubricQuantities() order
    SolverChecks solver;
    std::optional<SimulatedChecks> simulation; // when ScoreOptions::simulate
    int hintsUsed = 0;
    int targetsMet = 0;
    int earned = 0;   // rubric points + targets met - hints, at least 0
    int possible = 0; // rubric points + targets

    // earned / possible: 0 .. 1; 0 when nothing could be earned.
    double fraction() const;
    // fraction() as a whole percentage, rounded.
    int percent() const;
};

// Scores `answer` against `reference`. Never fails: what cannot be judged (an invalid
// answer, one with no client) is missed with the reason.
PracticeScore scorePractice(const Design& answer, const Template& reference,
                            const ScoreOptions& options = {},
                            const Catalog& catalog = Catalog::standard());

} // namespace studio::core::practice
