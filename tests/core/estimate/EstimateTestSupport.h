#pragma once

#include "estimate/CalculatorRegistry.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace studio::core::estimate::test {

using Given = std::vector<std::pair<std::string, std::string>>;

// Runs calculator `name` on `given` as the command line would; fails the test on problems.
inline Calculation calc(const std::string& name, const Given& given) {
    const CalculatorSpec* calculator = findCalculator(name);
    EXPECT_NE(calculator, nullptr) << name;
    if (!calculator)
        return {};
    auto result = runCalculator(*calculator, given);
    std::string problems;
    for (const Problem& problem : result.problems())
        problems += problem.text() + "\n";
    EXPECT_TRUE(result.ok()) << problems;
    return result.ok() ? result.value() : Calculation{};
}

// The problems of running `name` on `given` (none when it ran).
inline Problems problemsOf(const std::string& name, const Given& given) {
    const CalculatorSpec* calculator = findCalculator(name);
    EXPECT_NE(calculator, nullptr) << name;
    if (!calculator)
        return {};
    return runCalculator(*calculator, given).problems();
}

inline const Output& output(const Calculation& calculation, const std::string& key) {
    static const Output missing{"<missing>"};
    const Output* found = calculation.find(key);
    EXPECT_NE(found, nullptr) << key;
    return found ? *found : missing;
}

// The formula lines joined by newlines.
inline std::string formulaOf(const Calculation& calculation) {
    std::string text;
    for (const std::string& line : calculation.formulaLines())
        text += line + "\n";
    return text;
}

} // namespace studio::core::estimate::test
