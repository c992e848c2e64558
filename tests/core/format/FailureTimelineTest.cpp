// The failure timeline (the top-level "failures" key): its names, reading and writing, the
// rules validateDesign() keeps, and its documentation in docs/FORMAT.md.

#include "TestDesigns.h"

#include "format/DesignFile.h"
#include "format/DesignJson.h"
#include "format/Validator.h"
#include "model/EnumNames.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <set>
#include <sstream>

// Components of smallDesign(): users, lb, app (service), cache, db (sql_database), queue,
// worker, note (text_note). Zones: region, az (in region).

namespace studio::core {
namespace {

namespace fs = std::filesystem;
using test::describe;
using test::smallDesign;

const fs::path kDocs = fs::path(STUDIO_SOURCE_DIR) / "docs";
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

FailureEvent event(FailureKind kind, std::string target, double start, double duration) {
    FailureEvent out;
    out.kind = kind;
    out.target = std::move(target);
    out.start = start;
    out.duration = duration;
    return out;
}

// smallDesign() with app at 3 instances and one event of every kind, each key off its default.
Design designWithTimeline() {
    Design design = smallDesign();
    design.findComponent("app")->properties["instances"] = std::int64_t{3};
    FailureEvent down = event(FailureKind::Down, "app", 10, 30);
    down.instances = 2;
    down.crashMode = CrashMode::Refuse;
    FailureEvent slow = event(FailureKind::Slow, "db", 20.5, 15);
    slow.factor = 4.5;
    FailureEvent partitioned = event(FailureKind::Partitioned, "lb", 0, 60);
    partitioned.zone = "az";
    FailureEvent flushed = event(FailureKind::Flushed, "cache", 100, 0.25);
    flushed.refill = 30;
    FailureEvent zoneDown = event(FailureKind::ZoneDown, "az", 200, 45);
    zoneDown.crashMode = CrashMode::Refuse;
    design.failures = {down, slow, partitioned, flushed, zoneDown};
    return design;
}

Design roundTrip(const Design& design) {
    const auto parsed = designFromJson(designToJson(design));
    EXPECT_TRUE(parsed.ok()) << describe(parsed.problems());
    return parsed.ok() ? parsed.value() : Design{};
}

nlohmann::ordered_json writtenFailures(const Design& design) {
    const auto json = nlohmann::ordered_json::parse(designToJson(design));
    return json.contains("failures") ? json["failures"] : nlohmann::ordered_json();
}

std::vector<std::string> keysOf(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.push_back(key);
    return keys;
}

// --- Names ---------------------------------------------------------------------------------

TEST(FailureTimeline, EnumNames) {
    EXPECT_STREQ(toString(FailureKind::Down), "down");
    EXPECT_STREQ(toString(FailureKind::Slow), "slow");
    EXPECT_STREQ(toString(FailureKind::Partitioned), "partitioned");
    EXPECT_STREQ(toString(FailureKind::Flushed), "flushed");
    EXPECT_STREQ(toString(FailureKind::ZoneDown), "zone_down");
    EXPECT_EQ(enumNames<FailureKind>().size(), 5u);
    EXPECT_STREQ(toString(CrashMode::Silent), "silent");
    EXPECT_STREQ(toString(CrashMode::Refuse), "refuse");
    EXPECT_EQ(enumNames<CrashMode>().size(), 2u);
    EXPECT_EQ(parseEnum<FailureKind>("zone_down"), FailureKind::ZoneDown);
    EXPECT_EQ(parseEnum<CrashMode>("refuse"), CrashMode::Refuse);
    EXPECT_FALSE(parseEnum<FailureKind>("zone-down"));
}

// --- Reading and writing -------------------------------------------------------------------

TEST(FailureTimeline, TimelineDesignIsValid) {
    const Design design = designWithTimeline();
    EXPECT_TRUE(validateDesign(design).empty()) << describe(validateDesign(design));
}

TEST(FailureTimeline, EveryKindRoundTrips) {
    const Design design = designWithTimeline();
    std::set<FailureKind> kinds;
    for (const auto& failure : design.failures)
        kinds.insert(failure.kind);
    EXPECT_EQ(kinds.size(), enumNames<FailureKind>().size());
    const Design back = roundTrip(design);
    ASSERT_EQ(back.failures.size(), design.failures.size());
    for (std::size_t i = 0; i < design.failures.size(); ++i)
        EXPECT_EQ(back.failures[i], design.failures[i]) << toString(design.failures[i].kind);
    EXPECT_EQ(back, design);
    EXPECT_EQ(designToJson(back), designToJson(design));
}

TEST(FailureTimeline, EveryKindRoundTripsAtItsDefaults) {
    Design design = smallDesign();
    FailureEvent slow = event(FailureKind::Slow, "db", 0, 1);
    slow.factor = 2;
    FailureEvent partitioned = event(FailureKind::Partitioned, "app", 0, 1);
    partitioned.zone = "region";
    design.failures = {event(FailureKind::Down, "app", 0, 1), slow, partitioned,
                       event(FailureKind::Flushed, "cache", 0, 1),
                       event(FailureKind::ZoneDown, "region", 0, 1)};
    EXPECT_TRUE(validateDesign(design).empty()) << describe(validateDesign(design));
    EXPECT_EQ(roundTrip(design), design);
}

TEST(FailureTimeline, WritesOnlyTheKeysOfTheKind) {
    const auto failures = writtenFailures(designWithTimeline());
    ASSERT_EQ(failures.size(), 5u);
    using Keys = std::vector<std::string>;
    const Keys common = {"kind", "target", "start", "duration"};
    const auto with = [&](Keys extra) {
        Keys keys = common;
        keys.insert(keys.end(), extra.begin(), extra.end());
        return keys;
    };
    EXPECT_EQ(keysOf(failures[0]), with({"instances", "crash_mode"}));
    EXPECT_EQ(keysOf(failures[1]), with({"factor"}));
    EXPECT_EQ(keysOf(failures[2]), with({"zone"}));
    EXPECT_EQ(keysOf(failures[3]), with({"refill"}));
    EXPECT_EQ(keysOf(failures[4]), with({"crash_mode"}));
    EXPECT_EQ(failures[0]["kind"], "down");
    EXPECT_EQ(failures[0]["crash_mode"], "refuse");
    EXPECT_EQ(failures[1]["factor"], 4.5);
    EXPECT_EQ(failures[4]["kind"], "zone_down");
}

TEST(FailureTimeline, WritesNeitherDefaultsNorAnotherKindsKeys) {
    Design design = smallDesign();
    FailureEvent down = event(FailureKind::Down, "app", 1, 2);
    down.factor = 3;  // a slow event's
    down.refill = 5;  // a flushed event's
    down.zone = "az"; // a partitioned event's
    FailureEvent flushed = event(FailureKind::Flushed, "cache", 1, 2);
    flushed.instances = 1; // a down event's
    flushed.crashMode = CrashMode::Refuse;
    design.failures = {down, flushed};
    const auto failures = writtenFailures(design);
    ASSERT_EQ(failures.size(), 2u);
    const std::vector<std::string> common = {"kind", "target", "start", "duration"};
    EXPECT_EQ(keysOf(failures[0]), common);
    EXPECT_EQ(keysOf(failures[1]), common);
}

TEST(FailureTimeline, EmptyTimelineWritesNoKey) {
    const Design design = smallDesign();
    ASSERT_TRUE(design.failures.empty());
    EXPECT_EQ(designToJson(design).find("\"failures\""), std::string::npos);
    const auto parsed =
        designFromJson(R"({"format": "sdstudio-design", "version": 1, "failures": []})");
    ASSERT_TRUE(parsed.ok()) << describe(parsed.problems());
    EXPECT_TRUE(parsed.value().failures.empty());
}

TEST(FailureTimeline, FileWithoutFailuresRoundTripsByteIdentically) {
    const fs::path path = kDocs / "examples" / "url-shortener.json";
    const std::string text = readText(path);
    ASSERT_EQ(text.find("\"failures\""), std::string::npos);
    const auto design = loadDesignFile(path.string());
    ASSERT_TRUE(design.ok()) << describe(design.problems());
    EXPECT_TRUE(design.value().failures.empty());
    EXPECT_EQ(designToJson(design.value()), text);
}

TEST(FailureTimeline, ExampleLoadsValidatesAndIsWrittenAsTheStudioWritesIt) {
    const fs::path path = kDocs / "examples" / "failures" / "one-server-down.json";
    const auto design = loadDesignFile(path.string());
    ASSERT_TRUE(design.ok()) << describe(design.problems());
    EXPECT_EQ(designToJson(design.value()), readText(path));
    const auto& failures = design.value().failures;
    ASSERT_EQ(failures.size(), 2u);
    EXPECT_EQ(failures[0].kind, FailureKind::Down);
    EXPECT_EQ(failures[0].instances, 1);
    EXPECT_EQ(failures[0].crashMode, CrashMode::Refuse);
    EXPECT_EQ(failures[1].kind, FailureKind::Slow);
    EXPECT_GT(failures[1].factor, 1);
}

// --- Problems of the structure (designFromJson) ---------------------------------------------

Problems readProblems(const std::string& failures) {
    const std::string text =
        R"({"format": "sdstudio-design", "version": 1, "failures": )" + failures + "}";
    const auto parsed = designFromJson(text);
    EXPECT_FALSE(parsed.ok()) << "read without problems: " << failures;
    return parsed.ok() ? Problems{} : parsed.problems();
}

// Whether some problem is about the design's `field` (`failures[0].kind`) and its text holds
// `fragment`.
bool hasProblemAt(const Problems& problems, const std::string& place, const std::string& field,
                  const std::string& fragment) {
    for (const auto& problem : problems)
        if (problem.place == place && problem.about.kind == ProblemSubject::Kind::Design &&
            problem.about.field() == field && problem.text().find(fragment) != std::string::npos)
            return true;
    return false;
}

#define EXPECT_PROBLEM_AT(problems, place, field, fragment)                                        \
    EXPECT_TRUE(hasProblemAt((problems), (place), (field), (fragment)))                            \
        << "no problem at [" << (place) << "] about " << (field) << " containing \"" << (fragment) \
        << "\" in:\n"                                                                              \
        << describe(problems)

TEST(FailureTimeline, ReadRequiresKindTargetStartAndDuration) {
    const Problems problems = readProblems("[{}]");
    EXPECT_PROBLEM_AT(problems, "failures[0]", "failures[0].kind", "\"kind\" is missing");
    EXPECT_PROBLEM_AT(problems, "failures[0]", "failures[0].target", "\"target\" is missing");
    EXPECT_PROBLEM_AT(problems, "failures[0]", "failures[0].start", "\"start\" is missing");
    EXPECT_PROBLEM_AT(problems, "failures[0]", "failures[0].duration", "\"duration\" is missing");
    EXPECT_EQ(problems.size(), 4u) << describe(problems);
}

TEST(FailureTimeline, ReadRequiresFactorOfSlowAndZoneOfPartitioned) {
    const Problems problems = readProblems(
        R"([{"kind": "slow", "target": "db", "start": 0, "duration": 1},
            {"kind": "partitioned", "target": "db", "start": 0, "duration": 1}])");
    EXPECT_PROBLEM_AT(problems, "failures[0]", "failures[0].factor", "\"factor\" is missing");
    EXPECT_PROBLEM_AT(problems, "failures[1]", "failures[1].zone", "\"zone\" is missing");
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
}

TEST(FailureTimeline, ReadReportsBadKindsAndTypes) {
    const Problems problems = readProblems(
        R"([{"kind": "exploded", "target": "db", "start": 0, "duration": 1, "factor": 2},
            {"kind": "down", "target": 7, "start": "now", "duration": 1, "instances": 1.5,
             "crash_mode": "loud"}])");
    EXPECT_PROBLEM_AT(problems, "failures[0].kind", "failures[0].kind",
                      "expected one of down, slow, partitioned, flushed, zone_down, got "
                      "\"exploded\"");
    EXPECT_PROBLEM_AT(problems, "failures[1].target", "failures[1].target",
                      "expected a string, got a number");
    EXPECT_PROBLEM_AT(problems, "failures[1].start", "failures[1].start",
                      "expected a number, got a string");
    EXPECT_PROBLEM_AT(problems, "failures[1].instances", "failures[1].instances",
                      "expected a whole number, got 1.5");
    EXPECT_PROBLEM_AT(problems, "failures[1].crash_mode", "failures[1].crash_mode",
                      "expected one of silent, refuse, got \"loud\"");
    // An unknown kind takes every key: only the kind is wrong.
    EXPECT_EQ(problems.size(), 5u) << describe(problems);
}

