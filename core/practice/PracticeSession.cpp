#include "practice/PracticeSession.h"

#include "util/Message.h"

namespace studio::core::practice {

const char* phaseKey(Phase phase) {
    static const char* const keys[] = {"clarify", "high_level", "deep_dive", "wrap_up"};
    return keys[static_cast<std::size_t>(phase)];
}

const char* phaseTitle(Phase phase) {
    static const char* const titles[] = {
        SDS_TRANSLATE_NOOP("Practice", "Clarify"),
        SDS_TRANSLATE_NOOP("Practice", "High-level design"),
        SDS_TRANSLATE_NOOP("Practice", "Deep dive"),
        SDS_TRANSLATE_NOOP("Practice", "Wrap up"),
    };
    return titles[static_cast<std::size_t>(phase)];
}

std::array<double, kPhaseCount> plannedSeconds(double totalMinutes) {
    constexpr std::array<double, kPhaseCount> seedMinutes = {5, 15, 20, 5}; // 45 in all
    std::array<double, kPhaseCount> planned{};
    for (std::size_t i = 0; i < kPhaseCount; ++i)
        planned[i] = seedMinutes[i] / 45 * totalMinutes * 60;
    return planned;
}

const std::vector<std::string>& nonFunctionalTopics() {
    static const std::vector<std::string> topics = {"scale",       "latency",    "availability",
                                                    "consistency", "durability", "security",
                                                    "cost",        "geography"};
    return topics;
}

const std::vector<std::string>& deepDiveTopics() {
    static const std::vector<std::string> topics = {"bottlenecks", "sharding", "caching",
                                                    "consistency", "failures", "hot_keys"};
    return topics;
}

const std::vector<std::string>& selfAssessedTopics() {
    static const std::vector<std::string> topics = {"api", "data_model", "trade_offs", "ten_times",
                                                    "monitoring"};
    return topics;
}

PracticeSession newSession(const std::string& templateId, const std::string& title,
                           const std::string& prompt, double totalMinutes) {
    PracticeSession s;
    s.templateId = templateId;
    s.title = title;
    s.prompt = prompt;
    s.totalMinutes = totalMinutes;
    s.planned = plannedSeconds(totalMinutes);
    for (const std::string& topic : nonFunctionalTopics())
        s.nonFunctional.push_back({topic, {}, false});
    for (const std::string& topic : deepDiveTopics())
        s.deepDive.push_back({topic, false, {}});
    for (const std::string& topic : selfAssessedTopics())
        s.selfAssessment.push_back({topic, -1});
    s.design.name = title;
    return s;
}

Design answerDesign(const PracticeSession& session) {
    Design design = session.design;
    design.estimation = session.estimation;
    return design;
}

} // namespace studio::core::practice
