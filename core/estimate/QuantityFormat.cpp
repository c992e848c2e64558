#include "estimate/QuantityFormat.h"

#include "util/Message.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <span>

namespace studio::core::estimate {

namespace {

struct Scale {
    double factor;
    const char* unit;
};

constexpr Scale kCountScales[] = {{1, ""}, {1e3, "K"}, {1e6, "M"}, {1e9, "B"}, {1e12, "T"}};
constexpr Scale kByteScales[] = {{1, "B"},     {1e3, "KB"},  {1e6, "MB"}, {1e9, "GB"},
                                 {1e12, "TB"}, {1e15, "PB"}, {1e18, "EB"}};
constexpr Scale kBitRateScales[] = {
    {1, "bps"}, {1e3, "kbps"}, {1e6, "Mbps"}, {1e9, "Gbps"}, {1e12, "Tbps"}};
constexpr Scale kTimeScales[] = {{1e-9, "ns"}, {1e-6, "\xCE\xBCs"}, {1e-3, "ms"},   {1, "s"},
                                 {60, "min"},  {3600, "hours"},     {86400, "days"}};

double parsed(const std::string& number) {
    double value = 0;
    std::from_chars(number.data(), number.data() + number.size(), value);
    return value;
}

// The mantissa and unit of `value` on `scales`: the largest unit the value reaches, moved up
// once more when rounding carries it to the next unit (999.96 KB -> 1 MB).
std::string scaled(double value, std::span<const Scale> scales, int digits, bool spaced) {
    const double magnitude = std::fabs(value);
    std::size_t index = 0;
    while (index + 1 < scales.size() && magnitude >= scales[index + 1].factor)
        ++index;
    std::string mantissa = roundedNumber(value / scales[index].factor, digits);
    if (index + 1 < scales.size() &&
        std::fabs(parsed(mantissa)) * scales[index].factor >= scales[index + 1].factor) {
        ++index;
        mantissa = roundedNumber(value / scales[index].factor, digits);
    }
    std::string unit = scales[index].unit;
    // "1 hours" reads wrong.
    if (mantissa == "1" && (unit == "hours" || unit == "days"))
        unit.pop_back();
    if (unit.empty())
        return mantissa;
    return mantissa + (spaced ? " " : "") + unit;
}

// "1.2300" -> "1.23", "5.000" -> "5"; whole numbers as they are.
std::string withoutTrailingZeros(std::string number) {
    if (number.find('.') == std::string::npos)
        return number;
    while (number.back() == '0')
        number.pop_back();
    if (number.back() == '.')
        number.pop_back();
    return number;
}

} // namespace

std::string roundedNumber(double value, int digits) {
    if (value == 0 || !std::isfinite(value))
        return formatNumber(value);
    // Below a millionth, fixed notation needs too many decimals (10^322 overflows for a
    // denormal such as 1e-320): "1.23e-10".
    if (std::fabs(value) < 1e-6) {
        char buffer[64];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, value,
                                       std::chars_format::scientific, std::max(0, digits - 1))
                             .ptr;
        const std::string text(buffer, end);
        const std::size_t e = text.find('e');
        return withoutTrailingZeros(text.substr(0, e)) + text.substr(e);
    }
    const int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
    const int decimals = digits - 1 - exponent;
    const double scale = std::pow(10.0, decimals);
    // The nudge rounds ties that binary cannot hold exactly (5.475 is 5.47499...) upwards.
    const double rounded = std::round(value * scale * (1 + 1e-12)) / scale;
    // to_chars, not printf: the command line runs under the person's locale.
    char buffer[400];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, rounded,
                                   std::chars_format::fixed, decimals > 0 ? decimals : 0)
                         .ptr;
    std::string text = withoutTrailingZeros(std::string(buffer, end));
    if (text == "-0")
        text = "0";
    return text;
}

std::string formatQuantity(double value, Dimension dimension, std::string_view noun, int digits) {
    const std::string suffix(noun);
    switch (dimension) {
    case Dimension::Count: {
        const std::string number = scaled(value, kCountScales, digits, false);
        return suffix.empty() ? number : number + ' ' + suffix;
    }
    case Dimension::Rate: {
        const std::string number = scaled(value, kCountScales, digits, false);
        if (suffix.empty())
            return number + "/s";
        return number + ' ' + suffix;
    }
    case Dimension::Bytes:
        return scaled(value, kByteScales, digits, true) + suffix;
    case Dimension::BytesPerSecond:
        return scaled(value, kByteScales, digits, true) + "/s";
    case Dimension::BitsPerSecond:
        return scaled(value, kBitRateScales, digits, true);
    case Dimension::Seconds:
        if (value == 0)
            return "0 s";
        return scaled(value, kTimeScales, digits, true);
    case Dimension::Days: {
        const std::string number = roundedNumber(value, digits);
        return number + (number == "1" ? " day" : " days");
    }
    case Dimension::Fraction:
        return roundedNumber(value * 100, 10) + '%';
    case Dimension::Text:
        break;
    }
    return formatNumber(value);
}

} // namespace studio::core::estimate
