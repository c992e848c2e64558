#pragma once

// The collapse scenarios of docs/examples/failures as designs, for the simulation tests.
#include "format/DesignFile.h"

#include <gtest/gtest.h>

#include <string>

namespace studio::widgets::test {

// docs/examples/failures/NAME.json; an empty design (and a failed expectation) when it does
// not load.
inline core::Design example(const char* name) {
    const std::string path =
        std::string(STUDIO_SOURCE_DIR) + "/docs/examples/failures/" + name + ".json";
    auto loaded = core::loadDesignFile(path);
    EXPECT_TRUE(loaded.ok()) << path;
    return loaded.ok() ? loaded.value() : core::Design{};
}

} // namespace studio::widgets::test
