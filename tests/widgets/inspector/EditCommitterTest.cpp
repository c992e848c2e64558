// An edit is judged by the problems it adds to the edited item, matched by what they are
// about (item and field), not by the text of their place.
#include "InspectorFixture.h"

#include "widgets/inspector/EditCommitter.h"
#include "widgets/inspector/IntegerSpinBox.h"

namespace studio::widgets::test {
namespace {

std::int64_t integer(const core::Component& component, const std::string& key) {
    return std::get<std::int64_t>(component.properties.at(key));
}

TEST_F(InspectorTest, NewProblemsFollowTheItemWhereverItsPlaceTextSays) {
    const core::Design& before = document.design();
    core::Design after = before;
    // A component put first changes the place text of every other ("components[5]").
    const core::Catalog& catalog = core::Catalog::standard();
    after.components.insert(after.components.begin(),
                            catalog.makeComponent(*catalog.find("cache"), "first", 0, 600));
    after.findComponent("db")->properties["shards"] = std::int64_t{0};
    after.findComponent("cache")->properties["hit_ratio"] = 2.0; // another item's problem

    const EditCommitter committer(&document);
    const core::Problems added =
        committer.newProblems(before, after, {core::ProblemSubject::component("db")});
    ASSERT_EQ(added.size(), 1u);
    EXPECT_EQ(added[0].place, "components[5] \"db\"");
    EXPECT_EQ(added[0].about.field(), "properties.shards");
    EXPECT_EQ(EditCommitter::describe(added), "shards must be >= 1, got 0");
}

TEST_F(InspectorTest, ARefusedEditMarksItsOwnFieldOnly) {
    inspector.setSelection({"app"});
    auto* instances = field<IntegerSpinBox>("instances");
    auto* workers = field<IntegerSpinBox>("workers");
    type(instances, "0");
    EXPECT_TRUE(marked(instances));
    EXPECT_EQ(reason(instances), "instances must be >= 1, got 0");
    EXPECT_FALSE(marked(workers));
    EXPECT_TRUE(reason(workers).isEmpty());
    EXPECT_EQ(integer(component("app"), "instances"), 3);
    EXPECT_EQ(undo().count(), 0);

    type(workers, "32"); // the refused field does not block the others
    EXPECT_EQ(integer(component("app"), "workers"), 32);
    EXPECT_FALSE(marked(workers));
    EXPECT_EQ(undo().count(), 1);
}

} // namespace
} // namespace studio::widgets::test