TEST(FailureTimeline, ReadReportsUnknownKeys) {
    const Problems problems = readProblems(
        R"([{"kind": "down", "target": "app", "start": 0, "duration": 1, "instance": 1}])");
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM_AT(problems, "failures[0]", "failures[0].instance",
                      "unknown key \"instance\" (expected one of: kind, target, start, duration, "
                      "instances, crash_mode)");
}

TEST(FailureTimeline, ReadRefusesAnotherKindsKeys) {
    const Problems problems = readProblems(
        R"([{"kind": "down", "target": "app", "start": 0, "duration": 1, "factor": 2},
            {"kind": "slow", "target": "app", "start": 0, "duration": 1, "factor": 2,
             "crash_mode": "refuse"}])");
    EXPECT_PROBLEM_AT(problems, "failures[0]", "failures[0].factor",
                      "\"factor\" applies only to slow events; this is a down event");
    EXPECT_PROBLEM_AT(problems, "failures[1]", "failures[1].crash_mode",
                      "\"crash_mode\" applies only to down or zone_down events; this is a slow "
                      "event");
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
}

TEST(FailureTimeline, ReadRefusesATimelineThatIsNotAList) {
    const Problems problems = readProblems(R"({"kind": "down"})");
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM_AT(problems, "failures", "failures", "expected a list, got an object");
}

