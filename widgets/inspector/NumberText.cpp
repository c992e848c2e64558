#include "widgets/inspector/NumberText.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace studio::widgets {

namespace {

// The fewest digits that read back to exactly `value`: plain for everyday magnitudes,
// scientific ("1e-09", "1.5e+20") for very small or very large ones.
QString shortestDigits(double value) {
    char buffer[64];
    const double magnitude = std::abs(value);
    const auto format = magnitude >= 1e-6 && magnitude < 1e15 ? std::chars_format::fixed
                                                              : std::chars_format::general;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format);
    return QString::fromLatin1(buffer, result.ptr - buffer);
}

} // namespace

QString displayNumber(double value) {
    const QLocale locale;
    if (!std::isfinite(value))
        return locale.toString(value);
    if (std::abs(value) < 1e15 && value == std::floor(value))
        return locale.toString(static_cast<qlonglong>(value));
    QString digits = shortestDigits(std::abs(value));
    if (digits.contains(QLatin1Char('e')))
        return (value < 0 ? locale.negativeSign() : QString()) + digits;
    // The whole part grouped as the locale groups it, then its decimal point.
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    const QString whole = locale.toString(digits.left(point).toLongLong());
    const QString fraction = point < 0 ? QString() : locale.decimalPoint() + digits.mid(point + 1);
    return (value < 0 ? locale.negativeSign() : QString()) + whole + fraction;
}

QString compactNumber(double value, int digits) {
    const QLocale locale;
    const double magnitude = std::abs(value);
    if (!std::isfinite(value) || magnitude == 0 || (magnitude < 1e15 && value == std::floor(value)))
        return displayNumber(value);
    if (magnitude < 1e-4 || magnitude >= 1e15)
        return locale.toString(value, 'g', digits).replace(u'E', u'e'); // as displayNumber()
    // Enough decimals for `digits` significant ones, never fewer than the whole part has.
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    QString text = locale.toString(value, 'f', std::max(0, digits - 1 - exponent));
    const QString point = locale.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

std::optional<double> parseNumber(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // Strict first, so that a decimal point is never taken for a grouping separator
    // ("0.005" in German), then plain C, then the locale with grouping ("1,000").
    QLocale strict;
    strict.setNumberOptions(QLocale::RejectGroupSeparator);
    bool ok = false;
    double value = strict.toDouble(text, &ok);
    if (!ok)
        value = QLocale::c().toDouble(text, &ok);
    if (!ok)
        value = QLocale().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace studio::widgets
