#pragma once

#include <string>
#include <utility>
#include <vector>

namespace studio::cli::test {

struct ProcessResult {
    int exitCode = -1; // -1 when the process did not exit normally (a signal, a timeout)
    std::string out;
    std::string err;
};

// Changes to the test's own environment for one child process.
struct EnvironmentChanges {
    std::vector<std::string> unset;
    std::vector<std::pair<std::string, std::string>> set;
};

// Runs `arguments` (the program first, looked up as a path) and waits for it to exit, at most
// `timeoutSeconds` (then kills it). Standard input is /dev/null.
ProcessResult runProcess(const std::vector<std::string>& arguments,
                         const EnvironmentChanges& environment = {}, int timeoutSeconds = 30);

} // namespace studio::cli::test