// --- Validation ----------------------------------------------------------------------------

// designWithTimeline() with its third event replaced by `broken`: the problems are at
// failures[2].
Problems problemsWith(const FailureEvent& broken) {
    Design design = designWithTimeline();
    design.failures[2] = broken;
    return validateDesign(design);
}

void expectOneProblem(const FailureEvent& broken, const std::string& key,
                      const std::string& fragment) {
    const Problems problems = problemsWith(broken);
    EXPECT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM_AT(problems, "failures[2]", "failures[2]." + key, fragment);
}

FailureEvent validSlow() {
    FailureEvent slow = event(FailureKind::Slow, "app", 5, 10);
    slow.factor = 2;
    return slow;
}

TEST(FailureTimeline, TargetMustNameAnExistingComponent) {
    FailureEvent failure = validSlow();
    failure.target = "ghost";
    expectOneProblem(failure, "target",
                     "\"target\" names component \"ghost\", which does not exist");
    failure.target = "";
    expectOneProblem(failure, "target", "\"target\" is empty; it must name a component");
    failure.target = "az";
    expectOneProblem(failure, "target", "\"target\" names zone \"az\"; only a zone_down event");
}

TEST(FailureTimeline, TargetMustTakePartInTheTraffic) {
    FailureEvent failure = validSlow();
    failure.target = "note";
    expectOneProblem(failure, "target", "names text_note \"note\", which takes no part");
    failure.target = "users";
    expectOneProblem(failure, "target",
                     "\"target\" names client \"users\", which serves no requests, so it cannot "
                     "be slow");
    failure.kind = FailureKind::Down;
    expectOneProblem(failure, "target", "names client \"users\", which serves no requests");
    // A client can be cut off from a zone.
    failure.kind = FailureKind::Partitioned;
    failure.zone = "region";
    EXPECT_TRUE(problemsWith(failure).empty()) << describe(problemsWith(failure));
}

