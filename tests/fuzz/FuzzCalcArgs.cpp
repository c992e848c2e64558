// libFuzzer target: `sdstudio calc NAME key=value...` as lines: the calculator's name, then
// one argument a line, split at the first '='.
#include "estimate/CalculatorRegistry.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using namespace studio::core::estimate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream lines(std::string(reinterpret_cast<const char*>(data), size));
    std::string name;
    std::getline(lines, name);
    const CalculatorSpec* calculator = findCalculator(name);
    if (!calculator)
        return 0;
    std::vector<std::pair<std::string, std::string>> given;
    for (std::string line; std::getline(lines, line);) {
        const auto equals = line.find('=');
        if (equals == std::string::npos)
            given.emplace_back(line, std::string());
        else
            given.emplace_back(line.substr(0, equals), line.substr(equals + 1));
    }
    (void)runCalculator(*calculator, given);
    return 0;
}
