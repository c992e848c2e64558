#include "estimate/Inputs.h"

#include "estimate/Quantity.h"

#include <cassert>
#include <cmath>

namespace studio::core::estimate {

namespace {

constexpr const char* kContext = "Estimate";

Problem problem(const std::string& key, const char* text, std::vector<std::string> args) {
    return makeProblem(key, kContext, text, std::move(args));
}

std::string trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return std::string(text);
}

std::vector<std::string> items(const InputSpec& spec, const std::string& written) {
    if (!spec.list)
        return {trim(written)};
    std::vector<std::string> result;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = written.find(',', start);
        result.push_back(trim(std::string_view(written).substr(start, comma - start)));
        if (comma == std::string::npos)
            return result;
        start = comma + 1;
    }
}

// A per-period key ("a day") also takes the rate of its dimension.
std::optional<double> perPeriod(const InputSpec& spec, const Quantity& quantity) {
    if (spec.per <= 0 || quantity.plain)
        return std::nullopt;
    if (spec.dimension == Dimension::Count && quantity.dimension == Dimension::Rate)
        return quantity.value * spec.per;
    if (spec.dimension == Dimension::Bytes) {
        if (const auto bytes = convertQuantity(quantity, Dimension::BytesPerSecond);
            bytes && quantity.dimension != Dimension::Count)
            return *bytes * spec.per;
    }
    return std::nullopt;
}

std::optional<Problem> outOfBounds(const InputSpec& spec, const Quantity& quantity, double value,
                                   const std::string& item) {
    const std::string key = spec.key;
    switch (spec.bound) {
    case Bound::None:
        break;
    case Bound::NonNegative:
        if (value < 0)
            return problem(key, SDS_TRANSLATE_NOOP("Estimate", "expected 0 or more, got %1"),
                           {item});
        break;
    case Bound::Positive:
        if (value <= 0)
            return problem(key, SDS_TRANSLATE_NOOP("Estimate", "expected more than 0, got %1"),
                           {item});
        break;
    case Bound::Divisor:
        if (value <= 0)
            return problem(
                key, SDS_TRANSLATE_NOOP("Estimate", "expected more than 0 (it divides), got %1"),
                {item});
        break;
    case Bound::AtLeastOne:
        if (value < 1)
            return problem(key, SDS_TRANSLATE_NOOP("Estimate", "expected at least 1, got %1"),
                           {item});
        break;
    case Bound::UnitRange:
    case Bound::PositiveUnit:
        if (quantity.plain && value > 1 && value <= 100)
            return problem(key,
                           SDS_TRANSLATE_NOOP("Estimate", "expected a fraction from 0 to 1 (0% to "
                                                          "100%), got %1; did you mean %1%?"),
                           {item});
        if (value < 0 || value > 1 || (spec.bound == Bound::PositiveUnit && value == 0))
            return problem(key,
                           spec.bound == Bound::PositiveUnit
                               ? SDS_TRANSLATE_NOOP("Estimate", "expected more than 0% and at "
                                                                "most 100%, got %1")
                               : SDS_TRANSLATE_NOOP("Estimate", "expected a fraction from 0 to 1 "
                                                                "(0% to 100%), got %1"),
                           {item});
        break;
    }
    if (spec.whole && std::floor(value) != value)
        return problem(key, SDS_TRANSLATE_NOOP("Estimate", "expected a whole number, got %1"),
                       {item});
    return std::nullopt;
}

