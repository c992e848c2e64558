// A practice session kept whole: every answer, the design, the times and the score read back
// as they were; damage is refused naming the field; the library keeps sessions and lists
// them without their JSON.
#include "practice/PracticeSessionJson.h"
#include "practice/PracticeCategories.h"
#include "templates/BuiltinTemplates.h"

#include <gtest/gtest.h>

namespace studio::core::practice {
namespace {

PracticeSession answered() {
    const Template& t = *findTemplate("url-shortener");
    PracticeSession s = newSession(t.id, t.title, t.design.description, 30);
    s.startedMs = 1'765'000'000'000;
    s.submittedMs = 1'765'000'900'000;
    s.phase = Phase::WrapUp;
    s.spent = {200.5, 610, 800, 150};
    s.planned[2] += 300;
    s.functional = {"Shorten a URL", "Redirect with 301"};
    s.nonFunctional[0].answer = "100M URLs, 10B redirects a month";
    s.nonFunctional[4].askedInterviewer = true;
    s.estimation.dau = 1e8;
    s.estimation.readsPerUserPerDay = 3.3;
    s.api = {{"POST", "/shorten", "{long_url}", "{short_url}"}};
    s.dataModel = {{"url", "url-db", "short_id"}};
    s.deepDive[1] = {"sharding", true, "by short_id"};
    s.curveballs = {{"primary-down", "The database primary fails", "p99 1.2 s", "failover"}};
    s.tradeOffs = "301 against 302";
    s.tenTimes = "shard the database";
    s.monitoring = "RED on the redirect path";
    s.hints = {{"cache-on-read-path", 1}, {"cache-on-read-path", 2}};
    s.selfAssessment[0].rating = 2;
    s.design = t.design;
    const PracticeScore score = scorePractice(answerDesign(s), t);
    s.score = summarize(score, t);
    return s;
}

TEST(PracticeSessionJson, EverythingReadsBackAsItWas) {
    const PracticeSession s = answered();
    const Result<PracticeSession> back = sessionFromJson(sessionToJson(s));
    ASSERT_TRUE(back.ok()) << back.problems().front().text();
    EXPECT_EQ(back.value(), s);
}

TEST(PracticeSessionJson, DamageIsRefusedNamingTheField) {
    std::string text = sessionToJson(answered());
    const std::string key = "\"asked_interviewer\":false";
    ASSERT_NE(text.find(key), std::string::npos);
    text.replace(text.find(key), key.size(), "\"asked_interviewer\":\"no\"");
    const Result<PracticeSession> damaged = sessionFromJson(text);
    ASSERT_FALSE(damaged.ok());
    EXPECT_EQ(damaged.problems().front().place, "session.non_functional[0].asked_interviewer");
    EXPECT_FALSE(sessionFromJson("{}").ok());
    EXPECT_FALSE(sessionFromJson("not json").ok());
}

TEST(PracticeCategories, TheSummaryAddsUpToTheScore) {
    const Template& t = *findTemplate("url-shortener");
    Design empty;
    const PracticeScore score = scorePractice(empty, t);
    const ScoreSummary summary = summarize(score, t);
    ASSERT_EQ(summary.categories.size(), categoryNames().size());
    int possible = 0;
    for (const auto& [earned, of] : summary.categories) {
        EXPECT_EQ(earned, 0);
        possible += of;
    }
    EXPECT_EQ(possible, score.possible);
    EXPECT_EQ(summary.missed.size(), t.rubric.size());

    const ScoreSummary full = summarize(scorePractice(t.design, t), t);
    EXPECT_TRUE(full.missed.empty());
    EXPECT_EQ(full.earned, full.possible);
    EXPECT_EQ(categoryOf(t.rubric.front().check), Category::DataFlow); // a cache on the path
}

} // namespace
} // namespace studio::core::practice
