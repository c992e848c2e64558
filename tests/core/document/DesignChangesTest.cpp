// One edit, one designChanged: after its item notifications, carrying every id it touched.
#include "document/ChangeSet.h"
#include "document/DesignDocument.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace studio::core;

namespace {

// Keeps every designChanged and, in one list, the order of item events and edits.
class EditRecorder : public DesignListener {
public:
    std::vector<DesignChanges> edits;
    std::vector<std::string> order;
    std::function<void()> onEdit; // run inside designChanged, once

    void componentChanged(const std::string& id) override { order.push_back("~c:" + id); }
    void componentAdded(const std::string& id) override { order.push_back("+c:" + id); }
    void linkRemoved(const std::string& id) override { order.push_back("-l:" + id); }
    void designReset() override { order.push_back("reset"); }
    void designChanged(const DesignChanges& changes) override {
        edits.push_back(changes);
        order.push_back("edit");
        if (onEdit)
            std::exchange(onEdit, nullptr)();
    }
};

Design grid(int count) {
    Design design;
    for (int i = 0; i < count; ++i)
        design.components.push_back(Component{.id = "c" + std::to_string(i), .kind = "service"});
    design.links.push_back(Link{.id = "l0", .from = "c0", .to = "c1"});
    return design;
}

ChangeSet moveAll(const Design& design, double dx) {
    ChangeSet changes;
    for (Component moved : design.components) {
        moved.rect.x += dx;
        changes.recordChange(design, std::move(moved));
    }
    return changes;
}

} // namespace

TEST(DesignChangesTest, AChangeSetOfTwoHundredMovesIsOneEdit) {
    DesignDocument document(grid(200));
    EditRecorder recorder;
    document.addListener(&recorder);
    const ChangeSet changes = moveAll(document.design(), 40);

    changes.apply(document);
    ASSERT_EQ(recorder.edits.size(), 1u);
    EXPECT_EQ(recorder.edits[0].componentsChanged.size(), 200u);
    EXPECT_EQ(recorder.edits[0].componentsChanged.front(), "c0");
    EXPECT_TRUE(recorder.edits[0].touchesComponents());
    EXPECT_TRUE(recorder.edits[0].linksChanged.empty());
    // Every item event first, the edit last.
    EXPECT_EQ(recorder.order.size(), 201u);
    EXPECT_EQ(recorder.order.back(), "edit");

    changes.revert(document);
    ASSERT_EQ(recorder.edits.size(), 2u);
    EXPECT_EQ(recorder.edits[1].componentsChanged.size(), 200u);
    EXPECT_EQ(document.design().components[7].rect.x, grid(200).components[7].rect.x);
}

TEST(DesignChangesTest, APrimitiveOnItsOwnIsAnEdit) {
    DesignDocument document(grid(3));
    EditRecorder recorder;
    document.addListener(&recorder);
    document.removeLink("l0");
    document.insertComponent(Component{.id = "new", .kind = "service"});
    ASSERT_EQ(recorder.edits.size(), 2u);
    EXPECT_EQ(recorder.edits[0].linksRemoved, std::vector<std::string>{"l0"});
    EXPECT_EQ(recorder.edits[1].componentsAdded, std::vector<std::string>{"new"});
    EXPECT_EQ(recorder.order, (std::vector<std::string>{"-l:l0", "edit", "+c:new", "edit"}));
}

TEST(DesignChangesTest, NestedBatchesDeliverOnceAtTheOutermostEnd) {
    DesignDocument document(grid(3));
    EditRecorder recorder;
    document.addListener(&recorder);
    document.beginBatch();
    moveAll(document.design(), 10).apply(document); // a batch inside the batch
    EXPECT_TRUE(recorder.edits.empty());
    document.removeLink("l0");
    document.endBatch();
    ASSERT_EQ(recorder.edits.size(), 1u);
    EXPECT_EQ(recorder.edits[0].componentsChanged.size(), 3u);
    EXPECT_EQ(recorder.edits[0].linksRemoved.size(), 1u);
}

TEST(DesignChangesTest, NothingChangedNothingTold) {
    DesignDocument document(grid(3));
    EditRecorder recorder;
    document.addListener(&recorder);
    ChangeSet().apply(document);
    document.beginBatch();
    document.endBatch();
    document.reset(grid(2)); // designReset says that; no edit follows
    EXPECT_TRUE(recorder.edits.empty());
    EXPECT_EQ(recorder.order, std::vector<std::string>{"reset"});
}

TEST(DesignChangesTest, AnEditStartedWhileBeingToldIsItsOwn) {
    DesignDocument document(grid(3));
    EditRecorder recorder;
    document.addListener(&recorder);
    recorder.onEdit = [&] { document.removeLink("l0"); };
    moveAll(document.design(), 5).apply(document);
    ASSERT_EQ(recorder.edits.size(), 2u);
    EXPECT_EQ(recorder.edits[0].componentsChanged.size(), 3u);
    EXPECT_TRUE(recorder.edits[0].linksRemoved.empty());
    EXPECT_EQ(recorder.edits[1].linksRemoved, std::vector<std::string>{"l0"});
}
