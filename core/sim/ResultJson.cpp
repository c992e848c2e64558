#include "sim/ResultJson.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <concepts>
#include <limits>
#include <mutex>
#include <set>
#include <stdexcept>
#include <type_traits>

namespace studio::core::sim {

namespace {

using Json = nlohmann::json;

constexpr const char* kFormat = "sdstudio-run-results";
constexpr int kVersion = 1;

// Each stored structure names its fields once, here; the writer and the reader walk the
// same lists. `S` is the structure, const for the writer.
template <class S, class T>
concept Is = std::same_as<std::remove_const_t<S>, T>;

template <class V, class S>
requires Is<S, RequestStats>
void fields(V& v, S& s) {
    v("client", s.client), v("class", s.requestClass), v("operation", s.operation);
    v("closed", s.closed), v("arrived", s.arrived), v("completed", s.completed);
    v("dropped", s.dropped), v("rejected", s.rejected), v("timed_out", s.timedOut);
    v("in_flight", s.inFlight), v("retries", s.retries), v("arrival_rate", s.arrivalRate);
    v("throughput", s.throughput), v("goodput", s.goodput), v("answered", s.answered);
    v("mean", s.mean), v("p50", s.p50), v("p95", s.p95), v("p99", s.p99), v("p999", s.p999);
    v("latency_quantiles", s.latencyQuantiles);
}

template <class V, class S>
requires Is<S, ComponentStats>
void fields(V& v, S& s) {
    v("id", s.id), v("station", s.station), v("cache", s.cache), v("arrivals", s.arrivals);
    v("drops", s.drops), v("rejections", s.rejections), v("wasted", s.wasted);
    v("expired", s.expired), v("bulkhead_refused", s.bulkheadRefused);
    v("breaker_refused", s.breakerRefused), v("retries", s.retries);
    v("arrival_rate", s.arrivalRate), v("served_rate", s.servedRate);
    v("utilisation", s.utilisation), v("mean_queue", s.meanQueue), v("max_queue", s.maxQueue);
    v("mean_in_system", s.meanInSystem), v("mean_wait", s.meanWait);
    v("mean_response", s.meanResponse), v("visit_response", s.visitResponse);
    v("drop_rate", s.dropRate), v("hit_ratio", s.hitRatio);
}

template <class V, class S>
requires Is<S, HandoffStats>
void fields(V& v, S& s) {
    v("link", s.link), v("from", s.from), v("to", s.to), v("messages", s.messages);
    v("dropped", s.dropped), v("message_rate", s.messageRate), v("mean", s.mean);
    v("p99", s.p99);
}

template <class V, class S>
requires Is<S, LinkStats>
void fields(V& v, S& s) {
    v("id", s.id), v("rate", s.rate), v("class_rates", s.classRates);
}

template <class V, class S>
requires Is<S, RequestSeries>
void fields(V& v, S& s) {
    v("client", s.client), v("class", s.requestClass), v("arrival_rate", s.arrivalRate);
    v("throughput", s.throughput), v("goodput", s.goodput), v("error_rate", s.errorRate);
    v("mean", s.mean), v("p50", s.p50), v("p95", s.p95), v("p99", s.p99);
}

template <class V, class S>
requires Is<S, ComponentSeries>
void fields(V& v, S& s) {
    v("id", s.id), v("utilisation", s.utilisation), v("mean_queue", s.meanQueue);
}

template <class V, class S>
requires Is<S, SimulationSeries>
void fields(V& v, S& s) {
    v("measure_start", s.measureStart), v("start", s.start), v("width", s.width);
    v("requests", s.requests), v("components", s.components);
    v("components_capped", s.componentsCapped);
}

template <class V, class S>
requires Is<S, SimulationResult>
void fields(V& v, S& s) {
    v("replications", s.replications), v("seed", s.seed), v("duration", s.duration);
    v("measured", s.measured), v("events", s.events), v("cancelled", s.cancelled);
    v("requests", s.requests), v("components", s.components), v("handoffs", s.handoffs);
    v("links", s.links), v("classes", s.classes), v("series", s.series);
    v("notes", s.notes);
}

template <class T>
concept Structure = Is<T, RequestStats> || Is<T, ComponentStats> || Is<T, HandoffStats> ||
    Is<T, LinkStats> || Is<T, RequestSeries> || Is<T, ComponentSeries> || Is<T, SimulationSeries> ||
    Is<T, SimulationResult>;

// ---- writing --------------------------------------------------------------------------

Json number(double x) {
    if (std::isfinite(x))
        return x;
    return std::isnan(x) ? "nan" : (x > 0 ? "inf" : "-inf");
}

Json encode(double x) {
    return number(x);
}
Json encode(bool x) {
    return x;
}
Json encode(int x) {
    return x;
}
Json encode(std::uint64_t x) {
    return x;
}
Json encode(const std::string& x) {
    return x;
}
Json encode(Operation x) {
    return x == Operation::Write ? "write" : "read";
}
Json encode(const Interval& x) {
    return Json::array({number(x.mean), number(x.halfWidth), x.replications});
}
Json encode(const Message& x) {
    return Json{{"context", x.context}, {"text", x.text}, {"args", x.args}};
}
template <Structure S> Json encode(const S& s);
template <class T> Json encode(const std::vector<T>& items) {
    Json list = Json::array();
    for (const T& item : items)
        list.push_back(encode(item));
    return list;
}

struct Writer {
    Json& out;
    template <class T> void operator()(const char* key, const T& value) {
        out[key] = encode(value);
    }
};

template <Structure S> Json encode(const S& s) {
    Json out = Json::object();
    Writer writer{out};
    fields(writer, s);
    return out;
}

// ---- reading --------------------------------------------------------------------------

// A field that is not what the writer wrote; `what` is the field's path.
struct Unreadable : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& place, const char* wanted) {
    throw Unreadable(place + ": " + wanted);
}

// Message::context is a pointer to a text that lives for ever: the texts read are kept.
const char* keptContext(const std::string& context) {
    static std::mutex mutex;
    static std::set<std::string> kept;
    const std::lock_guard lock(mutex);
    return kept.insert(context).first->c_str();
}

void decode(const Json& j, double& x, const std::string& place) {
    if (j.is_number())
        x = j.get<double>();
    else if (j == "inf")
        x = std::numeric_limits<double>::infinity();
    else if (j == "-inf")
        x = -std::numeric_limits<double>::infinity();
    else if (j == "nan")
        x = std::numeric_limits<double>::quiet_NaN();
    else
        fail(place, "a number");
}
void decode(const Json& j, bool& x, const std::string& place) {
    if (!j.is_boolean())
        fail(place, "true or false");
    x = j.get<bool>();
}
void decode(const Json& j, int& x, const std::string& place) {
    if (!j.is_number_integer() || j.get<std::int64_t>() < std::numeric_limits<int>::min() ||
        j.get<std::int64_t>() > std::numeric_limits<int>::max())
        fail(place, "a whole number");
    x = j.get<int>();
}
void decode(const Json& j, std::uint64_t& x, const std::string& place) {
    if (!j.is_number_unsigned())
        fail(place, "a count");
    x = j.get<std::uint64_t>();
}
void decode(const Json& j, std::string& x, const std::string& place) {
    if (!j.is_string())
        fail(place, "a text");
    x = j.get<std::string>();
}
void decode(const Json& j, Operation& x, const std::string& place) {
    if (j != "read" && j != "write")
        fail(place, "\"read\" or \"write\"");
    x = j == "write" ? Operation::Write : Operation::Read;
}
void decode(const Json& j, Interval& x, const std::string& place) {
    if (!j.is_array() || j.size() != 3)
        fail(place, "[mean, half-width, replications]");
    decode(j[0], x.mean, place + "[0]");
    decode(j[1], x.halfWidth, place + "[1]");
    decode(j[2], x.replications, place + "[2]");
}
template <class T> void decode(const Json& j, std::vector<T>& items, const std::string& place);
void decode(const Json& j, Message& x, const std::string& place) {
    std::string context;
    if (!j.is_object() || !j.contains("context") || !j.contains("text") || !j.contains("args"))
        fail(place, "{\"context\", \"text\", \"args\"}");
    decode(j["context"], context, place + ".context");
    x.context = keptContext(context);
    decode(j["text"], x.text, place + ".text");
    decode(j["args"], x.args, place + ".args");
}
template <Structure S> void decode(const Json& j, S& s, const std::string& place);
template <class T> void decode(const Json& j, std::vector<T>& items, const std::string& place) {
    if (!j.is_array())
        fail(place, "a list");
    items.resize(j.size());
    for (std::size_t i = 0; i < j.size(); ++i)
        decode(j[i], items[i], place + "[" + std::to_string(i) + "]");
}

struct Reader {
    const Json& in;
    const std::string& place;
    template <class T> void operator()(const char* key, T& value) {
        const auto found = in.find(key);
        if (found == in.end())
            fail(place + "." + key, "present");
        decode(*found, value, place + "." + key);
    }
};

template <Structure S> void decode(const Json& j, S& s, const std::string& place) {
    if (!j.is_object())
        fail(place, "an object");
    Reader reader{j, place};
    fields(reader, s);
}

} // namespace

std::string resultToJson(const SimulationResult& result) {
    Json out = encode(result);
    out["format"] = kFormat;
    out["version"] = kVersion;
    return out.dump();
}

Result<SimulationResult> resultFromJson(const std::string& text) {
    auto problem = [](const std::string& place, const std::string& what) {
        return makeProblem(place, "Simulator",
                           SDS_TRANSLATE_NOOP("Simulator",
                                              "the stored results cannot be read (%1); run the "
                                              "simulation again"),
                           {what});
    };
    const Json json = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded())
        return problem("results", "not JSON");
    if (!json.is_object() || json.value("format", "") != kFormat)
        return problem("results", std::string("not ") + kFormat);
    if (json.value("version", 0) != kVersion)
        return problem("results.version", "a newer studio's");
    SimulationResult result;
    try {
        decode(json, result, "results");
    } catch (const Unreadable& unreadable) {
        const std::string what = unreadable.what();
        const std::size_t colon = what.find(": ");
        return problem(what.substr(0, colon), "wanted " + what.substr(colon + 2));
    }
    return result;
}

} // namespace studio::core::sim
