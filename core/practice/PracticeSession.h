#pragma once

// One interview practice (issue 19): the problem, the seed's four-step framework as timed
// phases, everything the person answered in each, the hints they took, the curveballs they
// faced and, once submitted, their score. Kept in the library (practice_sessions) as
// PracticeSessionJson writes it. Times in seconds; wall-clock times in ms since 1970 (UTC).
#include "model/Design.h"
#include "model/Estimation.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace studio::core::practice {

// The seed's framework, in order.
enum class Phase { Clarify, HighLevel, DeepDive, WrapUp };
inline constexpr std::size_t kPhaseCount = 4;

// "clarify", "high_level", "deep_dive", "wrap_up".
const char* phaseKey(Phase phase);
// "Clarify", "High-level design", "Deep dive", "Wrap up" (context "Practice").
const char* phaseTitle(Phase phase);

// The seed's minutes per phase for a 45-minute interview (Clarify 3-5, High-level 10-15,
// Deep dive 15-20, Wrap up 5: the top of each range), scaled to `totalMinutes`; in seconds.
std::array<double, kPhaseCount> plannedSeconds(double totalMinutes);

// The seed's non-functional checklist, in its order: scale, latency, availability,
// consistency, durability, security, cost, geography.
const std::vector<std::string>& nonFunctionalTopics();
// The seed's deep-dive prompts: bottlenecks, sharding and the shard key, caching and its
// invalidation, consistency, failure handling, hot keys.
const std::vector<std::string>& deepDiveTopics();
// What the person assesses themselves on, where no program can judge: the API, the data
// model, the trade-offs, scaling to 10x, monitoring.
const std::vector<std::string>& selfAssessedTopics();

struct NonFunctionalAnswer {
    std::string topic; // one of nonFunctionalTopics()
    std::string answer;
    bool askedInterviewer = false; // the person asked rather than assumed

    bool operator==(const NonFunctionalAnswer&) const = default;
};

struct Endpoint {
    std::string method; // "GET"
    std::string path;   // "/{short_id}"
    std::string request;
    std::string response;

    bool operator==(const Endpoint&) const = default;
};

struct Entity {
    std::string name;     // "url"
    std::string store;    // the component (id or name) it lives in
    std::string shardKey; // "short_id"; empty: not sharded

    bool operator==(const Entity&) const = default;
};

struct ChecklistAnswer {
    std::string topic; // one of deepDiveTopics()
    bool covered = false;
    std::string note;

    bool operator==(const ChecklistAnswer&) const = default;
};

struct CurveballAnswer {
    std::string id;        // Curveball::id
    std::string statement; // as the interviewer said it
    std::string outcome;   // what running it on the design showed (English), if it ran
    std::string answer;    // the person's note

    bool operator==(const CurveballAnswer&) const = default;
};

struct HintUse {
    std::string item; // rubric item id
    int level = 1;    // 1 a nudge, 2 a pointer, 3 the answer

    bool operator==(const HintUse&) const = default;
};

struct SelfAssessment {
    std::string topic; // one of selfAssessedTopics()
    int rating = -1;   // -1 not rated, 0 missed, 1 partly, 2 as the reference

    bool operator==(const SelfAssessment&) const = default;
};

// The score as kept with the session: enough for the progress view without solving again.
struct ScoreSummary {
    int earned = 0;
    int possible = 0;
    // Per rubric category (PracticeCategories.h): earned and possible points, in
    // categoryNames() order.
    std::vector<std::array<int, 2>> categories;
    std::vector<std::string> missed; // rubric item ids not met

    bool operator==(const ScoreSummary&) const = default;
};

struct PracticeSession {
    std::string templateId; // empty: a custom prompt
    std::string title;      // the template's title, or the person's for a custom prompt
    std::string prompt;
    double totalMinutes = 45;
    std::array<double, kPhaseCount> planned{}; // s, with extensions
    std::array<double, kPhaseCount> spent{};   // s
    Phase phase = Phase::Clarify;              // the phase reached
    std::int64_t startedMs = 0;
    std::int64_t submittedMs = 0; // 0: not submitted

    std::vector<std::string> functional; // the person's functional requirements
    std::vector<NonFunctionalAnswer> nonFunctional;
    Estimation estimation; // the person's worksheet
    std::vector<Endpoint> api;
    std::vector<Entity> dataModel;
    std::vector<ChecklistAnswer> deepDive;
    std::vector<CurveballAnswer> curveballs;
    std::string tradeOffs;
    std::string tenTimes;
    std::string monitoring;
    std::vector<HintUse> hints;
    std::vector<SelfAssessment> selfAssessment;
    Design design; // the person's answer
    ScoreSummary score;

    bool operator==(const PracticeSession&) const = default;
};

// A fresh session: the checklists filled with their topics, the canvas empty, the phases
// planned for `totalMinutes`. `templateId` empty: a custom prompt titled `title`.
PracticeSession newSession(const std::string& templateId, const std::string& title,
                           const std::string& prompt, double totalMinutes = 45);

// The design as scored: the person's canvas with their worksheet as its estimation inputs.
Design answerDesign(const PracticeSession& session);

} // namespace studio::core::practice
