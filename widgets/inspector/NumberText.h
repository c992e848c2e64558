#pragma once

#include <QString>

#include <optional>

namespace studio::widgets {

// A number in full, as a person edits it: the fewest digits that read back to exactly
// `value` ("0.30000000000000004", "1e-07"), whole numbers with the locale's grouping
// ("10,000,000").
QString displayNumber(double value);

// A number as a field shows it while nobody edits it: at least `digits` significant digits,
// trailing zeros dropped ("3.333", "0.005"), whole numbers in full ("100.000.000" in German),
// scientific below 0.0001 and from 10^15 ("1e-07"), in the locale's notation.
QString compactNumber(double value, int digits = 4);

// A number a person typed: in the current locale ("0,005" in German) or plainly ("0.005"),
// with or without grouping; surrounding spaces are ignored. Nothing for text that is not a
// number, or is empty.
std::optional<double> parseNumber(const QString& text);

} // namespace studio::widgets
