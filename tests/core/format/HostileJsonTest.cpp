// Hostile JSON text: nesting deep enough to overflow a recursive reader, bytes after the
// object, a NUL byte, huge arrays. Each is refused with its place, or read in linear time.
#include "TestDesigns.h"

#include "format/DesignJson.h"
#include "format/JsonTreeBuilder.h"
#include "templates/TemplateJson.h"

#include <gtest/gtest.h>

namespace studio::core {
namespace {

using test::describe;

const std::string kHeader = R"({"format": "sdstudio-design", "version": 1, )";

Problems parseProblems(const std::string& text) {
    const auto parsed = designFromJson(text);
    EXPECT_FALSE(parsed.ok()) << "parsed without problems";
    return parsed.ok() ? Problems{} : parsed.problems();
}

std::string nestedArrays(std::size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
}

std::string nestedObjects(std::size_t depth) {
    std::string text;
    for (std::size_t i = 0; i < depth; ++i)
        text += R"({"a":)";
    text += "1";
    text += std::string(depth, '}');
    return text;
}

std::string repeated(const std::string& part, std::size_t times) {
    std::string text;
    for (std::size_t i = 0; i < times; ++i)
        text += part;
    return text;
}

// The issue's attack: a value 50,000 levels deep followed by another key crashed the reader
// (a stack overflow while copying the value).
TEST(HostileJson, DeepArrayInTheNameIsRefusedWithItsPlace) {
    const std::string text =
        kHeader + R"("name": )" + nestedArrays(50000) + R"(, "description": "after"})";
    const Problems problems = parseProblems(text);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    // The 65th bracket, counting the top-level object as the first level.
    const std::size_t column = kHeader.size() + std::string(R"("name": )").size() + 64;
    EXPECT_EQ(problems[0].place, "name" + repeated("[0]", 63));
    EXPECT_EQ(problems[0].text().substr(problems[0].place.size()),
              ": nested deeper than 64 levels at line 1, column " + std::to_string(column) +
                  "; a design file is never this deep");
}

TEST(HostileJson, DeepObjectInAPropertyIsRefusedWithItsPlace) {
    const std::string text = kHeader + R"("components": [{"id": "s", "kind": "service",
        "properties": {"workers": )" +
                             nestedObjects(50000) + R"(}}], "description": "after"})";
    const Problems problems = parseProblems(text);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].place.rfind("components[0].properties.workers.a.a", 0), 0u)
        << problems[0].place;
    EXPECT_NE(problems[0].text().find("nested deeper than 64 levels at line 2, column "),
              std::string::npos)
        << problems[0].text();
}

TEST(HostileJson, SixtyFourLevelsAreJson) {
    // 64 levels in all: the file's object and 63 arrays; the name is then merely a list.
    Problems problems = parseProblems(kHeader + R"("name": )" + nestedArrays(63) + "}");
    EXPECT_PROBLEM(problems, "name", "expected a string, got a list");
    problems = parseProblems(kHeader + R"("name": )" + nestedArrays(64) + "}");
    EXPECT_PROBLEM(problems, "name" + repeated("[0]", 63), "nested deeper than 64 levels");
}

TEST(HostileJson, DeepTemplateIsRefused) {
    const auto parsed = templateFromJson(R"({"format": "sdstudio-template", "version": 1,
        "design": )" + nestedArrays(50000) +
                                         "}");
    ASSERT_FALSE(parsed.ok());
    EXPECT_PROBLEM(parsed.problems(), "design" + repeated("[0]", 63),
                   "nested deeper than 64 levels at line 2");
}

TEST(HostileJson, NulByteAndWhatFollowsAreRefused) {
    std::string text = kHeader + R"("name": "x"})";
    const std::size_t column = text.size() + 1;
    text += std::string(1, '\0') + "GARBAGE";
    const Problems problems = parseProblems(text);
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_EQ(problems[0].text(), "not valid JSON at line 1, column " + std::to_string(column) +
                                      ": a NUL byte; a design file is text and holds nothing "
                                      "after its JSON object");
    // A NUL inside the object too.
    EXPECT_PROBLEM(parseProblems(kHeader + "\"name\": \"a" + std::string(1, '\0') + "b\"}"), "",
                   "a NUL byte");
}

TEST(HostileJson, TextAfterTheObjectIsRefused) {
    const std::string object = kHeader + R"("name": "x"})";
    EXPECT_PROBLEM(parseProblems(object + "\n{}"), "", "not valid JSON at line 2, column 1");
    EXPECT_PROBLEM(parseProblems(object + " GARBAGE"), "", "expected end of input");
    EXPECT_TRUE(designFromJson(object + " \n\t\r\n").ok());
}

TEST(HostileJson, NumberOverflowSaysWhere) {
    const Problems problems = parseProblems(kHeader + "\n\"estimation\": {\"dau\": 1e309}}");
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_NE(problems[0].text().find("not valid JSON at line 2, column "), std::string::npos)
        << problems[0].text();
    EXPECT_NE(problems[0].text().find("1e309"), std::string::npos) << problems[0].text();
}

TEST(HostileJson, EveryRepeatedKeyIsReported) {
    const Problems problems =
        parseProblems(kHeader + R"("name": "a", "name": "b", "zones": [{"id": "z", "id": "y"}]})");
    EXPECT_PROBLEM(problems, "", "the key \"name\" is given twice");
    EXPECT_PROBLEM(problems, "zones[0]", "the key \"id\" is given twice");
    EXPECT_EQ(problems.size(), 2u) << describe(problems);
}

TEST(HostileJson, ManyObjectsInOneArrayRead) {
    // 20,000 bends: the parser callback scanned the array at each closed object (quadratic).
    std::string bends = repeated(R"({"x": 1, "y": 2},)", 20000);
    bends.pop_back();
    const std::string text = kHeader + R"("components": [
        {"id": "a", "kind": "service"}, {"id": "b", "kind": "service"}],
        "links": [{"from": "a", "to": "b", "bends": [)" +
                             bends + "]}]}";
    const auto parsed = designFromJson(text);
    ASSERT_TRUE(parsed.ok()) << describe(parsed.problems());
    EXPECT_EQ(parsed.value().links.at(0).bends.size(), 20000u);
}

} // namespace
} // namespace studio::core
