#include "estimate/LatencyNumbers.h"

#include "estimate/Quantity.h"
#include "estimate/QuantityFormat.h"

#include <charconv>

namespace studio::core::estimate {

const std::vector<LatencyNumber>& latencyNumbers() {
    static const std::vector<LatencyNumber> table = {
        {"l1_cache", "l1", SDS_TRANSLATE_NOOP("Estimate", "L1 cache reference"), 1e-9},
        {"l2_cache", "l2", SDS_TRANSLATE_NOOP("Estimate", "L2 cache reference"), 4e-9},
        {"main_memory", "memory", SDS_TRANSLATE_NOOP("Estimate", "main memory reference"), 100e-9},
        {"ssd_random_read", "ssd", SDS_TRANSLATE_NOOP("Estimate", "SSD random read"), 16e-6},
        {"hdd_seek", "hdd", SDS_TRANSLATE_NOOP("Estimate", "HDD seek"), 2e-3},
        {"datacenter_round_trip", "dc",
         SDS_TRANSLATE_NOOP("Estimate", "round trip within a datacenter"), 0.5e-3},
        {"cross_continent_round_trip", "continent",
         SDS_TRANSLATE_NOOP("Estimate", "round trip California - Netherlands"), 150e-3},
    };
    return table;
}

const LatencyNumber* findLatencyNumber(std::string_view name) {
    for (const LatencyNumber& number : latencyNumbers())
        if (name == number.key || name == number.alias)
            return &number;
    return nullptr;
}

double latencyRatio(const LatencyNumber& slow, const LatencyNumber& fast) {
    return slow.seconds / fast.seconds;
}

Result<std::vector<LatencyStep>> readLatencyPath(const std::vector<std::string>& items,
                                                 const std::string& key) {
    std::vector<LatencyStep> steps;
    Problems problems;
    for (const std::string& item : items) {
        LatencyStep step;
        std::string_view name = item;
        if (const auto star = name.find('*'); star != std::string_view::npos) {
            const std::string_view repeat = name.substr(0, star);
            const auto parsed =
                std::from_chars(repeat.data(), repeat.data() + repeat.size(), step.count);
            if (parsed.ec != std::errc() || parsed.ptr != repeat.data() + repeat.size() ||
                step.count <= 0) {
                problems.push_back(makeProblem(
                    key, "Estimate",
                    SDS_TRANSLATE_NOOP("Estimate",
                                       "expected a repeat count before '*' (e.g. 2*dc), got %1"),
                    {item}));
                continue;
            }
            name = name.substr(star + 1);
        }
        if (const LatencyNumber* number = findLatencyNumber(name)) {
            step.seconds = number->seconds;
            step.label = number->label;
        } else if (const auto parsed = parseQuantity(name, Dimension::Seconds);
                   parsed.quantity && !parsed.quantity->plain &&
                   parsed.quantity->dimension == Dimension::Seconds) {
            step.seconds = parsed.quantity->value;
        } else {
            std::string names;
            for (const LatencyNumber& number : latencyNumbers())
                names += (names.empty() ? "" : ", ") + std::string(number.alias);
            problems.push_back(makeProblem(
                key, "Estimate",
                SDS_TRANSLATE_NOOP("Estimate",
                                   "expected a step of the latency table (%1) or a duration "
                                   "(e.g. 5ms), got %2"),
                {names, item}));
            continue;
        }
        steps.push_back(step);
    }
    if (!problems.empty())
        return problems;
    return steps;
}

Calculation latencyBudget(const std::vector<LatencyStep>& steps) {
    double total = 0;
    std::string terms;
    for (const LatencyStep& step : steps) {
        total += step.count * step.seconds;
        std::string term = shown(step.seconds, Dimension::Seconds);
        if (step.count != 1)
            term = roundedNumber(step.count, 6) + " x " + term;
        if (!step.label.empty())
            term += " (" + step.label + ")";
        terms += (terms.empty() ? "" : " + ") + term;
    }
    Calculation result;
    result.calculator = "latency";
    result.outputs = {{"latency", total, Dimension::Seconds}};
    result.formula = {Message{"Estimate",
                              SDS_TRANSLATE_NOOP("Estimate", "%1 = %2"),
                              {terms, shown(total, Dimension::Seconds)}}};
    return result;
}

} // namespace studio::core::estimate
