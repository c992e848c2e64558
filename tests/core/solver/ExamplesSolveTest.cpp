#include "format/DesignFile.h"
#include "solver/Solver.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace studio::core;

// Every example shipped with the docs solves: no loops, no dead ends, no zero weights.
TEST(ExamplesSolve, EveryDocsExampleSolvesWithoutProblems) {
    int solvedCount = 0;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(STUDIO_SOURCE_DIR) + "/docs/examples")) {
        if (entry.path().extension() != ".json")
            continue;
        auto loaded = loadDesignFile(entry.path().string());
        ASSERT_TRUE(loaded.ok()) << entry.path();
        const auto solved = solver::solveDesign(loaded.value());
        EXPECT_TRUE(solved.ok()) << entry.path() << ": "
                                 << (solved.ok() ? "" : solved.problems().front().text());
        ++solvedCount;
    }
    EXPECT_GE(solvedCount, 2);
}
