#include "estimate/Quantity.h"

#include "estimate/UnitTable.h"

#include <charconv>
#include <cmath>
#include <string>

namespace studio::core::estimate {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// The number at the start of `text`: [+-] digits with optional thousands commas (exactly
// three digits after each), a fraction, an exponent. Sets `length`; nullopt when there is no
// number or its commas are misplaced ("1,00").
struct Decimal {
    double value = 0;
    std::string text; // as read, without commas or '+': "99.9", "1e6"
};

std::optional<Decimal> readNumber(std::string_view text, std::size_t& length) {
    std::string cleaned;
    std::size_t i = 0;
    if (i < text.size() && (text[i] == '+' || text[i] == '-'))
        cleaned += text[i++];
    std::size_t digits = 0;
    while (i < text.size()) {
        if (isDigit(text[i])) {
            cleaned += text[i++];
            ++digits;
        } else if (text[i] == ',' && digits > 0) {
            const bool group = i + 3 < text.size() && isDigit(text[i + 1]) &&
                               isDigit(text[i + 2]) && isDigit(text[i + 3]) &&
                               (i + 4 == text.size() || !isDigit(text[i + 4]));
            if (!group)
                return std::nullopt;
            ++i;
        } else {
            break;
        }
    }
    if (i < text.size() && text[i] == '.') {
        cleaned += text[i++];
        while (i < text.size() && isDigit(text[i])) {
            cleaned += text[i++];
            ++digits;
        }
    }
    if (digits == 0)
        return std::nullopt;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        std::size_t j = i + 1;
        if (j < text.size() && (text[j] == '+' || text[j] == '-'))
            ++j;
        if (j < text.size() && isDigit(text[j])) {
            cleaned += text.substr(i, j - i);
            while (j < text.size() && isDigit(text[j]))
                cleaned += text[j++];
            i = j;
        }
    }
    if (cleaned.front() == '+')
        cleaned.erase(0, 1);
    double value = 0;
    const auto result = std::from_chars(cleaned.data(), cleaned.data() + cleaned.size(), value);
    if (result.ec != std::errc() || result.ptr != cleaned.data() + cleaned.size())
        return std::nullopt;
    length = i;
    return Decimal{value, cleaned};
}

// number x factor, rounded once: a power of ten moves the decimal exponent ("99.9%" is
// 99.9e-2 = 0.999, where 99.9 x 0.01 is 0.9990000000000001); a factor whose reciprocal is
// whole divides (10/min is 10 / 60).
double times(const Decimal& number, double factor) {
    const int exponent = static_cast<int>(std::lround(std::log10(factor)));
    if (factor > 0 && std::fabs(factor / std::pow(10.0, exponent) - 1) < 1e-12) {
        const auto e = number.text.find_first_of("eE");
        long long given = 0; // the written exponent; "0e33333333333" overflows an int
        const char* end = number.text.data() + number.text.size();
        const bool readable =
            e == std::string::npos ||
            std::from_chars(number.text.data() + e + 1 + (number.text[e + 1] == '+'), end, given)
                    .ec == std::errc();
        const std::string shifted =
            number.text.substr(0, e) + 'e' + std::to_string(given + exponent);
        double value = 0;
        if (readable &&
            std::from_chars(shifted.data(), shifted.data() + shifted.size(), value).ec ==
                std::errc())
            return value;
    }
    if (factor < 1 && factor > 0) {
        const double reciprocal = std::round(1 / factor);
        if (std::fabs(reciprocal * factor - 1) < 1e-12)
            return number.value / reciprocal;
    }
    return number.value * factor;
}

bool countsThings(Dimension dimension) {
    return dimension == Dimension::Count || dimension == Dimension::Rate;
}

// "K QPS", "M users", "B": a multiplier, then nothing or a count or a rate unit.
std::optional<Quantity> withMultiplier(const Decimal& number, std::string_view suffix) {
    std::size_t length = 0;
    const auto factor = matchMultiplier(suffix, length);
    if (!factor)
        return std::nullopt;
    const std::string_view rest = trim(suffix.substr(length));
    if (rest.empty())
        return Quantity{times(number, *factor), Dimension::Count, true};
    const auto unit = matchUnit(rest);
    if (!unit || !countsThings(unit->dimension))
        return std::nullopt;
    return Quantity{times(number, *factor * unit->factor), unit->dimension, false};
}

std::optional<Quantity> withUnit(const Decimal& number, std::string_view suffix) {
    if (suffix == "nines" || suffix == "nine") // "3 nines" = 99.9%
        return Quantity{1 - std::pow(10.0, -number.value), Dimension::Fraction, false};
    const auto unit = matchUnit(suffix);
    if (!unit)
        return std::nullopt;
    return Quantity{times(number, unit->factor), unit->dimension, false};
}

} // namespace

QuantityParse parseQuantity(std::string_view text, Dimension expected) {
    QuantityParse result;
    const std::string_view trimmed = trim(text);
    std::size_t length = 0;
    const auto number = readNumber(trimmed, length);
    if (!number)
        return result;
    const std::string_view suffix = trim(trimmed.substr(length));
    if (suffix.empty()) {
        result.quantity = Quantity{number->value, expected, true};
        return result;
    }
    // A key that counts reads "2B" as two billion; any other key as two bytes.
    if (countsThings(expected) && suffix.front() == 'B') {
        if (auto quantity = withMultiplier(*number, suffix)) {
            result.quantity = quantity;
            return result;
        }
    }
    result.quantity = withUnit(*number, suffix);
    if (!result.quantity)
        result.quantity = withMultiplier(*number, suffix);
    if (!result.quantity)
        result.unknownUnit = std::string(suffix);
    else if (result.quantity->plain)
        result.quantity->dimension = expected;
    return result;
}

std::optional<double> convertQuantity(const Quantity& quantity, Dimension target) {
    if (target == Dimension::Text)
        return std::nullopt;
    if (quantity.plain || quantity.dimension == target)
        return quantity.value;
    if (quantity.dimension == Dimension::Seconds && target == Dimension::Days)
        return quantity.value / 86400;
    if (quantity.dimension == Dimension::Days && target == Dimension::Seconds)
        return quantity.value * 86400;
    if (quantity.dimension == Dimension::BitsPerSecond && target == Dimension::BytesPerSecond)
        return quantity.value / 8;
    if (quantity.dimension == Dimension::BytesPerSecond && target == Dimension::BitsPerSecond)
        return quantity.value * 8;
    return std::nullopt;
}

} // namespace studio::core::estimate
