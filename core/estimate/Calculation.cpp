#include "estimate/Calculation.h"

#include "estimate/QuantityFormat.h"

#include <cmath>
#include <limits>

namespace studio::core::estimate {

std::string Output::peopleForm() const {
    if (dimension == Dimension::Text)
        return text;
    if (digits == 0)
        return noun.empty() ? formatNumber(value) : formatNumber(value) + ' ' + noun;
    return formatQuantity(value, dimension, noun, digits);
}

std::string Output::seedForm() const {
    if (!estimate || dimension == Dimension::Text || dimension == Dimension::Fraction)
        return {};
    return '~' + formatQuantity(value, dimension, noun, 2);
}

const Output* Calculation::find(std::string_view key) const {
    for (const Output& output : outputs)
        if (output.key == key)
            return &output;
    return nullptr;
}

double Calculation::value(std::string_view key) const {
    const Output* output = find(key);
    return output ? output->value : std::numeric_limits<double>::quiet_NaN();
}

std::vector<std::string> Calculation::formulaLines() const {
    std::vector<std::string> lines;
    for (const Message& message : formula)
        lines.push_back(message.format());
    return lines;
}

std::string shown(double value, Dimension dimension, std::string_view noun) {
    return formatQuantity(value, dimension, noun, 4);
}

double ceilWhole(double value) {
    const double nearest = std::round(value);
    if (std::fabs(value - nearest) <= 1e-9 * std::max(1.0, std::fabs(value)))
        return nearest;
    return std::ceil(value);
}

} // namespace studio::core::estimate
