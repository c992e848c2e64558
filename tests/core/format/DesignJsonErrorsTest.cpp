#include "TestDesigns.h"

#include "format/DesignJson.h"
#include "format/JsonText.h"
#include "format/Validator.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using test::describe;

Problems parseProblems(const std::string& text) {
    const auto parsed = designFromJson(text);
    EXPECT_FALSE(parsed.ok()) << "parsed without problems:\n" << text;
    return parsed.ok() ? Problems{} : parsed.problems();
}

std::string withHeader(const std::string& body) {
    return R"({"format": "sdstudio-design", "version": 1)" + (body.empty() ? "" : ", " + body) +
           "}";
}

TEST(DesignJsonErrors, EmptyText) {
    const Problems problems = parseProblems("");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].text(), "the file is empty");
    EXPECT_EQ(parseProblems(" \n\t ").at(0).text(), "the file is empty");
}

TEST(DesignJsonErrors, TruncatedJsonGivesLineAndColumn) {
    const Problems problems =
        parseProblems("{\n  \"format\": \"sdstudio-design\",\n  \"version\": 1,\n  \"name\": \"x");
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].place, "");
    EXPECT_NE(problems[0].text().find("not valid JSON at line 4, column "), std::string::npos)
        << problems[0].text();
}

TEST(DesignJsonErrors, SyntaxErrorPointsAtTheCharacter) {
    // The stray "]" is line 3, column 14.
    const Problems problems = parseProblems("{\n  \"format\": \"sdstudio-design\",\n"
                                            "  \"version\": ]\n}");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].text().find("line 3, column 14"), std::string::npos)
        << problems[0].text();
}

TEST(DesignJsonErrors, LineAndColumnCountCharacters) {
    using format::lineAndColumn;
    EXPECT_EQ(lineAndColumn("abc", 0), (std::pair<std::size_t, std::size_t>{1, 1}));
    EXPECT_EQ(lineAndColumn("ab\ncd", 4), (std::pair<std::size_t, std::size_t>{2, 2}));
    EXPECT_EQ(lineAndColumn("\xc3\xa9x", 2), (std::pair<std::size_t, std::size_t>{1, 2}));
    EXPECT_EQ(lineAndColumn("ab", 99), (std::pair<std::size_t, std::size_t>{1, 3}));
}

TEST(DesignJsonErrors, NotJsonAtAll) {
    const Problems problems = parseProblems("components: [cache, db]");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].text().find("not valid JSON at line 1, column 1"), std::string::npos)
        << problems[0].text();
}

TEST(DesignJsonErrors, TopLevelArray) {
    const Problems problems = parseProblems("[1, 2]");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].text(), "a design file holds one JSON object ({...}), got a list");
}

TEST(DesignJsonErrors, NumberTooLarge) {
    const Problems problems = parseProblems(withHeader(R"("estimation": {"dau": 1e400})"));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].text().find("not valid JSON"), std::string::npos) << describe(problems);
}

