#pragma once

#include "../format/TempFolderTest.h"

#include "library/Library.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace studio::core::test {

// The JSON of a small valid design called `name`.
std::string designJson(const std::string& name);
// The JSON of a design that parses but fails validation (a link to a missing component).
std::string invalidDesignJson();

std::vector<std::uint8_t> readBytes(const std::filesystem::path& path);
void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);

// Runs `sql` on the file at `path` with SQLite directly (no Library); fails the test on error.
void rawExecute(const std::string& path, const std::string& sql);
// The first column of the first row of `sql` on the file at `path`, as an integer.
std::int64_t rawInteger(const std::string& path, const std::string& sql);

// A test with its own temporary folder, removed afterwards (made writable first).
class LibraryFileTest : public TempFolderTest {
protected:
    void TearDown() override;

    // Opens `file` (in the test's folder) or fails the test.
    Library openLibrary(const std::string& file, const LibraryOptions& options = {});
};

} // namespace studio::core::test

// Asserts `result` (a Result or Problems) succeeded, listing its problems otherwise.
#define ASSERT_LIBRARY_OK(result)                                                                  \
    ASSERT_TRUE(::studio::core::test::succeeded(result))                                           \
        << ::studio::core::test::describeProblems(result)

namespace studio::core::test {

inline bool succeeded(const Problems& problems) {
    return problems.empty();
}
template <class T> bool succeeded(const Result<T>& result) {
    return result.ok();
}
std::string describeProblems(const Problems& problems);
template <class T> std::string describeProblems(const Result<T>& result) {
    return describeProblems(result.problems());
}
// Whether some problem's text contains `fragment`.
bool mentions(const Problems& problems, const std::string& fragment);

} // namespace studio::core::test
