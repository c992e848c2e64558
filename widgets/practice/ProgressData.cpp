#include "widgets/practice/ProgressData.h"

#include "practice/PracticeCategories.h"
#include "practice/PracticeSessionJson.h"
#include "templates/BuiltinTemplates.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace studio::widgets {

namespace {

double percent(int earned, int possible) {
    return 100.0 * earned / possible;
}

} // namespace

ProgressData progressData(const std::vector<core::PracticeEntry>& entries) {
    ProgressData data;
    std::map<std::string, int> problemOf; // template id -> index in data.problems
    std::vector<std::pair<std::string, ProgressSession>> sessions; // template id, session
    for (const core::PracticeEntry& entry : entries) {
        const core::PracticeRecord& record = entry.record;
        if (!record.submitted) {
            ++data.unsubmitted;
            continue;
        }
        if (record.possible <= 0)
            continue;
        if (!problemOf.count(record.templateId)) {
            const core::Template* reference = core::findTemplate(record.templateId);
            problemOf[record.templateId] = 0;
            data.problems.push_back(
                {record.templateId, reference ? reference->title : record.title});
        }
        ProgressSession session;
        session.submitted = *record.submitted;
        session.score = percent(record.earned, record.possible);
        auto summary = core::practice::summaryFromJson(record.summary);
        if (summary.ok())
            session.summary = std::move(summary).value();
        else
            ++data.unreadable;
        sessions.emplace_back(record.templateId, std::move(session));
    }
    std::stable_sort(data.problems.begin(), data.problems.end(),
                     [](const ProgressProblem& a, const ProgressProblem& b) {
                         if (a.templateId.empty() != b.templateId.empty())
                             return b.templateId.empty();
                         return a.title < b.title;
                     });
    for (std::size_t n = 0; n < data.problems.size(); ++n)
        problemOf[data.problems[n].templateId] = static_cast<int>(n);
    for (auto& [templateId, session] : sessions) {
        session.problem = problemOf[templateId];
        data.sessions.push_back(std::move(session));
    }
    std::stable_sort(data.sessions.begin(), data.sessions.end(),
                     [](const ProgressSession& a, const ProgressSession& b) {
                         return a.submitted < b.submitted;
                     });
    return data;
}

std::vector<const ProgressSession*> sessionsOf(const ProgressData& data, int problem) {
    std::vector<const ProgressSession*> chosen;
    for (const ProgressSession& session : data.sessions)
        if (problem < 0 || session.problem == problem)
            chosen.push_back(&session);
    return chosen;
}

CategoryScores categoryScores(const std::vector<const ProgressSession*>& sessions) {
    const std::size_t count = core::practice::categoryNames().size();
    CategoryScores scores;
    scores.average.resize(count);
    scores.latest.resize(count);
    std::vector<double> sum(count, 0);
    std::vector<int> counted(count, 0);
    const ProgressSession* latest = nullptr;
    for (const ProgressSession* session : sessions) {
        if (!session->summary)
            continue;
        latest = session;
        const auto& categories = session->summary->categories;
        for (std::size_t c = 0; c < count && c < categories.size(); ++c) {
            if (categories[c][1] <= 0)
                continue;
            sum[c] += percent(categories[c][0], categories[c][1]);
            ++counted[c];
        }
    }
    for (std::size_t c = 0; c < count; ++c) {
        if (counted[c] > 0)
            scores.average[c] = sum[c] / counted[c];
        if (latest && c < latest->summary->categories.size() &&
            latest->summary->categories[c][1] > 0)
            scores.latest[c] =
                percent(latest->summary->categories[c][0], latest->summary->categories[c][1]);
    }
    return scores;
}

std::vector<MissedItem> missedItems(const ProgressData& data,
                                    const std::vector<const ProgressSession*>& sessions) {
    std::map<int, int> sessionsPerProblem;
    std::map<std::pair<int, std::string>, int> misses;
    for (const ProgressSession* session : sessions) {
        if (!session->summary)
            continue;
        ++sessionsPerProblem[session->problem];
        std::vector<std::string> missed = session->summary->missed;
        std::sort(missed.begin(), missed.end());
        missed.erase(std::unique(missed.begin(), missed.end()), missed.end());
        for (const std::string& id : missed)
            ++misses[{session->problem, id}];
    }
    std::vector<MissedItem> items;
    for (const auto& [key, count] : misses) {
        MissedItem item;
        item.problem = key.first;
        item.itemId = key.second;
        item.text = key.second;
        if (const core::Template* reference =
                core::findTemplate(data.problems[static_cast<std::size_t>(key.first)].templateId)) {
            for (const core::RubricItem& rubric : reference->rubric)
                if (rubric.id == key.second)
                    item.text = rubric.text;
        }
        item.missed = count;
        item.sessions = sessionsPerProblem[key.first];
        items.push_back(std::move(item));
    }
    std::stable_sort(items.begin(), items.end(), [](const MissedItem& a, const MissedItem& b) {
        if (a.missed != b.missed)
            return a.missed > b.missed;
        // a.missed / a.sessions > b.missed / b.sessions, without division
        if (a.missed * b.sessions != b.missed * a.sessions)
            return a.missed * b.sessions > b.missed * a.sessions;
        return a.text < b.text;
    });
    return items;
}

ScoreStats scoreStats(const std::vector<const ProgressSession*>& sessions) {
    ScoreStats stats;
    stats.sessions = static_cast<int>(sessions.size());
    if (sessions.empty())
        return stats;
    std::vector<double> scores;
    for (const ProgressSession* session : sessions)
        scores.push_back(session->score);
    stats.average = std::accumulate(scores.begin(), scores.end(), 0.0) / scores.size();
    stats.best = *std::max_element(scores.begin(), scores.end());
    const int window = std::min(3, stats.sessions / 2);
    if (window > 0) {
        const auto end = scores.end();
        const double last = std::accumulate(end - window, end, 0.0) / window;
        const double before = std::accumulate(end - 2 * window, end - window, 0.0) / window;
        stats.trend = last - before;
        stats.trendWindow = window;
    }
    return stats;
}

} // namespace studio::widgets
