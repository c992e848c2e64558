#pragma once

// A simulated figure as the studio writes it: its mean, its 95% interval over the
// replications and the analytic estimate beside it, by core's rounding rules in the
// locale's digits ("72% ±1.2% [70%]").
#include "sim/Interval.h"

#include <QString>

#include <optional>

namespace studio::widgets {

enum class Measure { Rate, Seconds, Utilisation, Availability };

QString figureText(double value, Measure measure);
// "72% ±1.2%"; "-" when no replication has it.
QString intervalText(const core::sim::Interval& interval, Measure measure);
// The interval with the estimate in brackets, and "*" when the estimate lies outside it.
QString comparedText(const core::sim::Interval& interval, Measure measure,
                     std::optional<double> estimate);

} // namespace studio::widgets
