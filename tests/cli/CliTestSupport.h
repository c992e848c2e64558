#pragma once

// What the command-line tests share: the built sdstudio run with no display, the example
// design, and a temporary folder of each test's own.
#include "Process.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace studio::cli::test {

// No display at all: every command tested must run headless.
inline const EnvironmentChanges kHeadless{{"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}, {}};

// Runs the built sdstudio with `arguments` in `environment`, for at most `timeoutSeconds`.
inline ProcessResult runSdstudio(std::vector<std::string> arguments,
                                 const EnvironmentChanges& environment = kHeadless,
                                 int timeoutSeconds = 30) {
    arguments.insert(arguments.begin(), SDSTUDIO_EXECUTABLE);
    return runProcess(arguments, environment, timeoutSeconds);
}

// The example design shipped with the sources.
inline std::string exampleDesign() {
    return std::string(STUDIO_SOURCE_DIR) + "/docs/examples/url-shortener.json";
}

// A valid design whose links loop (users -> a -> b -> a): the solver and the simulator refuse
// it, naming the loop.
inline constexpr const char* kLoopingDesign = R"({"format": "sdstudio-design", "version": 1,
      "components": [
        {"id": "users", "kind": "client", "workload": {"rate": 10, "classes": [{"name": "read"}]}},
        {"id": "a", "kind": "service"}, {"id": "b", "kind": "service"}],
      "links": [{"from": "users", "to": "a"}, {"from": "a", "to": "b"},
                {"from": "b", "to": "a"}]})";

// A test with a folder of its own, "sdstudio-<prefix>-<test>-<pid>" in the temporary folder,
// made empty before the test and removed after it.
class FolderTest : public ::testing::Test {
protected:
    explicit FolderTest(std::string prefix)
        : m_prefix(std::move(prefix)) {}

    void SetUp() override {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        dir = std::filesystem::temp_directory_path() /
              ("sdstudio-" + m_prefix + "-" + info->name() + "-" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
    }
    void TearDown() override { std::filesystem::remove_all(dir); }

    // The path of `name` in the test's folder.
    std::string path(const std::string& name) const { return (dir / name).string(); }
    // Writes `content` to `name` in the test's folder; returns its path.
    std::string write(const std::string& name, const std::string& content) const {
        const std::string file = path(name);
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }

    std::filesystem::path dir;

private:
    std::string m_prefix;
};

} // namespace studio::cli::test
