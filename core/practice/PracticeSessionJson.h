#pragma once

// A practice session kept whole for the library (practice_sessions.session):
// {"format": "sdstudio-practice", "version": 1, "template", "title", "prompt",
// "total_minutes", "planned": [s x4], "spent": [s x4], "phase", "started_ms",
// "submitted_ms", "functional", "non_functional": [{"topic", "answer",
// "asked_interviewer"}], "estimation" (the design file's keys), "api": [{"method", "path",
// "request", "response"}], "data_model": [{"name", "store", "shard_key"}], "deep_dive":
// [{"topic", "covered", "note"}], "curveballs": [{"id", "statement", "outcome", "answer"}],
// "trade_offs", "ten_times", "monitoring", "hints": [{"item", "level"}],
// "self_assessment": [{"topic", "rating"}], "design" (the design file's object), "score":
// {"earned", "possible", "categories": [[earned, possible] x5], "missed": [ids]}}.
#include "library/LibraryEntries.h"
#include "practice/PracticeSession.h"
#include "util/Result.h"

#include <string>

namespace studio::core::practice {

std::string sessionToJson(const PracticeSession& session);
// Problems (context "Practice", place "session" and the field) when the text is not one
// sessionToJson wrote, or its design does not read.
Result<PracticeSession> sessionFromJson(const std::string& text);

// The score summary alone: {"earned", "possible", "categories", "missed"}.
std::string summaryToJson(const ScoreSummary& summary);
Result<ScoreSummary> summaryFromJson(const std::string& text);

// The session as the library keeps it (Library::savePractice).
PracticeRecord practiceRecord(const PracticeSession& session);

} // namespace studio::core::practice
