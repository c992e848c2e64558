#include "sim/RunRecord.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace studio::core::sim {

namespace {

using Json = nlohmann::json;

Problem unreadable(const char* place) {
    return makeProblem(place, "Simulator",
                       SDS_TRANSLATE_NOOP("Simulator", "the stored run's %1 cannot be read"),
                       {place});
}

// The object parsed from `text` with every key of `keys` a number, or discarded.
Json numbers(const std::string& text, std::initializer_list<const char*> keys) {
    Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!json.is_object())
        return Json::value_t::discarded;
    for (const char* key : keys)
        if (!json.contains(key) || !json[key].is_number())
            return Json::value_t::discarded;
    return json;
}

} // namespace

RunHeadline headlineOf(const SimulationResult& result) {
    RunHeadline h;
    std::uint64_t settled = 0, completed = 0;
    for (const RequestStats& r : result.requests) {
        h.requests += r.arrived;
        h.goodput += r.goodput.mean;
        if (r.completed > 0)
            h.p99 = std::max(h.p99, r.p99.mean);
        settled += r.arrived - r.inFlight;
        completed += r.completed;
    }
    h.answered = settled > 0 ? static_cast<double>(completed) / static_cast<double>(settled) : 0;
    return h;
}

std::string parametersToJson(const RunParameters& p) {
    return Json{{"duration", p.duration},
                {"replications", p.replications},
                {"seed", p.seed},
                {"random_failures", p.randomFailures},
                {"wall_seconds", p.wallSeconds}}
        .dump();
}

Result<RunParameters> parametersFromJson(const std::string& text) {
    const Json json = numbers(text, {"duration", "replications", "seed", "wall_seconds"});
    if (json.is_discarded() || !json["seed"].is_number_unsigned() ||
        !json["replications"].is_number_integer() || !json.contains("random_failures") ||
        !json["random_failures"].is_boolean())
        return unreadable("parameters");
    return RunParameters{json["duration"].get<double>(), json["replications"].get<int>(),
                         json["seed"].get<std::uint64_t>(), json["random_failures"].get<bool>(),
                         json["wall_seconds"].get<double>()};
}

std::string headlineToJson(const RunHeadline& h) {
    return Json{
        {"requests", h.requests}, {"goodput", h.goodput}, {"p99", h.p99}, {"answered", h.answered}}
        .dump();
}

Result<RunHeadline> headlineFromJson(const std::string& text) {
    const Json json = numbers(text, {"requests", "goodput", "p99", "answered"});
    if (json.is_discarded() || !json["requests"].is_number_unsigned())
        return unreadable("summary");
    return RunHeadline{json["requests"].get<std::uint64_t>(), json["goodput"].get<double>(),
                       json["p99"].get<double>(), json["answered"].get<double>()};
}

} // namespace studio::core::sim
