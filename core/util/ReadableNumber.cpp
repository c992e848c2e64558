#include "util/ReadableNumber.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace studio::core {

namespace {

constexpr int kSignificant = 3;
constexpr int kMaxDecimals = 3;
constexpr double kScientificFrom = 1e12; // below it, a whole number is still read at a glance

// `value` written with `decimals` digits after the point (or in scientific notation),
// rounded as every writer of it rounds (the nearest decimal to the double, ties to even).
std::string written(double value, int decimals, bool scientific) {
    char buffer[512]; // fixed notation is used below kScientificFrom only
    const auto result = std::to_chars(
        buffer, buffer + sizeof buffer, value,
        scientific ? std::chars_format::scientific : std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

// `value` rounded to at most `decimals` decimals, trailing zeros dropped.
ReadableNumber rounded(double value, int decimals, bool scientific = false) {
    std::string text = written(value, decimals, scientific);
    const std::size_t exponent = std::min(text.find('e'), text.size());
    std::string mantissa = text.substr(0, exponent);
    while (decimals > 0 && mantissa.back() == '0') {
        mantissa.pop_back();
        --decimals;
    }
    if (mantissa.back() == '.')
        mantissa.pop_back();
    text = mantissa + text.substr(exponent);
    ReadableNumber number;
    std::from_chars(text.data(), text.data() + text.size(), number.number);
    number.number += 0.0; // -0 reads 0
    number.decimals = decimals;
    number.scientific = scientific;
    return number;
}

// Three significant digits, whole numbers in full, at most kMaxDecimals decimals; a positive
// value too small for them reads "<0.001".
ReadableNumber significant(double value) {
    const double size = std::fabs(value);
    if (size >= kScientificFrom)
        return rounded(value, kSignificant - 1, true);
    if (size == 0)
        return rounded(0, 0);
    const int magnitude = static_cast<int>(std::floor(std::log10(size)));
    const int decimals = std::clamp(kSignificant - 1 - magnitude, 0, kMaxDecimals);
    ReadableNumber number = rounded(value, decimals);
    if (std::fabs(number.number) >= kScientificFrom) // 999999999999.6 rounds up to 1e12
        return rounded(value, kSignificant - 1, true);
    if (number.number == 0 && value > 0)
        return {.bound = ReadableNumber::Bound::Below,
                .number = std::pow(10.0, -kMaxDecimals),
                .decimals = kMaxDecimals};
    return number;
}

ReadableNumber utilisation(double fraction) {
    const double percent = fraction * 100;
    ReadableNumber shown;
    if (std::fabs(percent) >= kScientificFrom)
        shown = rounded(percent, kSignificant - 1, true);
    else
        shown = rounded(percent, 0);
    // Between idle and saturated, a decimal more where whole percents would say either.
    if (fraction > 0 && fraction < 1 && (shown.number == 0 || shown.number >= 100)) {
        shown = rounded(percent, 1);
        if (shown.number == 0)
            shown = {.bound = ReadableNumber::Bound::Below, .number = 0.1, .decimals = 1};
        else if (shown.number >= 100)
            shown = {.bound = ReadableNumber::Bound::Above, .number = 99.9, .decimals = 1};
    }
    shown.unit = ReadableNumber::Unit::Percent;
    return shown;
}

ReadableNumber duration(double seconds) {
    // The unit follows the rounded value: 0.99996 s reads "1 s", not "1000 ms".
    ReadableNumber shown = significant(seconds);
    if (std::fabs(shown.number) >= 1 && shown.bound == ReadableNumber::Bound::Exact) {
        shown.unit = ReadableNumber::Unit::Seconds;
        return shown;
    }
    shown = significant(seconds * 1000);
    shown.unit = ReadableNumber::Unit::Milliseconds;
    return shown;
}

ReadableNumber availability(double fraction) {
    const double down = 1 - fraction;
    // As many decimals as the nines need: 0.998 -> 99.80%, 0.99999 -> 99.9990% (the 1e-9
    // absorbs 1 - 0.99999 landing a hair below 1e-5).
    int decimals = 2;
    if (down > 0 && down < 1)
        decimals = std::clamp(static_cast<int>(std::ceil(-std::log10(down) - 1e-9)) - 1, 2, 6);
    // Cut, not rounded (the 1e-6 absorbs 0.9998 x 1e4 landing a hair below 9998); what is
    // short of 1 stays short of 100% whatever the decimals, and above 0 stays above 0%.
    const double scale = std::pow(10.0, decimals);
    const double steps = down > 0
                             ? std::min(std::floor(fraction * 100 * scale + 1e-6), 100 * scale - 1)
                             : 100 * scale;
    const bool tiny = fraction > 0 && steps <= 0; // reads "<0.01%"
    return {.bound = tiny ? ReadableNumber::Bound::Below : ReadableNumber::Bound::Exact,
            .number = tiny ? 0.01 : steps / scale,
            .decimals = tiny ? 2 : decimals,
            .unit = ReadableNumber::Unit::Percent};
}

// `value` by `rule`, or "∞" and "?" where there is no number to show; "≈" goes with a
// number only.
ReadableNumber shownBy(ReadableNumber (*rule)(double), double value, bool approximate) {
    ReadableNumber shown;
    if (std::isnan(value)) {
        shown.special = ReadableNumber::Special::Unknown;
    } else if (std::isinf(value)) {
        shown.special = ReadableNumber::Special::Infinite;
    } else {
        shown = rule(value);
        shown.approximate = approximate;
    }
    return shown;
}

} // namespace

std::string ReadableNumber::text() const {
    switch (special) {
    case Special::Infinite:
        return "∞";
    case Special::Unknown:
        return "?";
    case Special::None:
        break;
    }
    std::string out = approximate ? "≈" : "";
    out += bound == Bound::Below ? "<" : bound == Bound::Above ? ">" : "";
    out += written(number, decimals, scientific);
    switch (unit) {
    case Unit::Percent:
        return out + "%";
    case Unit::Seconds:
        return out + " s";
    case Unit::Milliseconds:
        return out + " ms";
    case Unit::None:
        break;
    }
    return out;
}

ReadableNumber readableRate(double perSecond, bool approximate) {
    return shownBy(significant, perSecond, approximate);
}

ReadableNumber readableUtilisation(double fraction, bool approximate) {
    return shownBy(utilisation, fraction, approximate);
}

ReadableNumber readableSeconds(double seconds, bool approximate) {
    return shownBy(duration, seconds, approximate);
}

ReadableNumber readableAvailability(double fraction, bool approximate) {
    return shownBy(availability, fraction, approximate);
}

} // namespace studio::core