Result<InputValue> readValue(const InputSpec& spec, const std::string& written) {
    InputValue value;
    value.written = written;
    Problems problems;
    const std::string expected = dimensionExpectation(spec.dimension);
    for (const std::string& item : items(spec, written)) {
        if (item.empty()) {
            problems.push_back(problem(
                spec.key, SDS_TRANSLATE_NOOP("Estimate", "expected %1, got nothing"), {expected}));
            continue;
        }
        if (spec.dimension == Dimension::Text) {
            value.texts.push_back(item);
            continue;
        }
        const QuantityParse parsed = parseQuantity(item, spec.dimension);
        if (!parsed.quantity) {
            if (parsed.unknownUnit.empty())
                problems.push_back(problem(spec.key,
                                           SDS_TRANSLATE_NOOP("Estimate", "expected %1, got %2"),
                                           {expected, item}));
            else
                problems.push_back(problem(
                    spec.key,
                    SDS_TRANSLATE_NOOP("Estimate", "expected %1, got %2 (unknown unit '%3')"),
                    {expected, item, parsed.unknownUnit}));
            continue;
        }
        auto number = perPeriod(spec, *parsed.quantity);
        if (!number)
            number = convertQuantity(*parsed.quantity, spec.dimension);
        if (!number) {
            problems.push_back(problem(
                spec.key, SDS_TRANSLATE_NOOP("Estimate", "expected %1, got %2, which is %3"),
                {expected, item, dimensionNoun(parsed.quantity->dimension)}));
            continue;
        }
        if (auto bad = outOfBounds(spec, *parsed.quantity, *number, item)) {
            problems.push_back(std::move(*bad));
            continue;
        }
        value.numbers.push_back(*number);
    }
    if (!problems.empty())
        return problems;
    return value;
}

std::string keyList(const std::vector<InputSpec>& specs) {
    std::string text;
    for (const InputSpec& spec : specs)
        text += (text.empty() ? "" : ", ") + std::string(spec.key);
    return text;
}

} // namespace

bool Inputs::has(std::string_view key) const {
    return m_values.find(key) != m_values.end();
}

double Inputs::number(std::string_view key) const {
    const auto found = m_values.find(key);
    if (found == m_values.end() || found->second.numbers.empty())
        return 0;
    return found->second.numbers.front();
}

const std::vector<double>& Inputs::numbers(std::string_view key) const {
    static const std::vector<double> none;
    const auto found = m_values.find(key);
    return found == m_values.end() ? none : found->second.numbers;
}

std::string Inputs::text(std::string_view key) const {
    const auto& all = texts(key);
    return all.empty() ? std::string() : all.front();
}

const std::vector<std::string>& Inputs::texts(std::string_view key) const {
    static const std::vector<std::string> none;
    const auto found = m_values.find(key);
    return found == m_values.end() ? none : found->second.texts;
}

void Inputs::set(std::string key, InputValue value) {
    m_values[std::move(key)] = std::move(value);
}

Result<Inputs> readInputs(const std::string& calculator, const std::vector<InputSpec>& specs,
                          const std::vector<std::pair<std::string, std::string>>& given) {
    Inputs inputs;
    Problems problems;
    for (const auto& [key, written] : given) {
        const InputSpec* spec = nullptr;
        for (const InputSpec& candidate : specs)
            if (key == candidate.key)
                spec = &candidate;
        if (!spec) {
            problems.push_back(problem(key,
                                       SDS_TRANSLATE_NOOP("Estimate", "unknown key for calculator "
                                                                      "%1 (expected: %2)"),
                                       {calculator, keyList(specs)}));
            continue;
        }
        if (inputs.has(key)) {
            problems.push_back(
                problem(key, SDS_TRANSLATE_NOOP("Estimate", "given more than once"), {}));
            continue;
        }
        auto value = readValue(*spec, written);
        if (!value.ok()) {
            problems.insert(problems.end(), value.problems().begin(), value.problems().end());
            continue;
        }
        value.value().given = true;
        inputs.set(key, std::move(value).value());
    }
    for (const InputSpec& spec : specs) {
        if (inputs.has(spec.key))
            continue;
        bool failed = false;
        for (const Problem& reported : problems)
            failed = failed || reported.place == spec.key;
        if (spec.required && !failed) {
            problems.push_back(problem(spec.key, SDS_TRANSLATE_NOOP("Estimate", "required: %1, %2"),
                                       {spec.description, dimensionExpectation(spec.dimension)}));
        } else if (spec.defaultValue) {
            auto value = readValue(spec, spec.defaultValue);
            assert(value.ok() && "a calculator's default must read as its own key's value");
            if (value.ok())
                inputs.set(spec.key, std::move(value).value());
        }
    }
    if (!problems.empty())
        return problems;
    return inputs;
}

} // namespace studio::core::estimate
