#include "sim/ResultJson.h"

#include "util/JsonCodec.h"

#include <mutex>
#include <set>

namespace studio::core {

namespace json {

// Each stored structure's fields, once: the writer and the reader walk the same list.
template <> struct Fields<sim::RequestStats> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("client", s.client), v("class", s.requestClass), v("operation", s.operation);
        v("closed", s.closed), v("arrived", s.arrived), v("completed", s.completed);
        v("dropped", s.dropped), v("rejected", s.rejected), v("timed_out", s.timedOut);
        v("in_flight", s.inFlight), v("retries", s.retries), v("arrival_rate", s.arrivalRate);
        v("throughput", s.throughput), v("goodput", s.goodput), v("answered", s.answered);
        v("mean", s.mean), v("p50", s.p50), v("p95", s.p95), v("p99", s.p99);
        v("p999", s.p999), v("latency_quantiles", s.latencyQuantiles);
    }
};

template <> struct Fields<sim::ComponentStats> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("id", s.id), v("station", s.station), v("cache", s.cache), v("arrivals", s.arrivals);
        v("drops", s.drops), v("rejections", s.rejections), v("wasted", s.wasted);
        v("expired", s.expired), v("bulkhead_refused", s.bulkheadRefused);
        v("breaker_refused", s.breakerRefused), v("retries", s.retries);
        v("arrival_rate", s.arrivalRate), v("served_rate", s.servedRate);
        v("utilisation", s.utilisation), v("mean_queue", s.meanQueue);
        v("max_queue", s.maxQueue), v("mean_in_system", s.meanInSystem);
        v("mean_wait", s.meanWait), v("mean_response", s.meanResponse);
        v("visit_response", s.visitResponse), v("drop_rate", s.dropRate);
        v("hit_ratio", s.hitRatio);
    }
};

template <> struct Fields<sim::HandoffStats> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("link", s.link), v("from", s.from), v("to", s.to), v("messages", s.messages);
        v("dropped", s.dropped), v("message_rate", s.messageRate), v("mean", s.mean);
        v("p99", s.p99);
    }
};

template <> struct Fields<sim::LinkStats> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("id", s.id), v("rate", s.rate), v("class_rates", s.classRates);
    }
};

template <> struct Fields<sim::RequestSeries> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("client", s.client), v("class", s.requestClass), v("arrival_rate", s.arrivalRate);
        v("throughput", s.throughput), v("goodput", s.goodput), v("error_rate", s.errorRate);
        v("mean", s.mean), v("p50", s.p50), v("p95", s.p95), v("p99", s.p99);
    }
};

template <> struct Fields<sim::ComponentSeries> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("id", s.id), v("utilisation", s.utilisation), v("mean_queue", s.meanQueue);
    }
};

template <> struct Fields<sim::SimulationSeries> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("measure_start", s.measureStart), v("start", s.start), v("width", s.width);
        v("requests", s.requests), v("components", s.components);
        v("components_capped", s.componentsCapped);
    }
};

template <> struct Fields<sim::SimulationResult> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("replications", s.replications), v("seed", s.seed), v("duration", s.duration);
        v("measured", s.measured), v("events", s.events), v("cancelled", s.cancelled);
        v("requests", s.requests), v("components", s.components), v("handoffs", s.handoffs);
        v("links", s.links), v("classes", s.classes), v("series", s.series);
        v("notes", s.notes);
    }
};

template <> struct Codec<Operation> {
    static Json write(Operation x) { return x == Operation::Write ? "write" : "read"; }
    static void read(const Json& j, Operation& x, const std::string& place) {
        if (j != "read" && j != "write")
            fail(place, "\"read\" or \"write\"");
        x = j == "write" ? Operation::Write : Operation::Read;
    }
};

// [mean, half-width, replications]
template <> struct Codec<sim::Interval> {
    static Json write(const sim::Interval& x) {
        return Json::array({json::write(x.mean), json::write(x.halfWidth), x.replications});
    }
    static void read(const Json& j, sim::Interval& x, const std::string& place) {
        if (!j.is_array() || j.size() != 3)
            fail(place, "[mean, half-width, replications]");
        json::read(j[0], x.mean, place + "[0]");
        json::read(j[1], x.halfWidth, place + "[1]");
        json::read(j[2], x.replications, place + "[2]");
    }
};

template <> struct Codec<Message> {
    // Message::context points to a text that lives for ever: the texts read are kept.
    static const char* keptContext(const std::string& context) {
        static std::mutex mutex;
        static std::set<std::string> kept;
        const std::lock_guard lock(mutex);
        return kept.insert(context).first->c_str();
    }
    static Json write(const Message& x) {
        return Json{{"context", x.context}, {"text", x.text}, {"args", x.args}};
    }
    static void read(const Json& j, Message& x, const std::string& place) {
        if (!j.is_object() || !j.contains("context"))
            fail(place, "{\"context\", \"text\", \"args\"}");
        std::string context;
        json::read(j["context"], context, place + ".context");
        x.context = keptContext(context);
        if (!j.contains("text") || !j.contains("args"))
            fail(place, "{\"context\", \"text\", \"args\"}");
        json::read(j["text"], x.text, place + ".text");
        json::read(j["args"], x.args, place + ".args");
    }
};

} // namespace json

namespace sim {

namespace {

using json::Json;

constexpr const char* kFormat = "sdstudio-run-results";
constexpr int kVersion = 1;

} // namespace

std::string resultToJson(const SimulationResult& result) {
    Json out = json::write(result);
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
    const Json parsed = Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
        return problem("results", "not JSON");
    if (!parsed.is_object() || parsed.value("format", "") != kFormat)
        return problem("results", std::string("not ") + kFormat);
    if (parsed.value("version", 0) != kVersion)
        return problem("results.version", "a newer studio's");
    SimulationResult result;
    try {
        json::read(parsed, result, "results");
    } catch (const json::Unreadable& unreadable) {
        const std::string what = unreadable.what();
        const std::size_t colon = what.find(": ");
        return problem(what.substr(0, colon), "wanted " + what.substr(colon + 2));
    }
    return result;
}

} // namespace sim
} // namespace studio::core
