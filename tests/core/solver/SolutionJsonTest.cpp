#include "solver/SolutionJson.h"

#include "SolverTestDesigns.h"

#include <gtest/gtest.h>

#include <limits>

namespace studio::core::solver::test {
namespace {

TEST(SolutionJsonTest, KeysInTheOrderTheCommandLinePrintsThem) {
    DesignBuilder b;
    b.client("users", 100);
    b.add("service", "app", {{"instances", int64_t{2}}}, 0.001);
    b.link("users", "app", LinkMode::Choose);
    b.design().name = "Small";
    const Solution s = solved(b.design());
    const nlohmann::ordered_json json = solutionJson(b.design(), s);

    std::vector<std::string> keys;
    for (const auto& item : json.items())
        keys.push_back(item.key());
    EXPECT_EQ(keys,
              (std::vector<std::string>{"design", "rates", "components", "requests", "handoffs",
                                        "bottleneck", "capacity", "availability",
                                        "single_points_of_failure", "requirements", "notes"}));
    EXPECT_EQ(json["design"], "Small");
    EXPECT_EQ(json["rates"], "peak");
    // Only stations: the client is not a component of the estimate.
    ASSERT_EQ(json["components"].size(), 1u);
    const auto& app = json["components"][0];
    EXPECT_EQ(app["id"], "app");
    EXPECT_EQ(app["kind"], "service");
    EXPECT_DOUBLE_EQ(app["arrival_rate"].get<double>(), 100);
    EXPECT_DOUBLE_EQ(app["utilisation"]["value"].get<double>(),
                     component(s, "app").utilisation.value);
    EXPECT_DOUBLE_EQ(app["p99_response"]["value"].get<double>(),
                     component(s, "app").p99Response.value);
    EXPECT_EQ(app["saturation"], "none");
    EXPECT_EQ(json["requests"][0]["client"], "users");
    EXPECT_EQ(json["requests"][0]["class"], "read");
    EXPECT_EQ(json["bottleneck"]["component"], "app");
}

TEST(SolutionJsonTest, NoFiniteValueIsNullAndNamesAreSnakeCase) {
    Design design;
    design.name = "Saturated";
    Component app;
    app.id = "app";
    app.kind = "service";
    design.components.push_back(app);
    Solution s;
    s.rates = RateBasis::Average;
    ComponentResult& c = s.components.emplace_back();
    c.id = "app";
    c.station = true;
    c.spreading = SpreadingModel::LeastConnections;
    c.utilisation = {std::numeric_limits<double>::infinity(), true};
    c.saturation = Saturation::WaitsOnCallee;
    c.saturatedBecauseOf = "db";
    RequirementResult& r = s.requirements.emplace_back();
    r.kind = RequirementKind::P99LatencyForClass;
    r.requestClass = "read";
    r.target = 0.1;

    const nlohmann::ordered_json json = solutionJson(design, s);
    EXPECT_EQ(json["rates"], "average");
    const auto& component = json["components"][0];
    EXPECT_TRUE(component["utilisation"]["value"].is_null());
    EXPECT_EQ(component["utilisation"]["approximate"], true);
    EXPECT_EQ(component["spreading"], "least_connections");
    EXPECT_EQ(component["saturation"], "waits_on_callee");
    EXPECT_EQ(component["saturated_because_of"], "db");
    EXPECT_EQ(json["requirements"][0]["requirement"], "p99_latency_by_class");
    EXPECT_EQ(json["requirements"][0]["class"], "read");
}

} // namespace
} // namespace studio::core::solver::test
