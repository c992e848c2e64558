#include "widgets/inspector/ByteText.h"

#include "widgets/inspector/NumberText.h"

#include "estimate/Quantity.h"

#include <QLocale>

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace studio::widgets {

namespace {

struct Prefix {
    double factor;
    const char* symbol;
};

// Largest first; units are symbols, the same in every language.
constexpr std::array<Prefix, 6> kPrefixes{
    {{1e18, "EB"}, {1e15, "PB"}, {1e12, "TB"}, {1e9, "GB"}, {1e6, "MB"}, {1e3, "KB"}}};

// `number` x 10^`exponent`, rounded once from its shortest decimal digits, so that "16.1 GB"
// is exactly 16,100,000,000 B and not 16.1 x 1e9 with its binary rounding.
std::optional<double> timesPowerOfTen(double number, int exponent) {
    char buffer[64];
    const auto written =
        std::to_chars(buffer, buffer + sizeof buffer, number, std::chars_format::scientific);
    std::string digits(buffer, written.ptr);
    const auto e = digits.find('e');
    const int scaled = std::stoi(digits.substr(e + 1)) + exponent;
    digits = digits.substr(0, e) + 'e' + std::to_string(scaled);
    double value = 0;
    const auto read = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (read.ec != std::errc() || !std::isfinite(value))
        return std::nullopt; // beyond a double
    return value;
}

QString withUnit(const QString& number, const char* unit) {
    return number + QLatin1Char(' ') + QLatin1String(unit);
}

} // namespace

QString compactBytes(double bytes) {
    const double magnitude = std::abs(bytes);
    for (const Prefix& prefix : kPrefixes) {
        // 999,999 B rounds to "1,000 KB" with 4 digits: "1 MB" reads better.
        if (magnitude >= prefix.factor * 0.99995 && std::isfinite(bytes))
            return withUnit(compactNumber(bytes / prefix.factor), prefix.symbol);
    }
    return withUnit(compactNumber(bytes), "B");
}

QString exactBytes(double bytes) {
    const double magnitude = std::abs(bytes);
    for (const Prefix& prefix : kPrefixes) {
        if (magnitude < prefix.factor || !std::isfinite(bytes))
            continue;
        const QString text = withUnit(displayNumber(bytes / prefix.factor), prefix.symbol);
        if (parseBytes(text) == bytes)
            return text;
    }
    return withUnit(displayNumber(bytes), "B");
}

std::optional<double> parseBytes(const QString& input) {
    const QString text = input.trimmed();
    // The unit is the letters at the end ("GB", "KiB"); what comes before is the number.
    qsizetype split = text.size();
    while (split > 0 && text.at(split - 1).isLetter())
        --split;
    const QString unit = text.mid(split);
    const auto number = parseNumber(text.left(split));
    if (!number)
        return std::nullopt;
    if (unit.isEmpty())
        return number;
    namespace estimate = core::estimate;
    const auto parsed = estimate::parseQuantity(QStringLiteral("1 %1").arg(unit).toStdString(),
                                                estimate::Dimension::Bytes);
    if (!parsed.quantity || parsed.quantity->dimension != estimate::Dimension::Bytes)
        return std::nullopt;
    const double factor = parsed.quantity->value;
    const int exponent = static_cast<int>(std::lround(std::log10(factor)));
    if (factor == std::pow(10.0, exponent)) // SI: exact in decimal
        return timesPowerOfTen(*number, exponent);
    const double value = *number * factor; // KiB, MiB: powers of two, exact in binary
    return std::isfinite(value) ? std::optional(value) : std::nullopt;
}

} // namespace studio::widgets