TEST(FailureTimeline, ZoneDownTargetMustNameAnExistingZone) {
    FailureEvent failure = event(FailureKind::ZoneDown, "eu-west", 5, 10);
    expectOneProblem(failure, "target", "\"target\" names zone \"eu-west\", which does not exist");
    failure.target = "app";
    expectOneProblem(failure, "target",
                     "\"target\" names component \"app\", but it must name a "
                     "zone");
    failure.target = "";
    expectOneProblem(failure, "target", "\"target\" is empty; it must name a zone");
}

TEST(FailureTimeline, StartMustBeAtLeastZeroAndFinite) {
    FailureEvent failure = validSlow();
    failure.start = -1;
    expectOneProblem(failure, "start", "start must be >= 0, got -1");
    failure.start = kNaN;
    expectOneProblem(failure, "start", "start must be a finite number, got NaN");
    failure.start = kInfinity;
    expectOneProblem(failure, "start", "start must be a finite number, got inf");
}

TEST(FailureTimeline, DurationMustBeAboveZeroAndFinite) {
    FailureEvent failure = validSlow();
    failure.duration = 0;
    expectOneProblem(failure, "duration", "duration must be > 0, got 0");
    failure.duration = -5;
    expectOneProblem(failure, "duration", "duration must be > 0, got -5");
    failure.duration = kInfinity;
    expectOneProblem(failure, "duration", "duration must be a finite number, got inf");
}

TEST(FailureTimeline, SlowFactorMustBeAboveOne) {
    FailureEvent failure = validSlow();
    failure.factor = 1;
    expectOneProblem(failure, "factor", "factor must be > 1, got 1");
    failure.factor = 0.5;
    expectOneProblem(failure, "factor", "factor must be > 1, got 0.5");
    failure.factor = kNaN;
    expectOneProblem(failure, "factor", "factor must be a finite number, got NaN");
}

