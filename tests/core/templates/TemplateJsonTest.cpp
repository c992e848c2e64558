// templateFromJson: a valid template reads whole; every kind of mistake is reported at its
// place, in the style of the design format (docs/FORMAT.md, "Places in problems").
#include "../format/TestDesigns.h"
#include "TemplateTestSupport.h"

#include "templates/TemplateJson.h"

#include <gtest/gtest.h>

#include <functional>

namespace studio::core {
namespace {

using test::describe;
using Json = nlohmann::ordered_json;

// The problems of the test template after `edit`; none means it parsed.
Problems problemsAfter(const std::function<void(Json&)>& edit) {
    Json json = test::testTemplateJson();
    edit(json);
    const auto parsed = templateFromJson(json.dump(2));
    return parsed.ok() ? Problems{} : parsed.problems();
}

Json& check(Json& json, std::size_t item) {
    return json["rubric"][item]["check"];
}

TEST(TemplateJson, ReadsTheTestTemplate) {
    const auto parsed = templateFromJson(test::testTemplateText(), "test-template");
    ASSERT_TRUE(parsed.ok()) << describe(parsed.problems());
    const Template& t = parsed.value();
    EXPECT_EQ(t.id, "test-template");
    EXPECT_EQ(t.title, "Paste bin (test)");
    EXPECT_EQ(t.order, 1);
    EXPECT_EQ(t.design.name, "Paste bin");
    EXPECT_EQ(t.design.components.size(), 7u);
    ASSERT_EQ(t.rubric.size(), 5u);
    EXPECT_EQ(t.rubric[0].points, 1); // the default
    EXPECT_EQ(t.rubric[1].points, 2);
    EXPECT_TRUE(t.rubric[0].seed.empty()); // seed and hints are optional
    EXPECT_TRUE(t.rubric[0].hints.empty());
    EXPECT_EQ(t.rubric[1].seed,
              "Read: App → Cache? Hit → Return | Miss → DB → Write Cache → Return");
    ASSERT_EQ(t.rubric[1].hints.size(), 2u);
    EXPECT_EQ(t.rubric[1].hints[1], "Put an in-memory store between the service and the database.");

    const auto* present = std::get_if<KindPresentCheck>(&t.rubric[0].check);
    ASSERT_NE(present, nullptr);
    EXPECT_EQ(present->kinds, std::vector<std::string>{"cache"});
    EXPECT_EQ(present->min, 1);
    const auto* path = std::get_if<PathCheck>(&t.rubric[1].check);
    ASSERT_NE(path, nullptr);
    EXPECT_EQ(path->from, (std::vector<std::string>{"load_balancer_l7", "api_gateway"}));
    EXPECT_EQ(path->via, std::vector<std::string>{"service"});
    const auto* mode = std::get_if<LinkModeCheck>(&t.rubric[2].check);
    ASSERT_NE(mode, nullptr);
    EXPECT_EQ(mode->mode, LinkMode::Handoff);
    const auto* range = std::get_if<PropertyRangeCheck>(&t.rubric[3].check);
    ASSERT_NE(range, nullptr);
    EXPECT_EQ(range->property, "replicas");
    EXPECT_EQ(range->min, 2.0);
    EXPECT_FALSE(range->max.has_value());
    const auto* estimate = std::get_if<EstimateCheck>(&t.rubric[4].check);
    ASSERT_NE(estimate, nullptr);
    EXPECT_EQ(estimate->quantity, "read_rps");
    EXPECT_EQ(estimate->factor, 2.0);
    EXPECT_STREQ(checkTypeName(t.rubric[4].check), "estimate");
}

TEST(TemplateJson, NotJsonOrNotAnObject) {
    const auto broken = templateFromJson("{\"format\": \"sdstudio-template\",\n  \"version\": }");
    ASSERT_FALSE(broken.ok());
    EXPECT_PROBLEM(broken.problems(), "", "not valid JSON at line 2, column");
    const auto list = templateFromJson("[1, 2]");
    ASSERT_FALSE(list.ok());
    EXPECT_PROBLEM(list.problems(), "", "a template file holds one JSON object");
}

TEST(TemplateJson, HeaderMistakes) {
    Problems problems = problemsAfter([](Json& json) { json["format"] = "sdstudio-design"; });
    EXPECT_PROBLEM(problems, "format", "expected \"sdstudio-template\", got \"sdstudio-design\"");
    problems = problemsAfter([](Json& json) { json.erase("version"); });
    EXPECT_PROBLEM(problems, "", "\"version\" is missing");
    // A newer version is refused with that one problem, whatever else is wrong.
    problems = problemsAfter([](Json& json) {
        json["version"] = 2;
        json["colour"] = "red";
    });
    ASSERT_EQ(problems.size(), 1u) << describe(problems);
    EXPECT_PROBLEM(problems, "version", "format version 2, newer than this studio reads (1)");
}

TEST(TemplateJson, TopLevelMistakes) {
    Problems problems = problemsAfter([](Json& json) {
        json["colour"] = "red";
        json.erase("summary");
        json["order"] = "first";
        json["title"] = "";
    });
    EXPECT_PROBLEM(problems, "", "unknown key \"colour\" (expected one of: format, version, id");
    EXPECT_PROBLEM(problems, "", "\"summary\" is missing");
    EXPECT_PROBLEM(problems, "order", "expected a whole number, got a string");
    EXPECT_PROBLEM(problems, "title", "must not be empty");

    problems = problemsAfter([](Json& json) { json["order"] = 0; });
    EXPECT_PROBLEM(problems, "order", "must be >= 1, got 0");
    problems = problemsAfter([](Json& json) { json["id"] = "URL_shortener"; });
    EXPECT_PROBLEM(problems, "id", "must be kebab-case");
    problems = problemsAfter([](Json& json) { json["id"] = "double--hyphen"; });
    EXPECT_PROBLEM(problems, "id", "must be kebab-case");
}

TEST(TemplateJson, IdMustMatchTheFileName) {
    const auto parsed = templateFromJson(test::testTemplateText(), "url-shortener");
    ASSERT_FALSE(parsed.ok());
    EXPECT_PROBLEM(parsed.problems(), "id",
                   "\"test-template\" differs from the file name: expected \"url-shortener\"");
}

TEST(TemplateJson, DesignProblemsArePlacedInsideTheDesign) {
    Problems problems = problemsAfter([](Json& json) { json["design"]["colour"] = 1; });
    EXPECT_PROBLEM(problems, "design", "unknown key \"colour\"");
    problems = problemsAfter(
        [](Json& json) { json["design"]["components"][2]["properties"]["instances"] = 0; });
    EXPECT_PROBLEM(problems, "design.components[2] \"app\"", "instances must be >= 1, got 0");
    problems = problemsAfter([](Json& json) { json["design"]["links"][0]["to"] = "nowhere"; });
    EXPECT_PROBLEM(problems, "design.links[0]", "\"nowhere\"");
    problems = problemsAfter([](Json& json) { json["design"]["format"] = "sdstudio-template"; });
    EXPECT_PROBLEM(problems, "design.format", "expected \"sdstudio-design\"");
    problems = problemsAfter([](Json& json) { json["design"] = Json::array(); });
    EXPECT_PROBLEM(problems, "design", "expected an object, got a list");
}

TEST(TemplateJson, RubricItemMistakes) {
    Problems problems = problemsAfter([](Json& json) { json["rubric"] = Json::array(); });
    EXPECT_PROBLEM(problems, "rubric", "must hold at least one item");
    problems = problemsAfter([](Json& json) {
        json["rubric"][1]["id"] = "has-cache";
        json["rubric"][0]["points"] = 0;
        json["rubric"][2].erase("text");
        json["rubric"][3]["weight"] = 2;
        json["rubric"][4]["id"] = "Read estimate";
    });
    EXPECT_PROBLEM(problems, "rubric[1].id", "\"has-cache\" is already used by rubric[0]");
    EXPECT_PROBLEM(problems, "rubric[0].points", "must be >= 1, got 0");
    EXPECT_PROBLEM(problems, "rubric[2]", "\"text\" is missing");
    EXPECT_PROBLEM(problems, "rubric[3]", "unknown key \"weight\"");
    EXPECT_PROBLEM(problems, "rubric[4].id", "must be kebab-case");
}

TEST(TemplateJson, RubricSeedAndHints) {
    const auto parsed = templateFromJson([] {
        Json json = test::testTemplateJson();
        json["rubric"][0]["seed"] = "Cache | Consistent hashing, cluster mode";
        json["rubric"][0]["hints"] = {"A nudge?", "A pointer.", "A third level."};
        return json.dump(2);
    }());
    ASSERT_TRUE(parsed.ok()) << describe(parsed.problems());
    const RubricItem& item = parsed.value().rubric[0];
    EXPECT_EQ(item.seed, "Cache | Consistent hashing, cluster mode");
    EXPECT_EQ(item.hints, (std::vector<std::string>{"A nudge?", "A pointer.", "A third level."}));
}

TEST(TemplateJson, RubricSeedAndHintsMistakes) {
    Problems problems = problemsAfter([](Json& json) {
        json["rubric"][0]["hints"] = "Think about the reads";
        json["rubric"][1]["hints"] = {"A nudge?", ""};
        json["rubric"][2]["hints"] = {"One", "Two", "Three", "Four"};
        json["rubric"][3]["seed"] = 42;
        json["rubric"][4]["hints"] = {"A nudge?", 7};
    });
    EXPECT_PROBLEM(problems, "rubric[0].hints", "expected a list, got a string");
    EXPECT_PROBLEM(problems, "rubric[1].hints[1]", "must not be empty");
    EXPECT_PROBLEM(problems, "rubric[2].hints", "must hold at most 3 hints, got 4");
    EXPECT_PROBLEM(problems, "rubric[3].seed", "expected a string, got a number");
    EXPECT_PROBLEM(problems, "rubric[4].hints[1]", "expected a string, got a number");
    // Neither key is unknown when mistyped.
    for (const Problem& problem : problems)
        EXPECT_EQ(problem.text().find("unknown key"), std::string::npos) << problem.text();

    problems = problemsAfter([](Json& json) {
        json["rubric"][0]["seed"] = "";
        json["rubric"][1]["seed"] = Json::array({"two", "lines"});
        json["rubric"][2]["hints"] = Json::array();
    });
    EXPECT_PROBLEM(problems, "rubric[0].seed", "must not be empty");
    EXPECT_PROBLEM(problems, "rubric[1].seed", "expected a string, got a list");
    EXPECT_EQ(problems.size(), 2u) << describe(problems); // no hints at all is fine

    // The unknown-key message lists them among the item's keys.
    problems = problemsAfter([](Json& json) { json["rubric"][0]["hint"] = "singular"; });
    EXPECT_PROBLEM(problems, "rubric[0]",
                   "unknown key \"hint\" (expected one of: id, text, points, seed, hints, check)");
}

TEST(TemplateJson, PredicateTypeAndKeys) {
    Problems problems = problemsAfter([](Json& json) {
        check(json, 0)["type"] = "kind_count";
        check(json, 1).erase("type");
        check(json, 2)["via"] = Json::array({"cache"});
    });
    EXPECT_PROBLEM(problems, "rubric[0].check.type",
                   "expected one of kind_present, path, link_mode, property_range, estimate, got "
                   "\"kind_count\"");
    EXPECT_PROBLEM(problems, "rubric[1].check", "\"type\" is missing");
    EXPECT_PROBLEM(problems, "rubric[2].check",
                   "unknown key \"via\" (expected one of: type, from, to, mode)");
}

TEST(TemplateJson, UnknownKindsAreNamedByPosition) {
    const Problems problems = problemsAfter([](Json& json) {
        check(json, 0)["kinds"] = Json::array({"cahce"});
        check(json, 1)["via"] = Json::array({"service", "mainframe"});
        check(json, 2)["to"] = Json::array();
    });
    EXPECT_PROBLEM(problems, "rubric[0].check.kinds[0]", "unknown kind \"cahce\"");
    EXPECT_PROBLEM(problems, "rubric[1].check.via[1]", "unknown kind \"mainframe\"");
    EXPECT_PROBLEM(problems, "rubric[2].check.to", "must list at least one kind");
}

TEST(TemplateJson, KindPresentMinimum) {
    Problems problems = problemsAfter([](Json& json) { check(json, 0)["min"] = 0; });
    EXPECT_PROBLEM(problems, "rubric[0].check.min", "must be >= 1, got 0");
    problems = problemsAfter([](Json& json) { check(json, 0)["min"] = 1.5; });
    EXPECT_PROBLEM(problems, "rubric[0].check.min", "expected a whole number, got 1.5");
}

TEST(TemplateJson, LinkModeMustBeAMode) {
    Problems problems = problemsAfter([](Json& json) { check(json, 2)["mode"] = "async"; });
    EXPECT_PROBLEM(problems, "rubric[2].check.mode",
                   "expected one of choose, call, handoff, got \"async\"");
    problems = problemsAfter([](Json& json) { check(json, 2).erase("mode"); });
    EXPECT_PROBLEM(problems, "rubric[2].check", "\"mode\" is missing");
}

TEST(TemplateJson, PropertyRangeNeedsANumericPropertyOfEveryKind) {
    Problems problems = problemsAfter([](Json& json) { check(json, 3)["property"] = "instances"; });
    EXPECT_PROBLEM(problems, "rubric[3].check.property",
                   "kind sql_database has no property \"instances\" (its numeric ones: shards, "
                   "replicas");
    problems = problemsAfter([](Json& json) { check(json, 3)["property"] = "replication"; });
    EXPECT_PROBLEM(problems, "rubric[3].check.property",
                   "property \"replication\" of kind sql_database is a choice, not a number");
    problems = problemsAfter([](Json& json) { check(json, 3).erase("min"); });
    EXPECT_PROBLEM(problems, "rubric[3].check", "give \"min\", \"max\" or both");
    problems = problemsAfter([](Json& json) { check(json, 3)["max"] = 1; });
    EXPECT_PROBLEM(problems, "rubric[3].check.min", "2 is above \"max\" (1)");
    problems = problemsAfter([](Json& json) { check(json, 3)["max"] = "many"; });
    EXPECT_PROBLEM(problems, "rubric[3].check.max", "expected a number, got a string");
}

TEST(TemplateJson, EstimateNeedsAKnownQuantityAndAFactor) {
    Problems problems = problemsAfter([](Json& json) { check(json, 4)["quantity"] = "qps"; });
    EXPECT_PROBLEM(problems, "rubric[4].check.quantity",
                   "unknown quantity \"qps\" (expected one of: read_rps, write_rps, peak_rps, "
                   "storage_bytes, concurrent_connections, bandwidth_bytes_per_second)");
    problems = problemsAfter([](Json& json) { check(json, 4)["factor"] = 0.5; });
    EXPECT_PROBLEM(problems, "rubric[4].check.factor", "must be a finite number >= 1, got 0.5");
    problems = problemsAfter([](Json& json) { check(json, 4).erase("factor"); });
    EXPECT_PROBLEM(problems, "rubric[4].check", "\"factor\" is missing");
}

TEST(TemplateJson, DuplicateKeysAreReported) {
    std::string text = test::testTemplateText();
    text.insert(text.find("\"order\""), "\"order\": 2,\n  ");
    const auto parsed = templateFromJson(text);
    ASSERT_FALSE(parsed.ok());
    EXPECT_PROBLEM(parsed.problems(), "", "the key \"order\" is given twice");
}

// docs/FORMAT.md's "Template files" names every predicate and quantity the parser accepts.
TEST(TemplateJson, FormatMdDescribesEveryPredicateAndQuantity) {
    const std::string doc = test::readFile(std::string(STUDIO_SOURCE_DIR) + "/docs/FORMAT.md");
    const auto start = doc.find("\n## Template files\n");
    ASSERT_NE(start, std::string::npos);
    const std::string section = doc.substr(start, doc.find("\n## ", start + 1) - start);
    const RubricCheck checks[] = {KindPresentCheck{}, PathCheck{}, LinkModeCheck{},
                                  PropertyRangeCheck{}, EstimateCheck{}};
    for (const RubricCheck& check : checks)
        EXPECT_NE(section.find("| `" + std::string(checkTypeName(check)) + "` |"),
                  std::string::npos)
            << checkTypeName(check);
    for (const std::string& quantity : rubricQuantities())
        EXPECT_NE(section.find("| `" + quantity + "` |"), std::string::npos) << quantity;
}

} // namespace
} // namespace studio::core
