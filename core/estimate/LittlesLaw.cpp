#include "estimate/LittlesLaw.h"

namespace studio::core::estimate {

namespace {

Problem notPositive(const char* key, double value) {
    return makeProblem(key, "Estimate",
                       SDS_TRANSLATE_NOOP("Estimate", "expected more than 0 (it divides), got %1"),
                       {formatNumber(value)});
}

} // namespace

Result<Calculation> littlesLaw(std::optional<double> inSystem, std::optional<double> arrivalRate,
                               std::optional<double> timeInSystem) {
    const int given =
        int(inSystem.has_value()) + int(arrivalRate.has_value()) + int(timeInSystem.has_value());
    if (given != 2)
        return makeProblem(
            "L, lambda, W", "Estimate",
            SDS_TRANSLATE_NOOP("Estimate", "give exactly two of L, lambda and W, got %1"),
            {std::to_string(given)});
    Calculation result;
    result.calculator = "little";
    const char* templ = nullptr;
    if (!inSystem) {
        inSystem = *arrivalRate * *timeInSystem;
        templ = SDS_TRANSLATE_NOOP("Estimate", "L = lambda x W = %2 x %3 = %1");
    } else if (!arrivalRate) {
        if (*timeInSystem <= 0)
            return notPositive("W", *timeInSystem);
        arrivalRate = *inSystem / *timeInSystem;
        templ = SDS_TRANSLATE_NOOP("Estimate", "lambda = L / W = %1 / %3 = %2");
    } else {
        if (*arrivalRate <= 0)
            return notPositive("lambda", *arrivalRate);
        timeInSystem = *inSystem / *arrivalRate;
        templ = SDS_TRANSLATE_NOOP("Estimate", "W = L / lambda = %1 / %2 = %3");
    }
    result.outputs = {
        {"L", *inSystem, Dimension::Count, "in the system"},
        {"lambda", *arrivalRate, Dimension::Rate, "req/s"},
        {"W", *timeInSystem, Dimension::Seconds},
    };
    result.formula = {
        Message{"Estimate",
                templ,
                {shown(*inSystem, Dimension::Count), shown(*arrivalRate, Dimension::Rate, "req/s"),
                 shown(*timeInSystem, Dimension::Seconds)}}};
    return result;
}

} // namespace studio::core::estimate
