#include "capacity/CapacityJson.h"

#include <cmath>

namespace studio::core::capacity {

namespace {

using Json = nlohmann::ordered_json;

Json finite(double v) {
    return std::isfinite(v) ? Json(v) : Json(nullptr);
}

Json text(const std::string& s) {
    return s.empty() ? Json(nullptr) : Json(s);
}

Json searchJson(const ScaleSearch& s) {
    return {{"factor", s.factor},
            {"offered_rate", s.offeredRate},
            {"worst_p99", finite(s.worstP99)},
            {"worst_class", s.worstClass},
            {"dropped_share", s.droppedShare},
            {"bottleneck", text(s.bottleneck)},
            {"bottleneck_utilisation", finite(s.bottleneckUtilisation)},
            {"limit", s.limit == Limit::P99          ? "p99"
                      : s.limit == Limit::Saturation ? "saturation"
                                                     : "error_rate"},
            {"saturated", text(s.saturated)}};
}

// "gain": the capacity after over the capacity before (2 = twice the rate).
Json scalingJson(const std::optional<ScalingAdvice>& a, const ScaleSearch& before) {
    if (!a)
        return nullptr;
    return {{"component", a->component},
            {"property", a->property},
            {"from", a->from},
            {"to", a->to},
            {"after", a->after ? searchJson(*a->after) : Json(nullptr)},
            {"gain", a->after && before.factor > 0 ? Json(a->after->factor / before.factor)
                                                   : Json(nullptr)}};
}

// {"value", "interval": [low, high]}: nulls where it did not run or has no interval.
Json intervalJson(const sim::Interval& i, bool ran) {
    const bool interval = ran && i.replications > 1 && std::isfinite(i.halfWidth);
    return {
        {"value", ran && i.replications > 0 ? finite(i.mean) : Json(nullptr)},
        {"interval", interval ? Json::array({finite(i.low()), finite(i.high())}) : Json(nullptr)}};
}

Json pointJson(const SimulatedPoint& p) {
    const bool ran = p.ran;
    return {{"load", p.load},
            {"factor", p.factor},
            {"arrival_rate", ran ? Json(p.arrivalRate) : Json(nullptr)},
            {"measured", p.measured > 0 ? Json(p.measured) : Json(nullptr)},
            {"worst_class", ran ? text(p.worstClass) : Json(nullptr)},
            {"p99", intervalJson(p.p99, ran)},
            {"error_rate", ran ? Json(p.errorRate) : Json(nullptr)},
            {"busiest", ran ? text(p.busiest) : Json(nullptr)},
            {"busiest_utilisation", intervalJson(p.busiestUtilisation, ran)},
            {"meets_p99", ran && p.meetsP99},
            {"p99_decided", ran && p.p99Decided},
            {"meets_error_rate", ran && p.meetsErrorRate},
            {"meets", p.meets()},
            {"problem", p.problem ? Json(p.problem->text()) : Json(nullptr)}};
}

Json curveJson(const std::vector<LoadPoint>& curve) {
    Json points = Json::array();
    for (const LoadPoint& p : curve)
        points.push_back({{"load", p.load},
                          {"factor", p.factor},
                          {"offered_rate", p.offeredRate},
                          {"throughput", finite(p.throughput)},
                          {"worst_class", p.worstClass},
                          {"p50", finite(p.p50)},
                          {"p99", finite(p.p99)}});
    return points;
}

} // namespace

Json capacityJson(const Design& design, const CapacityReport& report,
                  const CapacityOptions& options) {
    Json simulation = nullptr;
    if (!report.simulated.empty()) {
        Json points = Json::array();
        for (const SimulatedPoint& p : report.simulated)
            points.push_back(pointJson(p));
        simulation = {{"requests_per_replication", options.simulationRequests},
                      {"replications", options.simulationReplications},
                      {"seed", options.seed},
                      {"points", points}};
    }
    return {{"design", design.name},
            {"rates", report.rates == solver::RateBasis::Peak ? "peak" : "average"},
            {"target",
             {{"p99", report.target.p99},
              {"error_rate",
               report.target.errorRate ? Json(*report.target.errorRate) : Json(nullptr)}}},
            {"base_rate", report.baseRate},
            {"capacity", searchJson(report.found)},
            {"scaling", scalingJson(report.scaling, report.found)},
            {"simulation", simulation},
            {"curve", curveJson(report.curve)}};
}

} // namespace studio::core::capacity
