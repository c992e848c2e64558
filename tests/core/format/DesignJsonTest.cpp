#include "TestDesigns.h"

#include "catalog/Catalog.h"
#include "format/DesignJson.h"
#include "format/Validator.h"
#include "model/EnumNames.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>

namespace studio::core {
namespace {

using test::describe;
using test::everyKindDesign;

Design roundTrip(const Design& design) {
    const auto parsed = designFromJson(designToJson(design));
    EXPECT_TRUE(parsed.ok()) << describe(parsed.problems());
    return parsed.ok() ? parsed.value() : Design{};
}

TEST(DesignJson, EveryKindDesignIsValid) {
    const Design design = everyKindDesign();
    EXPECT_TRUE(validateDesign(design).empty()) << describe(validateDesign(design));
}

TEST(DesignJson, EveryKindDesignCoversTheCatalogAndEveryLinkMode) {
    const Design design = everyKindDesign();
    std::set<std::string> kinds;
    for (const auto& component : design.components)
        kinds.insert(component.kind);
    for (const auto& kind : Catalog::standard().kinds())
        EXPECT_TRUE(kinds.count(kind.id)) << kind.id;
    for (const auto& entry : enumNames<LinkMode>()) {
        bool found = false;
        for (const auto& link : design.links)
            found = found || link.mode == entry.value;
        EXPECT_TRUE(found) << entry.name;
    }
}

TEST(DesignJson, RoundTripIsExact) {
    const Design design = everyKindDesign();
    const Design back = roundTrip(design);
    EXPECT_EQ(back, design);
    // Pinpoint a difference when there is one.
    ASSERT_EQ(back.components.size(), design.components.size());
    for (std::size_t i = 0; i < design.components.size(); ++i)
        EXPECT_EQ(back.components[i], design.components[i]) << design.components[i].id;
    ASSERT_EQ(back.links.size(), design.links.size());
    for (std::size_t i = 0; i < design.links.size(); ++i)
        EXPECT_EQ(back.links[i], design.links[i]) << design.links[i].id;
    EXPECT_EQ(back.zones, design.zones);
    EXPECT_EQ(back.estimation, design.estimation);
    EXPECT_EQ(back.requirements, design.requirements);
}

TEST(DesignJson, BendsRoundTripAndAreOmittedWhenStraight) {
    Design design = test::smallDesign();
    design.links[0].bends = {{120.5, -40}, {300, 80}};
    const Design back = roundTrip(design);
    EXPECT_EQ(back.links[0].bends, design.links[0].bends);
    EXPECT_EQ(back, design);
    const auto json = nlohmann::json::parse(designToJson(design));
    EXPECT_EQ(json["links"][0]["bends"][0]["x"], 120.5);
    EXPECT_EQ(json["links"][0]["bends"][1]["y"], 80);
    EXPECT_FALSE(json["links"][1].contains("bends"));
}

TEST(DesignJson, MaxConcurrentRoundTripsAndIsOmittedWhenUnlimited) {
    Design design = test::smallDesign();
    design.links[0].maxConcurrent = 12;
    const Design back = roundTrip(design);
    EXPECT_EQ(back.links[0].maxConcurrent, 12);
    EXPECT_EQ(back, design);
    const auto json = nlohmann::json::parse(designToJson(design));
    EXPECT_EQ(json["links"][0]["max_concurrent"], 12);
    EXPECT_FALSE(json["links"][1].contains("max_concurrent"));
}

TEST(DesignJson, TextIsStableOnSecondSerialization) {
    const std::string first = designToJson(everyKindDesign());
    const std::string second = designToJson(roundTrip(everyKindDesign()));
    EXPECT_EQ(first, second);
    ASSERT_FALSE(first.empty());
    EXPECT_EQ(first.back(), '\n');
    EXPECT_EQ(first.rfind("{\n  \"format\": \"sdstudio-design\",\n  \"version\": 1,\n", 0), 0u);
}

TEST(DesignJson, EmptyDesignRoundTrips) {
    EXPECT_EQ(roundTrip(Design{}), Design{});
}

TEST(DesignJson, TypesSurviveTheRoundTrip) {
    const Design back = roundTrip(everyKindDesign());
    const Component* cdn = back.findComponent("cdn");
    ASSERT_NE(cdn, nullptr);
    ASSERT_TRUE(std::holds_alternative<double>(cdn->properties.at("ttl")));
    EXPECT_EQ(std::get<double>(cdn->properties.at("ttl")), 3600.0);
    ASSERT_TRUE(std::holds_alternative<std::int64_t>(cdn->properties.at("instances")));
    const Component* limiter = back.findComponent("rate_limiter");
    EXPECT_EQ(std::get<double>(limiter->properties.at("refill_rate")), 0.1 + 0.2);
}

TEST(DesignJson, WholeNumbersAreWrittenWithoutAFraction) {
    const std::string text = designToJson(everyKindDesign());
    EXPECT_NE(text.find("\"ttl\": 3600,"), std::string::npos);
    EXPECT_EQ(text.find("3600.0"), std::string::npos);
}

TEST(DesignJson, DefaultsAreOmittedAndModeKeysWritten) {
    const auto json = nlohmann::json::parse(designToJson(everyKindDesign()));
    for (const auto& link : json["links"]) {
        const std::string mode = link["mode"];
        EXPECT_EQ(link.contains("weight"), mode == "choose" || link["id"] == "l-pay") << link;
        EXPECT_EQ(link.contains("step"), mode == "call") << link;
        EXPECT_EQ(link.contains("multiplicity"), mode == "handoff") << link;
        EXPECT_TRUE(link.contains("latency")) << link;
    }
    for (const auto& component : json["components"]) {
        EXPECT_TRUE(component.contains("properties"));
        EXPECT_EQ(component.contains("service"),
                  component["kind"] != "client" && component["kind"] != "text_note")
            << component["id"];
    }
}

Design parseOk(const std::string& text) {
    const auto parsed = designFromJson(text);
    EXPECT_TRUE(parsed.ok()) << describe(parsed.problems());
    return parsed.ok() ? parsed.value() : Design{};
}

const char* kHeader = R"("format": "sdstudio-design", "version": 1)";

std::string withHeader(const std::string& body) {
    return std::string("{") + kHeader + (body.empty() ? "" : ", " + body) + "}";
}

TEST(DesignJson, OmittedValuesTakeTheirDefaults) {
    const Design design = parseOk(withHeader(R"("components": [
        {"id": "db", "kind": "sql_database", "properties": {"shards": 3},
         "service": {"mean": 0.004, "by_class": {"write": {"mean": 0.01}}}}])"));
    const Catalog& catalog = Catalog::standard();
    const KindSpec& kind = *catalog.find("sql_database");
    const Component& db = design.components.at(0);
    EXPECT_EQ(db.name, kind.label);
    EXPECT_EQ(db.rect, (Rect{0, 0, kind.defaultWidth, kind.defaultHeight}));
    EXPECT_EQ(db.properties.size(), kind.properties.size());
    EXPECT_EQ(db.properties.at("shards"), PropertyValue(std::int64_t{3}));
    EXPECT_EQ(db.properties.at("replicas"), kind.property("replicas")->defaultValue);
    EXPECT_EQ(db.service.base.mean, 0.004);
    EXPECT_EQ(db.service.base.distribution, kind.defaultService.base.distribution);
    EXPECT_EQ(db.service.byClass.at("write"), (ServiceTime{Distribution::Exponential, 0.01, 1}));
    EXPECT_FALSE(db.workload.has_value());
}

TEST(DesignJson, OmittedServiceIsTheKindsDefault) {
    const Design design = parseOk(withHeader(R"("components": [{"id": "c", "kind": "cache"}])"));
    EXPECT_EQ(design.components.at(0).service, Catalog::standard().find("cache")->defaultService);
}

TEST(DesignJson, NumbersTakeThePropertysType) {
    const Design design = parseOk(withHeader(R"("components": [{"id": "c", "kind": "cache",
        "properties": {"shards": 2.0, "hit_ratio": 1, "ttl": 60}}])"));
    const Properties& properties = design.components.at(0).properties;
    EXPECT_EQ(properties.at("shards"), PropertyValue(std::int64_t{2}));
    EXPECT_EQ(properties.at("hit_ratio"), PropertyValue(1.0));
    EXPECT_EQ(properties.at("ttl"), PropertyValue(60.0));
}

TEST(DesignJson, LinksWithoutIdsGetFreshOnes) {
    const Design design = parseOk(withHeader(R"(
        "components": [{"id": "link-1", "kind": "service"}, {"id": "b", "kind": "service"}],
        "links": [{"from": "link-1", "to": "b"}, {"id": "link-3", "from": "b", "to": "link-1"},
                  {"from": "b", "to": "link-1", "mode": "handoff"}])"));
    ASSERT_EQ(design.links.size(), 3u);
    EXPECT_EQ(design.links[0].id, "link-2");
    EXPECT_EQ(design.links[1].id, "link-3");
    EXPECT_EQ(design.links[2].id, "link-4");
    EXPECT_EQ(design.links[2].mode, LinkMode::Handoff);
    EXPECT_EQ(design.links[0].mode, LinkMode::Call);
}

TEST(DesignJson, RequirementsAndTextsAreRead) {
    const Design design = parseOk(withHeader(R"(
        "requirements": {"functional": ["a"], "non_functional": {"p99_latency": 0.25,
            "p99_latency_by_class": {"read": 0.1}, "consistency": "strong"}},
        "notes": [{"title": "t", "text": "x"}], "assumptions": [{"subject": "s", "text": "y"}],
        "estimation": {"dau": 1000000, "item_bytes": 500})"));
    EXPECT_EQ(design.requirements.functional, std::vector<std::string>{"a"});
    EXPECT_EQ(design.requirements.p99Latency, 0.25);
    EXPECT_FALSE(design.requirements.availability.has_value());
    EXPECT_EQ(design.requirements.p99LatencyByClass.at("read"), 0.1);
    EXPECT_EQ(design.requirements.consistency, Consistency::Strong);
    EXPECT_EQ(design.notes, (std::vector<Note>{{"t", "x"}}));
    EXPECT_EQ(design.assumptions, (std::vector<Assumption>{{"s", "y"}}));
    EXPECT_EQ(design.estimation.dau, 1e6);
    EXPECT_EQ(design.estimation.itemBytes, 500);
    EXPECT_EQ(design.estimation.replicas, 1);
}

} // namespace
} // namespace studio::core
