#pragma once

#include "document/ChangeSet.h"
#include "document/DesignDocument.h"

#include <gtest/gtest.h>

namespace studio::core::test {

// Applies `changes` to `before` as redo -> undo -> redo and returns the design after it; the
// undo must restore `before` exactly and the second redo reach the same design again.
inline Design appliedTo(const Design& before, const ChangeSet& changes) {
    DesignDocument doc(before);
    changes.apply(doc);
    const Design after = doc.design();
    changes.revert(doc);
    EXPECT_EQ(doc.design(), before);
    changes.apply(doc);
    EXPECT_EQ(doc.design(), after);
    return after;
}

} // namespace studio::core::test
