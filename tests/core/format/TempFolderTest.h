#pragma once

// A test with a temporary folder of its own, removed afterwards: the tests of design files
// and of library files write there.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <system_error>

namespace studio::core::test {

class TempFolderTest : public ::testing::Test {
protected:
    // A new folder named after the test, a random number and the time: beside any other run's.
    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        m_dir = std::filesystem::temp_directory_path() /
                ("sdstudio-" + std::string(info->test_suite_name()) + "-" + info->name() + "-" +
                 std::to_string(std::random_device()()) + "-" +
                 std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        ASSERT_TRUE(std::filesystem::create_directory(m_dir));
    }
    void TearDown() override {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }

    // The path of `name` in the test's folder.
    std::string path(const std::string& name) const { return (m_dir / name).string(); }
    // Writes `bytes` to `name` in the test's folder; returns its path.
    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string file = path(name);
        std::ofstream(file, std::ios::binary) << bytes;
        return file;
    }

    std::filesystem::path m_dir;
};

} // namespace studio::core::test
