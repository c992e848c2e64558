#include "practice/PracticeScoreJson.h"

#include "model/EnumNames.h"

#include <cmath>

namespace studio::core {

// Defined in solver/SolutionJson.cpp: "p99_latency", "p99_latency_by_class", ...
template <> std::span<const EnumName<solver::RequirementKind>> enumNames();

} // namespace studio::core

namespace studio::core::practice {

namespace {

using Json = nlohmann::ordered_json;

Json number(double value) {
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

Json text(const std::optional<Message>& message) {
    return message ? Json(message->format()) : Json(nullptr);
}

Json rubricJson(const RubricScore& rubric) {
    Json items = Json::array();
    for (const RubricItemResult& item : rubric.items)
        items.push_back({{"id", item.id},
                         {"text", item.text},
                         {"points", item.points},
                         {"met", item.passed},
                         {"detail", item.detail.format()}});
    return {{"earned", rubric.earned}, {"possible", rubric.possible}, {"items", items}};
}

Json estimatesJson(const std::vector<EstimateComparison>& estimates) {
    Json list = Json::array();
    for (const EstimateComparison& e : estimates)
        list.push_back({{"quantity", e.quantity},
                        {"answer", e.answer},
                        {"reference", e.reference},
                        {"ratio", number(e.ratio)},
                        {"factor", e.factor},
                        {"factor_from_rubric", e.factorFromRubric},
                        {"within", e.within}});
    return list;
}

Json targetsJson(const SolverChecks& checks) {
    Json items = Json::array();
    for (const TargetCheck& t : checks.targets) {
        const solver::RequirementResult& r = t.result;
        items.push_back({{"requirement", toString(r.kind)},
                         {"class", r.requestClass},
                         {"target", r.target},
                         {"actual", t.solved ? Json{{"value", number(r.actual.value)},
                                                    {"approximate", r.actual.approximate}}
                                             : Json(nullptr)},
                         {"worst", r.worst},
                         {"met", r.met},
                         {"reason", text(t.reason)}});
    }
    return {{"solved", checks.solved},
            {"problem", text(checks.problem)},
            {"reference_rate", checks.referenceRate},
            {"answer_rate", checks.answerRate},
            {"load_factor", number(checks.loadFactor)},
            {"items", items}};
}

Json simulationJson(const std::optional<SimulatedChecks>& checks) {
    if (!checks)
        return nullptr;
    Json items = Json::array();
    for (const SimulatedTarget& t : checks->targets)
        items.push_back({{"requirement", toString(t.kind)},
                         {"class", t.requestClass},
                         {"target", t.target},
                         {"p99",
                          {{"value", number(t.p99.mean)},
                           {"interval", Json::array({number(t.p99.low()), number(t.p99.high())})}}},
                         {"worst", t.worst},
                         {"met", t.met},
                         {"decided", t.decided},
                         {"reason", text(t.reason)}});
    return {{"ran", checks->ran},           {"problem", text(checks->problem)},
            {"requests", checks->requests}, {"replications", checks->replications},
            {"seed", checks->seed},         {"items", items}};
}

} // namespace

Json practiceScoreJson(const Design& answer, const PracticeScore& score) {
    return {{"design", answer.name},
            {"template", score.templateId},
            {"rubric", rubricJson(score.rubric)},
            {"estimates", estimatesJson(score.estimates)},
            {"targets", targetsJson(score.solver)},
            {"simulation", simulationJson(score.simulation)},
            {"hints_used", score.hintsUsed},
            {"targets_met", score.targetsMet},
            {"earned", score.earned},
            {"possible", score.possible},
            {"fraction", score.fraction()}};
}

} // namespace studio::core::practice
