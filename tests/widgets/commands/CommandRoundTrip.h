#pragma once

// The undo commands' tests share this: a document over the sample design, and the round trip
// every command must pass (redo -> undo -> redo as one undo step).
#include "SampleDesign.h"

#include "widgets/base/StudioDocument.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <functional>

namespace studio::widgets::test {

// Pushes `command` (its redo): one undo step that changes the design; `check` (if given) sees
// the result. Then undo restores the design exactly and redo reaches the same design again,
// `cycles` times over. Returns the design after the command.
inline core::Design roundTrip(StudioDocument& document, QUndoCommand* command,
                              const std::function<void(const core::Design&)>& check = {},
                              int cycles = 1) {
    const core::Design before = document.design();
    const int depth = document.undoStack()->count();
    document.push(command);
    EXPECT_EQ(document.undoStack()->count(), depth + 1) << "one undo step";
    const core::Design after = document.design();
    EXPECT_NE(after, before);
    if (check)
        check(after);
    for (int i = 0; i < cycles; ++i) {
        document.undoStack()->undo();
        EXPECT_EQ(document.design(), before);
        document.undoStack()->redo();
        EXPECT_EQ(document.design(), after);
    }
    return after;
}

// A fixture for the commands' tests: the sample design open in a document.
class CommandFixture : public ::testing::Test {
protected:
    void SetUp() override { document.reset(sampleDesign()); }

    core::Design roundTrip(QUndoCommand* command,
                           const std::function<void(const core::Design&)>& check = {},
                           int cycles = 1) {
        return test::roundTrip(document, command, check, cycles);
    }

    core::DesignDocument& model() { return document.model(); }

    StudioDocument document;
};

} // namespace studio::widgets::test
