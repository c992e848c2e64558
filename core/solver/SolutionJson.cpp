#include "solver/SolutionJson.h"

#include "model/EnumNames.h"

#include <cmath>

namespace studio::core {

// The snake_case names `estimate --json` prints (toString in model/EnumNames.h).
template <> std::span<const EnumName<solver::Saturation>> enumNames() {
    using solver::Saturation;
    static constexpr EnumName<Saturation> names[] = {
        {Saturation::None, "none"},
        {Saturation::Overloaded, "overloaded"},
        {Saturation::WaitsOnCallee, "waits_on_callee"},
        {Saturation::FedBySaturated, "fed_by_saturated"}};
    return names;
}

template <> std::span<const EnumName<solver::SpreadingModel>> enumNames() {
    using solver::SpreadingModel;
    static constexpr EnumName<SpreadingModel> names[] = {
        {SpreadingModel::Single, "single"},
        {SpreadingModel::Random, "random"},
        {SpreadingModel::RoundRobin, "round_robin"},
        {SpreadingModel::LeastConnections, "least_connections"},
        {SpreadingModel::SharedQueue, "shared_queue"},
        {SpreadingModel::ByKey, "by_key"}};
    return names;
}

template <> std::span<const EnumName<solver::RequirementKind>> enumNames() {
    using solver::RequirementKind;
    static constexpr EnumName<RequirementKind> names[] = {
        {RequirementKind::P99Latency, "p99_latency"},
        {RequirementKind::P99LatencyForClass, "p99_latency_by_class"},
        {RequirementKind::Availability, "availability"},
        {RequirementKind::Throughput, "throughput"}};
    return names;
}

} // namespace studio::core

namespace studio::core::solver {

namespace {

using Json = nlohmann::ordered_json;

Json figure(const Figure& f) {
    return {{"value", std::isfinite(f.value) ? Json(f.value) : Json(nullptr)},
            {"approximate", f.approximate}};
}

Json componentJson(const Design& design, const ComponentResult& c) {
    Json classes = Json::array();
    for (const ClassLoad& l : c.classes)
        classes.push_back({{"class", l.requestClass},
                           {"operation", toString(l.operation)},
                           {"arrival_rate", l.arrivalRate},
                           {"mean_response", figure(l.meanResponse)},
                           {"mean_with_calls", figure(l.meanWithCalls)}});
    return {{"id", c.id},
            {"kind", design.components[c.index].kind},
            {"arrival_rate", c.arrivalRate},
            {"arrival_rate_approximate", c.arrivalApproximate},
            {"classes", classes},
            {"stations", c.stations},
            {"servers_per_station", c.serversPerStation},
            {"spreading", toString(c.spreading)},
            {"holds", c.holds},
            {"utilisation", figure(c.utilisation)},
            {"mean_wait", figure(c.meanWait)},
            {"mean_response", figure(c.meanResponse)},
            {"p99_response", figure(c.p99Response)},
            {"mean_with_calls", figure(c.meanWithCalls)},
            {"drop_rate", figure(c.dropRate)},
            {"saturation", toString(c.saturation)},
            {"saturated_because_of", c.saturatedBecauseOf}};
}

Json requestJson(const RequestResult& r) {
    return {{"client", r.client},
            {"class", r.requestClass},
            {"operation", toString(r.operation)},
            {"closed", r.closed},
            {"arrival_rate", r.arrivalRate},
            {"arrival_rate_approximate", r.arrivalApproximate},
            {"mean", figure(r.mean)},
            {"p50", figure(r.p50)},
            {"p95", figure(r.p95)},
            {"p99", figure(r.p99)},
            {"availability", figure(r.availability)}};
}

Json handoffJson(const HandoffResult& h) {
    return {{"link", h.link},
            {"from", h.from},
            {"to", h.to},
            {"message_rate", h.messageRate},
            {"mean", figure(h.mean)},
            {"p99", figure(h.p99)}};
}

Json requirementJson(const RequirementResult& r) {
    return {{"requirement", toString(r.kind)}, {"class", r.requestClass}, {"target", r.target},
            {"actual", figure(r.actual)},      {"worst", r.worst},        {"met", r.met}};
}

} // namespace

Json solutionJson(const Design& design, const Solution& s) {
    Json components = Json::array();
    for (const ComponentResult& c : s.components)
        if (c.station)
            components.push_back(componentJson(design, c));
    Json requests = Json::array();
    for (const RequestResult& r : s.requests)
        requests.push_back(requestJson(r));
    Json handoffs = Json::array();
    for (const HandoffResult& h : s.handoffs)
        handoffs.push_back(handoffJson(h));
    Json spofs = Json::array();
    for (const SinglePointOfFailure& p : s.singlePointsOfFailure)
        spofs.push_back({{"component", p.component}, {"classes", p.requestClasses}});
    Json requirements = Json::array();
    for (const RequirementResult& r : s.requirements)
        requirements.push_back(requirementJson(r));
    Json notes = Json::array();
    for (const Message& m : s.notes)
        notes.push_back(m.format());
    return {{"design", design.name},
            {"rates", s.rates == RateBasis::Peak ? "peak" : "average"},
            {"components", components},
            {"requests", requests},
            {"handoffs", handoffs},
            {"bottleneck",
             {{"component", s.capacity.bottleneck},
              {"utilisation", figure(s.capacity.bottleneckUtilisation)}}},
            {"capacity",
             {{"scale_factor", figure(s.capacity.scaleFactor)},
              {"sustainable_rate", figure(s.capacity.sustainableRate)},
              {"offered_rate", s.capacity.offeredRate}}},
            {"availability", figure(s.availability)},
            {"single_points_of_failure", spofs},
            {"requirements", requirements},
            {"notes", notes}};
}

} // namespace studio::core::solver
