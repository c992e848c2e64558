#pragma once

// What the progress view charts, worked out from the library's practice sessions: the
// problems practised, the submitted sessions in the order they were submitted, and the
// figures over a choice of problem (per category averages, the items missed most often, the
// score's average, best and trend). Scores are percentages (0..100) of the points possible.
#include "library/LibraryEntries.h"
#include "practice/PracticeSession.h"

#include <optional>
#include <string>
#include <vector>

namespace studio::widgets {

// A problem practised: a template, or every custom prompt together (templateId empty).
struct ProgressProblem {
    std::string templateId;
    std::string title; // the template's; the first session's for a template no longer built in
};

struct ProgressSession {
    int problem = 0; // index in ProgressData::problems
    core::UnixMs submitted = 0;
    double score = 0; // percent
    // The score per category and the items missed; none when the kept summary does not read.
    std::optional<core::practice::ScoreSummary> summary;
};

struct ProgressData {
    std::vector<ProgressProblem> problems; // templates by title, custom prompts last
    std::vector<ProgressSession> sessions; // submitted ones with points possible, oldest first
    int unsubmitted = 0;                   // kept but not submitted yet: left out of the scores
    int unreadable = 0;                    // submitted, but the summary does not read
};

// `entries` as Library::practices() lists them.
ProgressData progressData(const std::vector<core::PracticeEntry>& entries);

// The sessions of problem `problem` (an index in problems), or of every problem for -1.
std::vector<const ProgressSession*> sessionsOf(const ProgressData& data, int problem);

// Per category (categoryNames() order): the mean of the sessions' percentages in that category
// over the sessions that had points in it, and the latest session's; none where no points.
struct CategoryScores {
    std::vector<std::optional<double>> average;
    std::vector<std::optional<double>> latest;
};
CategoryScores categoryScores(const std::vector<const ProgressSession*>& sessions);

// A rubric item and how many of its problem's sessions (with a readable summary) missed it.
struct MissedItem {
    int problem = 0;
    std::string itemId;
    std::string text; // the rubric item's sentence; its id when the template is not built in
    int missed = 0;
    int sessions = 0;
};
// The items missed at least once, most often first (by count, then by share, then by text).
std::vector<MissedItem> missedItems(const ProgressData& data,
                                    const std::vector<const ProgressSession*>& sessions);

struct ScoreStats {
    int sessions = 0;
    double average = 0;
    double best = 0;
    // The mean of the last `trendWindow` scores minus the mean of the `trendWindow` before
    // them (window 3, or half the sessions when fewer than 6); none for under 2 sessions.
    std::optional<double> trend;
    int trendWindow = 0;
};
ScoreStats scoreStats(const std::vector<const ProgressSession*>& sessions);

} // namespace studio::widgets
