// What people see for a component or zone: its name, or its id when the name is empty.
#include "model/DisplayName.h"

#include <gtest/gtest.h>

using namespace studio::core;

namespace {

Design namedAndUnnamed() {
    Design design;
    design.components = {Component{.id = "db", .name = "Orders DB"}, Component{.id = "cache"}};
    design.zones = {Zone{.id = "eu", .name = "Europe"}, Zone{.id = "az-1"}};
    return design;
}

} // namespace

TEST(DisplayNameTest, NameElseId) {
    const Design design = namedAndUnnamed();
    EXPECT_EQ(displayName(design.components[0]), "Orders DB");
    EXPECT_EQ(displayName(design.components[1]), "cache");
    EXPECT_EQ(displayName(design.zones[0]), "Europe");
    EXPECT_EQ(displayName(design.zones[1]), "az-1");
}

TEST(DisplayNameTest, ById) {
    const Design design = namedAndUnnamed();
    EXPECT_EQ(displayName(design, "db"), "Orders DB");
    EXPECT_EQ(displayName(design, "cache"), "cache");
    EXPECT_EQ(displayName(design, "eu"), "Europe");
    EXPECT_EQ(displayName(design, "az-1"), "az-1");
    EXPECT_EQ(displayName(design, "gone"), "gone");
}

TEST(DisplayNameTest, NameAndIdWhereTheNameSaysMore) {
    Design design = namedAndUnnamed();
    design.components.push_back(Component{.id = "api", .name = "api"});
    EXPECT_EQ(nameAndId(design, "db"), "Orders DB (db)");
    EXPECT_EQ(nameAndId(design, "eu"), "Europe (eu)");
    EXPECT_EQ(nameAndId(design, "cache"), "cache"); // no name
    EXPECT_EQ(nameAndId(design, "api"), "api");     // the name is the id
    EXPECT_EQ(nameAndId(design, "gone"), "gone");
}