TEST(FailureTimeline, DownInstancesMustBeWithinTheComponentsInstances) {
    FailureEvent failure = event(FailureKind::Down, "app", 5, 10); // app has 3 instances
    failure.instances = -1;
    expectOneProblem(failure, "instances", "instances must be >= 0, got -1");
    failure.instances = 4;
    expectOneProblem(failure, "instances", "instances must be <= 3 (\"app\" has 3), got 4");
    failure.instances = 3;
    EXPECT_TRUE(problemsWith(failure).empty()) << describe(problemsWith(failure));
    // A data store has shards and replicas instead of instances: no upper limit here.
    failure.target = "db";
    failure.instances = 7;
    EXPECT_TRUE(problemsWith(failure).empty()) << describe(problemsWith(failure));
}

TEST(FailureTimeline, PartitionedZoneMustNameAnExistingZone) {
    FailureEvent failure = event(FailureKind::Partitioned, "app", 5, 10);
    failure.zone = "mars";
    expectOneProblem(failure, "zone", "\"zone\" names zone \"mars\", which does not exist");
    failure.zone = "";
    expectOneProblem(failure, "zone", "\"zone\" is empty; it must name a zone");
    failure.zone = "db";
    expectOneProblem(failure, "zone", "\"zone\" names component \"db\", but it must name a zone");
}

TEST(FailureTimeline, FlushedRefillMustBeAtLeastZero) {
    FailureEvent failure = event(FailureKind::Flushed, "cache", 5, 10);
    failure.refill = -2;
    expectOneProblem(failure, "refill", "refill must be >= 0, got -2");
    failure.refill = kInfinity;
    expectOneProblem(failure, "refill", "refill must be a finite number, got inf");
}

TEST(FailureTimeline, FlushedOnlyOnACacheOrCdn) {
    FailureEvent failure = event(FailureKind::Flushed, "db", 5, 10);
    expectOneProblem(failure, "target",
                     "\"target\" names sql_database \"db\", which caches nothing; only a cache or "
                     "CDN can be flushed");
    Design design = designWithTimeline();
    test::addComponent(design, "cdn", "edge-cache");
    failure.target = "edge-cache";
    design.failures[2] = failure;
    EXPECT_TRUE(validateDesign(design).empty()) << describe(validateDesign(design));
}

TEST(FailureTimeline, ProblemsNameTheEventsPlace) {
    Design design = designWithTimeline();
    design.failures[4].start = -1;
    const Problems problems = validateDesign(design);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text(), "failures[4]: start must be >= 0, got -1");
    EXPECT_EQ(problems[0].about.kind, ProblemSubject::Kind::Design);
    EXPECT_EQ(problems[0].about.path, "failures[4]");
    EXPECT_EQ(problems[0].about.key, "start");
}

// --- Documentation -------------------------------------------------------------------------

TEST(FailureTimeline, FormatMdDocumentsEveryKeyAndName) {
    const std::string doc = readText(kDocs / "FORMAT.md");
    const auto start = doc.find("\n## Failures");
    ASSERT_NE(start, std::string::npos) << "FORMAT.md has no section ## Failures";
    const std::string section = doc.substr(start, doc.find("\n## ", start + 1) - start);
    for (const char* key : {"kind", "target", "start", "duration", "instances", "crash_mode",
                            "factor", "zone", "refill"})
        EXPECT_NE(section.find("| `" + std::string(key) + "` |"), std::string::npos) << key;
    for (const auto& entry : enumNames<FailureKind>())
        EXPECT_NE(section.find("`" + std::string(entry.name) + "`"), std::string::npos)
            << entry.name;
    for (const auto& entry : enumNames<CrashMode>())
        EXPECT_NE(section.find("`" + std::string(entry.name) + "`"), std::string::npos)
            << entry.name;
}

TEST(FailureTimeline, FormatMdExampleIsValid) {
    const std::string doc = readText(kDocs / "FORMAT.md");
    const auto start = doc.find("\n## Failures");
    ASSERT_NE(start, std::string::npos);
    const std::string fence = "```json\n";
    const auto open = doc.find(fence, start);
    ASSERT_NE(open, std::string::npos);
    const auto close = doc.find("```", open + fence.size());
    const std::string failures = doc.substr(open + fence.size(), close - open - fence.size());
    // The example is the key and its list; it strikes url-shortener.json's components.
    std::string text = readText(kDocs / "examples" / "url-shortener.json");
    text.insert(text.rfind('}'), "," + failures);
    const auto design = validDesignFromJson(text);
    ASSERT_TRUE(design.ok()) << describe(design.problems()) << text;
    EXPECT_FALSE(design.value().failures.empty());
}

} // namespace
} // namespace studio::core
