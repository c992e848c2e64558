#include "estimate/CalculationReport.h"

#include "estimate/QuantityFormat.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace studio::core::estimate {

namespace {

std::string unitOf(const Output& output) {
    if (output.dimension == Dimension::Count)
        return output.noun == "%" ? "%" : "";
    if (output.dimension == Dimension::Fraction || output.dimension == Dimension::Text)
        return "";
    return baseUnitName(output.dimension);
}

std::string describeSpec(const InputSpec& spec) {
    std::string text = dimensionExpectation(spec.dimension);
    if (spec.list)
        text += ", a list";
    if (spec.per == 86400)
        text += ", a day";
    if (spec.required)
        text += ", required";
    else if (spec.defaultValue)
        text += std::string(", default ") + spec.defaultValue;
    else
        text += ", optional";
    return text + ": " + spec.description;
}

} // namespace

std::string plainNumber(double value) {
    if (std::isfinite(value) && std::floor(value) == value && std::fabs(value) < 1e15)
        return formatNumber(value);
    return roundedNumber(value, 10);
}

std::vector<std::string> calculationText(const Calculation& calculation) {
    std::vector<std::string> lines;
    for (const Output& output : calculation.outputs) {
        if (output.dimension == Dimension::Text) {
            lines.push_back(output.key + " = " + output.text);
            continue;
        }
        std::string line = output.key + " = " + plainNumber(output.value);
        const std::string unit = unitOf(output);
        if (!unit.empty())
            line += ' ' + unit;
        line += " (" + output.peopleForm();
        if (const std::string seed = output.seedForm(); !seed.empty())
            line += "; " + seed;
        lines.push_back(line + ')');
    }
    for (const std::string& step : calculation.formulaLines())
        lines.push_back("formula: " + step);
    for (const Message& note : calculation.notes)
        lines.push_back("note: " + note.format());
    lines.push_back(std::string("units: ") + kUnitsNote);
    return lines;
}

nlohmann::json calculationJson(const Calculation& calculation) {
    nlohmann::json inputs = nlohmann::json::object();
    for (const UsedInput& input : calculation.inputs) {
        if (input.dimension == Dimension::Text)
            inputs[input.key] =
                input.list ? nlohmann::json(input.texts)
                           : nlohmann::json(input.texts.empty() ? std::string() : input.texts[0]);
        else
            inputs[input.key] =
                input.list ? nlohmann::json(input.numbers)
                           : nlohmann::json(input.numbers.empty() ? 0.0 : input.numbers[0]);
    }
    nlohmann::json outputs = nlohmann::json::object();
    nlohmann::json units = nlohmann::json::object();
    for (const Output& output : calculation.outputs) {
        if (output.dimension == Dimension::Text)
            outputs[output.key] = output.text;
        else if (std::isfinite(output.value) && std::floor(output.value) == output.value &&
                 std::fabs(output.value) < 9007199254740992.0)
            outputs[output.key] = static_cast<std::int64_t>(output.value); // 12182, not 12182.0
        else if (std::isfinite(output.value))
            outputs[output.key] = output.value;
        else
            outputs[output.key] = nullptr; // JSON has no infinity (100% has infinite nines)
        units[output.key] = output.noun == "%" ? "%" : baseUnitName(output.dimension);
    }
    std::string formula;
    for (const std::string& step : calculation.formulaLines())
        formula += (formula.empty() ? "" : "\n") + step;
    nlohmann::json notes = nlohmann::json::array();
    for (const Message& note : calculation.notes)
        notes.push_back(note.format());
    return {{"calculator", calculation.calculator},
            {"inputs", inputs},
            {"outputs", outputs},
            {"output_units", units},
            {"formula", formula},
            {"notes", notes},
            {"units", kUnitsNote}};
}

std::vector<std::string> calculatorListText(const CalculatorSpec* only) {
    std::vector<std::string> lines;
    for (const CalculatorSpec& calculator : calculators()) {
        if (only && only != &calculator)
            continue;
        lines.push_back(std::string(calculator.name) + ": " + calculator.description);
        std::size_t width = 0;
        for (const InputSpec& spec : calculator.inputs)
            width = std::max(width, std::string(spec.key).size());
        for (const InputSpec& spec : calculator.inputs) {
            std::string key = spec.key;
            key.resize(width + 2, ' ');
            lines.push_back("    " + key + describeSpec(spec));
        }
    }
    lines.push_back(std::string("units: ") + kUnitsNote +
                    "; KiB, MiB, GiB are binary; a month is 30 days, a year 365 days");
    return lines;
}

nlohmann::json calculatorListJson(const CalculatorSpec* only) {
    nlohmann::json list = nlohmann::json::array();
    for (const CalculatorSpec& calculator : calculators()) {
        if (only && only != &calculator)
            continue;
        nlohmann::json inputs = nlohmann::json::array();
        for (const InputSpec& spec : calculator.inputs) {
            inputs.push_back({{"key", spec.key},
                              {"dimension", dimensionName(spec.dimension)},
                              {"required", spec.required},
                              {"default", spec.defaultValue ? nlohmann::json(spec.defaultValue)
                                                            : nlohmann::json(nullptr)},
                              {"list", spec.list},
                              {"description", spec.description}});
        }
        list.push_back({{"name", calculator.name},
                        {"description", calculator.description},
                        {"inputs", inputs}});
    }
    return list;
}

} // namespace studio::core::estimate
