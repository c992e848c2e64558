// One command, one changed(): its redo, undo and redo each tell the panels once, with every id.
#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"
#include "widgets/commands/DesignCommands.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace studio::widgets {
namespace {

std::vector<std::string> allComponents(const core::Design& design) {
    std::vector<std::string> ids;
    for (const auto& component : design.components)
        ids.push_back(component.id);
    return ids;
}

TEST(DocumentChangedTest, AMoveOfEveryComponentIsOneSignalEachWay) {
    StudioDocument document;
    document.reset(test::sampleDesign());
    const std::vector<std::string> ids = allComponents(document.design());
    ASSERT_GE(ids.size(), 5u);
    QSignalSpy edits(&document, &StudioDocument::changed);
    QSignalSpy items(&document, &StudioDocument::componentChanged);

    document.push(new MoveCommand(document.model(), ids, 40, 0));
    ASSERT_EQ(edits.count(), 1);
    EXPECT_EQ(items.count(), static_cast<int>(ids.size())) << "the canvas still hears each";
    auto told = edits.takeFirst().at(0).value<core::DesignChanges>();
    std::vector<std::string> expected = ids;
    std::sort(expected.begin(), expected.end());
    std::sort(told.componentsChanged.begin(), told.componentsChanged.end());
    EXPECT_EQ(told.componentsChanged, expected);
    EXPECT_FALSE(told.propertiesChanged);

    document.undoStack()->undo();
    EXPECT_EQ(edits.count(), 1);
    document.undoStack()->redo();
    EXPECT_EQ(edits.count(), 2);
}

TEST(DocumentChangedTest, ADeleteTellsTheRemovedComponentsAndTheirLinks) {
    StudioDocument document;
    document.reset(test::sampleDesign());
    const core::Design before = document.design();
    ASSERT_FALSE(before.links.empty());
    const std::string from = before.links.front().from;
    QSignalSpy edits(&document, &StudioDocument::changed);

    document.push(new DeleteCommand(document.model(), {from}));
    ASSERT_EQ(edits.count(), 1);
    const auto told = edits.takeFirst().at(0).value<core::DesignChanges>();
    EXPECT_EQ(told.componentsRemoved, std::vector<std::string>{from});
    EXPECT_FALSE(told.linksRemoved.empty()) << "the links it started go with it";
    EXPECT_TRUE(told.componentsChanged.empty());
}

} // namespace
} // namespace studio::widgets
