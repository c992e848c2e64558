#include "estimate/CalculatorRegistry.h"

#include <cmath>

namespace studio::core::estimate {

const std::vector<CalculatorSpec>& calculators() {
    static const std::vector<CalculatorSpec> table = [] {
        std::vector<CalculatorSpec> all = sizingCalculatorSpecs();
        for (auto family : {reliabilityCalculatorSpecs(), algorithmCalculatorSpecs()})
            all.insert(all.end(), family.begin(), family.end());
        return all;
    }();
    return table;
}

const CalculatorSpec* findCalculator(std::string_view name) {
    for (const CalculatorSpec& calculator : calculators())
        if (name == calculator.name)
            return &calculator;
    return nullptr;
}

std::string calculatorNames() {
    std::string names;
    for (const CalculatorSpec& calculator : calculators())
        names += (names.empty() ? "" : ", ") + std::string(calculator.name);
    return names;
}

Result<Calculation> runCalculator(const CalculatorSpec& calculator,
                                  const std::vector<std::pair<std::string, std::string>>& given) {
    const auto inputs = readInputs(calculator.name, calculator.inputs, given);
    if (!inputs.ok())
        return inputs.problems();
    auto result = calculator.run(inputs.value());
    if (!result.ok())
        return result;
    Calculation& calculation = result.value();
    calculation.calculator = calculator.name;
    // Inputs each within its range may still multiply past what a double holds (dau=1e300
    // x actions_per_day=1e300): say so rather than print "inf".
    for (const Output& output : calculation.outputs) {
        if (std::isfinite(output.value) || output.mayBeInfinite ||
            output.dimension == Dimension::Text)
            continue;
        std::string givenKeys;
        std::string givenValues;
        for (const auto& [key, value] : given) {
            givenKeys += (givenKeys.empty() ? "" : ", ") + key;
            givenValues += (givenValues.empty() ? "" : " ") + key + "=" + value;
        }
        return Problems{makeProblem(
            givenKeys, "Estimate",
            SDS_TRANSLATE_NOOP("Estimate", "%1 overflows (it is not a finite number) with %2; "
                                           "the inputs are too large together"),
            {output.key, givenValues})};
    }
    for (const InputSpec& spec : calculator.inputs) {
        const auto found = inputs.value().values().find(spec.key);
        if (found == inputs.value().values().end())
            continue;
        const InputValue& value = found->second;
        calculation.inputs.push_back({spec.key, spec.dimension, spec.list, value.given,
                                      value.written, value.numbers, value.texts});
    }
    return result;
}

} // namespace studio::core::estimate
