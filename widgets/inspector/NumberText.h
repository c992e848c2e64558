#pragma once

#include <QString>

#include <optional>

namespace studio::widgets {

// A number as the inspector shows it: compact ("0.005", "1e-07"), whole numbers in full with
// the locale's grouping ("10,000,000").
QString displayNumber(double value);

// A number a person typed: in the current locale ("0,005" in German) or plainly ("0.005"),
// with or without grouping; surrounding spaces are ignored. Nothing for text that is not a
// number, or is empty.
std::optional<double> parseNumber(const QString& text);

} // namespace studio::widgets