TEST(DesignJsonErrors, WrongTypes) {
    const Problems problems = parseProblems(withHeader(R"("name": 5,
        "components": [{"id": "a", "kind": "service", "x": "ten", "properties": {"workers": [1]}}],
        "links": {}, "estimation": {"dau": "many"},
        "zones": [{"id": "z", "width": 10, "height": true}])"));
    EXPECT_PROBLEM(problems, "name", "expected a string, got a number");
    EXPECT_PROBLEM(problems, "components[0] \"a\".x", "expected a number, got a string");
    EXPECT_PROBLEM(problems, "components[0] \"a\".properties.workers",
                   "expected a whole number, got a list");
    EXPECT_PROBLEM(problems, "links", "expected a list, got an object");
    EXPECT_PROBLEM(problems, "estimation.dau", "expected a number, got a string");
    EXPECT_PROBLEM(problems, "zones[0] \"z\".height", "expected a number, got true");
    EXPECT_EQ(problems.size(), 6u) << describe(problems);
}

TEST(DesignJsonErrors, WholeNumbersWhereTheModelCounts) {
    const Problems problems = parseProblems(withHeader(R"(
        "components": [{"id": "c", "kind": "service"}, {"id": "d", "kind": "service"}],
        "links": [{"from": "c", "to": "d", "step": 1.5}])"));
    EXPECT_PROBLEM(problems, "links[0].step", "expected a whole number, got 1.5");
}

TEST(DesignJsonErrors, BendsArePointsWithXAndY) {
    Problems problems = parseProblems(withHeader(R"(
        "components": [{"id": "c", "kind": "service"}, {"id": "d", "kind": "service"}],
        "links": [{"from": "c", "to": "d", "bends": [{"x": 1}, {"x": 2, "y": "3"}, 4]}])"));
    EXPECT_PROBLEM(problems, "links[0].bends[0]", "\"y\" is missing");
    EXPECT_PROBLEM(problems, "links[0].bends[1].y", "expected a number, got a string");
    EXPECT_PROBLEM(problems, "links[0].bends[2]", "expected an object, got a number");
    problems = parseProblems(withHeader(R"(
        "components": [{"id": "c", "kind": "service"}, {"id": "d", "kind": "service"}],
        "links": [{"from": "c", "to": "d", "bends": {"x": 1, "y": 2}}])"));
    EXPECT_PROBLEM(problems, "links[0].bends", "expected a list, got an object");
}

TEST(DesignJsonErrors, BadEnumName) {
    const Problems problems = parseProblems(withHeader(R"(
        "links": [{"from": "c", "to": "d", "mode": "chose"}])"));
    EXPECT_PROBLEM(problems, "links[0].mode",
                   "expected one of choose, call, handoff, got \"chose\"");
}

TEST(DesignJsonErrors, UnknownKind) {
    const Problems problems =
        parseProblems(withHeader(R"("components": [{"id": "x", "kind": "mainframe"}])"));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text(),
              "components[0] \"x\": kind \"mainframe\" is not a kind this studio knows "
              "(docs/FORMAT.md lists them)");
}

TEST(DesignJsonErrors, UnknownKeys) {
    const Problems problems = parseProblems(withHeader(R"("compnents": [],
        "components": [{"id": "db", "kind": "sql_database", "properties": {"shard": 2},
                        "servce": {}}])"));
    EXPECT_PROBLEM(problems, "", "unknown key \"compnents\" (expected one of: format, version");
    EXPECT_PROBLEM(problems, "components[0] \"db\"",
                   "kind sql_database has no property \"shard\" (it has: shards, replicas");
    EXPECT_PROBLEM(problems, "components[0] \"db\"", "unknown key \"servce\"");
    EXPECT_EQ(problems.size(), 3u) << describe(problems);
}

TEST(DesignJsonErrors, UnknownKeyInNestedObjects) {
    const Problems problems = parseProblems(withHeader(R"(
        "components": [{"id": "u", "kind": "client", "workload": {"rate": 5, "clases": [],
            "retry": {"max_retry": 1}}}])"));
    EXPECT_PROBLEM(problems, "components[0] \"u\".workload", "unknown key \"clases\"");
    EXPECT_PROBLEM(problems, "components[0] \"u\".workload.retry", "unknown key \"max_retry\"");
}

TEST(DesignJsonErrors, DuplicateKey) {
    const Problems problems = parseProblems(withHeader(R"(
        "components": [{"id": "a", "kind": "cache", "properties": {"ttl": 1, "ttl": 2}}])"));
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text(),
              "components[0].properties: the key \"ttl\" is given twice; keep only one");
}

TEST(DesignJsonErrors, NewerVersionIsRefusedWithOneProblem) {
    const Problems problems = parseProblems(
        R"({"format": "sdstudio-design", "version": 2, "components": 3, "teleporter": {}})");
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text(),
              "version: this file is format version 2, newer than this studio reads (1); open "
              "it with a newer System Design Studio");
}

TEST(DesignJsonErrors, VersionMissingOrImpossible) {
    EXPECT_PROBLEM(parseProblems(R"({"format": "sdstudio-design"})"), "", "\"version\" is missing");
    EXPECT_PROBLEM(parseProblems(R"({"format": "sdstudio-design", "version": 0})"), "version",
                   "there is no format version 0");
    EXPECT_PROBLEM(parseProblems(R"({"format": "sdstudio-design", "version": "1"})"), "version",
                   "expected a whole number, got a string");
}

TEST(DesignJsonErrors, MissingFormat) {
    const Problems problems = parseProblems(R"({"version": 1, "name": "x"})");
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text(), "\"format\" is missing: a System Design Studio design starts "
                                  "with \"format\": \"sdstudio-design\"");
}

TEST(DesignJsonErrors, OtherFormat) {
    const Problems problems = parseProblems(R"({"format": "drawio", "version": 1})");
    EXPECT_PROBLEM(problems, "format", "expected \"sdstudio-design\", got \"drawio\"");
}

TEST(DesignJsonErrors, AnotherFormatIsTheOneProblem) {
    // A template opened as a design used to list every key of it as unknown besides.
    const Problems problems = parseProblems(
        R"({"format": "sdstudio-template", "version": 1, "id": "chat", "design": {}})");
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM(problems, "format",
                   "expected \"sdstudio-design\", got \"sdstudio-template\": this is not a "
                   "System Design Studio design");
}

TEST(DesignJsonErrors, RequiredKeys) {
    const Problems problems = parseProblems(withHeader(R"(
        "components": [{"kind": "service"}, {"id": "b"}], "links": [{"from": "b"}],
        "zones": [{"id": "z", "height": 5}])"));
    EXPECT_PROBLEM(problems, "components[0]", "\"id\" is missing");
    EXPECT_PROBLEM(problems, "components[1] \"b\"", "\"kind\" is missing");
    EXPECT_PROBLEM(problems, "links[0]", "\"to\" is missing");
    EXPECT_PROBLEM(problems, "zones[0] \"z\"", "\"width\" is missing");
}

TEST(DesignJsonErrors, WrongPropertyTypeIsLeftToValidation) {
    // The parser keeps a scalar of the wrong type; validateDesign reports it with the
    // property's own words, so each rule is reported once.
    const auto parsed = designFromJson(withHeader(R"(
        "components": [{"id": "db", "kind": "sql_database",
                        "properties": {"shards": "two", "replicas": 2.5}}])"));
    ASSERT_TRUE(parsed.ok()) << describe(parsed.problems());
    const Problems problems = validateDesign(parsed.value());
    EXPECT_PROBLEM(problems, "components[0] \"db\"", "shards must be a number, got string");
    EXPECT_PROBLEM(problems, "components[0] \"db\"", "replicas must be a whole number, got 2.5");
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
}

} // namespace
} // namespace studio::core
