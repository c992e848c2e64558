#include "practice/PracticeSessionJson.h"

#include "format/DesignJson.h"
#include "util/JsonCodec.h"

namespace studio::core {

namespace json {

using namespace practice;

template <> struct Fields<NonFunctionalAnswer> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("topic", s.topic), v("answer", s.answer), v("asked_interviewer", s.askedInterviewer);
    }
};

template <> struct Fields<Endpoint> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("method", s.method), v("path", s.path), v("request", s.request);
        v("response", s.response);
    }
};

template <> struct Fields<Entity> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("name", s.name), v("store", s.store), v("shard_key", s.shardKey);
    }
};

template <> struct Fields<ChecklistAnswer> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("topic", s.topic), v("covered", s.covered), v("note", s.note);
    }
};

template <> struct Fields<CurveballAnswer> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("id", s.id), v("statement", s.statement), v("outcome", s.outcome);
        v("answer", s.answer);
    }
};

template <> struct Fields<HintUse> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("item", s.item), v("level", s.level);
    }
};

template <> struct Fields<SelfAssessment> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("topic", s.topic), v("rating", s.rating);
    }
};

template <> struct Fields<ScoreSummary> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("earned", s.earned), v("possible", s.possible), v("categories", s.categories);
        v("missed", s.missed);
    }
};

template <> struct Fields<PracticeSession> {
    template <class V, class S> static void visit(V& v, S& s) {
        v("template", s.templateId), v("title", s.title), v("prompt", s.prompt);
        v("total_minutes", s.totalMinutes), v("planned", s.planned), v("spent", s.spent);
        v("phase", s.phase), v("started_ms", s.startedMs), v("submitted_ms", s.submittedMs);
        v("functional", s.functional), v("non_functional", s.nonFunctional);
        v("estimation", s.estimation), v("api", s.api), v("data_model", s.dataModel);
        v("deep_dive", s.deepDive), v("curveballs", s.curveballs);
        v("trade_offs", s.tradeOffs), v("ten_times", s.tenTimes);
        v("monitoring", s.monitoring), v("hints", s.hints);
        v("self_assessment", s.selfAssessment), v("design", s.design), v("score", s.score);
    }
};

template <> struct Codec<Phase> {
    static Json write(Phase phase) { return phaseKey(phase); }
    static void read(const Json& j, Phase& phase, const std::string& place) {
        for (std::size_t i = 0; i < kPhaseCount; ++i)
            if (j == phaseKey(static_cast<Phase>(i))) {
                phase = static_cast<Phase>(i);
                return;
            }
        fail(place, "a phase");
    }
};

// The design file's estimation keys.
template <> struct Codec<Estimation> {
    static Json write(const Estimation& e) {
        Json out = Json::object();
        for (const EstimationField& field : estimationFields())
            out[field.key] = json::write(e.*field.member);
        return out;
    }
    static void read(const Json& j, Estimation& e, const std::string& place) {
        if (!j.is_object())
            fail(place, "an object");
        for (const EstimationField& field : estimationFields())
            if (j.contains(field.key))
                json::read(j[field.key], e.*field.member, place + "." + field.key);
    }
};

// The design file's object.
template <> struct Codec<Design> {
    static Json write(const Design& design) { return Json::parse(designToJson(design)); }
    static void read(const Json& j, Design& design, const std::string& place) {
        Result<Design> read = designFromJson(j.dump());
        if (!read)
            throw Unreadable(place + ": " + read.problems().front().text());
        design = std::move(read).value();
    }
};

} // namespace json

namespace practice {

namespace {

constexpr const char* kFormat = "sdstudio-practice";
constexpr int kVersion = 1;

Problem unreadable(const std::string& place, const std::string& what) {
    return makeProblem(place, "Practice",
                       SDS_TRANSLATE_NOOP("Practice", "the practice session cannot be read: %1"),
                       {what});
}

// `text` read as a T whose place is `place`, or the problem.
template <class T> Result<T> readWhole(const json::Json& parsed, const std::string& place) {
    T value;
    try {
        json::read(parsed, value, place);
    } catch (const json::Unreadable& error) {
        const std::string what = error.what();
        const std::size_t colon = what.find(": ");
        return unreadable(what.substr(0, colon), what.substr(colon + 2));
    }
    return value;
}

} // namespace

std::string sessionToJson(const PracticeSession& session) {
    json::Json out = json::write(session);
    out["format"] = kFormat;
    out["version"] = kVersion;
    return out.dump();
}

Result<PracticeSession> sessionFromJson(const std::string& text) {
    const json::Json parsed = json::Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_object() || parsed.value("format", "") != kFormat)
        return unreadable("session", std::string("not ") + kFormat);
    if (parsed.value("version", 0) != kVersion)
        return unreadable("session.version", "a newer studio's");
    return readWhole<PracticeSession>(parsed, "session");
}

std::string summaryToJson(const ScoreSummary& summary) {
    return json::write(summary).dump();
}

Result<ScoreSummary> summaryFromJson(const std::string& text) {
    const json::Json parsed = json::Json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (parsed.is_discarded())
        return unreadable("summary", "not JSON");
    return readWhole<ScoreSummary>(parsed, "summary");
}

PracticeRecord practiceRecord(const PracticeSession& session) {
    PracticeRecord record;
    record.templateId = session.templateId;
    record.title = session.title;
    record.started = session.startedMs;
    if (session.submittedMs > 0)
        record.submitted = session.submittedMs;
    record.earned = session.score.earned;
    record.possible = session.score.possible;
    record.summary = summaryToJson(session.score);
    record.session = sessionToJson(session);
    return record;
}

} // namespace practice
} // namespace studio::core
