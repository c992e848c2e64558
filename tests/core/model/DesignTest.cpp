#include "model/Design.h"
#include "model/EnumNames.h"

#include <gtest/gtest.h>

#include <set>

using namespace studio::core;

namespace {
Design twoComponents() {
    Design design;
    Component app;
    app.id = "app";
    app.kind = "service";
    app.properties["instances"] = std::int64_t{3};
    app.properties["hit_ratio"] = 0.8;
    app.properties["spreading"] = std::string("round_robin");
    app.properties["queue_limited"] = true;
    Component db;
    db.id = "db";
    db.kind = "sql_database";
    design.components = {app, db};
    design.links.push_back(Link{.id = "l1", .from = "app", .to = "db"});
    design.zones.push_back(Zone{.id = "z1", .kind = ZoneKind::Region, .name = "us-east"});
    return design;
}
} // namespace

TEST(Design, FindsEachKindOfThingById) {
    Design design = twoComponents();
    ASSERT_NE(design.findComponent("db"), nullptr);
    EXPECT_EQ(design.findComponent("db")->kind, "sql_database");
    EXPECT_EQ(design.findComponent("nope"), nullptr);
    EXPECT_EQ(design.findLink("l1")->to, "db");
    EXPECT_EQ(design.findZone("z1")->name, "us-east");
    EXPECT_EQ(design.findZone("app"), nullptr);

    design.findComponent("app")->name = "renamed";
    EXPECT_EQ(design.components[0].name, "renamed");
}

TEST(Design, EqualityNoticesAnyChange) {
    const Design a = twoComponents();
    Design b = twoComponents();
    EXPECT_EQ(a, b);
    b.links[0].retry.maxRetries = 2;
    EXPECT_NE(a, b);
    b = twoComponents();
    b.components[1].service.byClass["write"].mean = 0.01;
    EXPECT_NE(a, b);
}

TEST(Component, ReadsTypedProperties) {
    const Component app = twoComponents().components[0];
    EXPECT_EQ(app.number("instances"), 3);
    EXPECT_DOUBLE_EQ(app.number("hit_ratio"), 0.8);
    EXPECT_EQ(app.number("missing", 7), 7);
    EXPECT_EQ(app.number("spreading", -1), -1); // not a number
    EXPECT_EQ(app.text("spreading"), "round_robin");
    EXPECT_EQ(app.text("instances", "none"), "none");
    EXPECT_TRUE(app.flag("queue_limited"));
    EXPECT_FALSE(app.flag("instances"));
}

TEST(ServiceSpec, ChoosesTheClassesOwnServiceTime) {
    ServiceSpec spec;
    spec.base.mean = 0.002;
    spec.byClass["write"] = ServiceTime{Distribution::Deterministic, 0.008, 0};
    EXPECT_EQ(spec.forClass("write").mean, 0.008);
    EXPECT_EQ(spec.forClass("write").distribution, Distribution::Deterministic);
    EXPECT_EQ(spec.forClass("read").mean, 0.002);
}

TEST(EnumNames, RoundTripEveryValueAndRefuseOthers) {
    for (const auto& entry : enumNames<LinkMode>())
        EXPECT_EQ(parseEnum<LinkMode>(toString(entry.value)), entry.value);
    for (const auto& entry : enumNames<ZoneKind>())
        EXPECT_EQ(parseEnum<ZoneKind>(toString(entry.value)), entry.value);
    EXPECT_EQ(parseEnum<CallCondition>("miss"), CallCondition::Miss);
    EXPECT_EQ(parseEnum<Consistency>("read_your_writes"), Consistency::ReadYourWrites);
    EXPECT_FALSE(parseEnum<LinkMode>("Call").has_value()); // names are case-sensitive
    EXPECT_EQ(enumNameList<LinkMode>(), "choose, call, handoff");
}

TEST(Estimation, FieldTableCoversEveryMemberOnce) {
    Estimation estimation;
    std::set<const double*> members;
    for (const auto& field : estimationFields()) {
        members.insert(&(estimation.*field.member));
        EXPECT_LE(field.min, field.max) << field.key;
        EXPECT_LE(field.min, estimation.*field.member) << field.key << ": default below min";
        EXPECT_GE(field.max, estimation.*field.member) << field.key << ": default above max";
    }
    EXPECT_EQ(members.size(), estimationFields().size()) << "a member is listed twice";
    EXPECT_EQ(members.size() * sizeof(double), sizeof(Estimation)) << "a member is not listed";
}
