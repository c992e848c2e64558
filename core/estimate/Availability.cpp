#include "estimate/Availability.h"

#include "estimate/QuantityFormat.h"

#include <cmath>
#include <limits>

namespace studio::core::estimate {

namespace {

Message say(const char* text, std::vector<std::string> args) {
    return Message{"Estimate", text, std::move(args)};
}

std::string percent(double value) {
    return formatQuantity(value, Dimension::Fraction);
}

bool allEqual(const std::vector<double>& values) {
    for (double value : values)
        if (value != values.front())
            return false;
    return true;
}

// "99.9% x 99.9%"
std::string seriesTerms(const std::vector<double>& series) {
    std::string text;
    for (double value : series)
        text += (text.empty() ? "" : " x ") + percent(value);
    return text;
}

// "(1 - 99%)^3" or "(1 - 99%) x (1 - 99.9%)"
std::string parallelTerms(const std::vector<double>& parallel) {
    if (parallel.size() > 1 && allEqual(parallel))
        return "(1 - " + percent(parallel.front()) + ")^" + std::to_string(parallel.size());
    std::string text;
    for (double value : parallel)
        text += (text.empty() ? "" : " x ") + ("(1 - " + percent(value) + ")");
    return text;
}

void addDowntime(Calculation& result, double availability) {
    const double down = 1 - availability;
    const double perYear = down * kSecondsPerYear;
    const double perYear365 = down * 365 * 86400;
    const double perMonth = down * kSecondsPerMonth;
    const double perDay = down * 86400;
    const std::string a = percent(availability);
    result.outputs.push_back({"downtime_per_year", perYear, Dimension::Seconds});
    result.outputs.push_back({"downtime_per_year_365", perYear365, Dimension::Seconds});
    result.outputs.push_back({"downtime_per_month", perMonth, Dimension::Seconds});
    result.outputs.push_back({"downtime_per_day", perDay, Dimension::Seconds});
    result.formula.push_back(
        say(SDS_TRANSLATE_NOOP("Estimate",
                               "(1 - %1) x 365.25 days = %2 of downtime a year (%3 in 365 days)"),
            {a, shown(perYear, Dimension::Seconds), shown(perYear365, Dimension::Seconds)}));
    result.formula.push_back(
        say(SDS_TRANSLATE_NOOP("Estimate", "(1 - %1) x 30.4375 days = %2 a month; %3 a day"),
            {a, shown(perMonth, Dimension::Seconds), shown(perDay, Dimension::Seconds)}));
    result.notes.push_back(
        say(SDS_TRANSLATE_NOOP("Estimate", "a year is 365.25 days (leap years included), "
                                           "a month a twelfth of it: 30.4375 days"),
            {}));
}

} // namespace

double seriesAvailability(const std::vector<double>& availabilities) {
    double product = 1;
    for (double value : availabilities)
        product *= value;
    return product;
}

double parallelAvailability(const std::vector<double>& availabilities) {
    double allDown = 1;
    for (double value : availabilities)
        allDown *= 1 - value;
    return 1 - allDown;
}

Calculation availability(const std::vector<double>& series, const std::vector<double>& parallel) {
    Calculation result;
    result.calculator = "availability";
    const double ofSeries = seriesAvailability(series);
    const double ofParallel = parallel.empty() ? 1 : parallelAvailability(parallel);
    const double total = ofSeries * ofParallel;
    if (!series.empty())
        result.formula.push_back(say(SDS_TRANSLATE_NOOP("Estimate", "in series: %1 = %2"),
                                     {seriesTerms(series), percent(ofSeries)}));
    if (!parallel.empty())
        result.formula.push_back(say(SDS_TRANSLATE_NOOP("Estimate", "in parallel: 1 - %1 = %2"),
                                     {parallelTerms(parallel), percent(ofParallel)}));
    if (!series.empty() && !parallel.empty())
        result.formula.push_back(say(SDS_TRANSLATE_NOOP("Estimate", "together: %1 x %2 = %3"),
                                     {percent(ofSeries), percent(ofParallel), percent(total)}));
    const double nines =
        total >= 1 ? std::numeric_limits<double>::infinity() : -std::log10(1 - total);
    result.outputs = {
        {"availability", total, Dimension::Fraction, "", 10, false},
        {"availability_percent", total * 100, Dimension::Count, "%", 10, false},
        {"nines", nines, Dimension::Count, "nines", 3, false, {}, true},
    };
    addDowntime(result, total);
    return result;
}

Calculation downtime(double availability) {
    Calculation result;
    result.calculator = "downtime";
    addDowntime(result, availability);
    return result;
}

} // namespace studio::core::estimate
