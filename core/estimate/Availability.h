#pragma once

#include "estimate/Calculation.h"

#include <vector>

namespace studio::core::estimate {

// Availabilities are fractions (0.999 for 99.9%).

// A year of 365.25 days (the Julian year: leap years included) in seconds, and a month as a
// twelfth of it (30.4375 days).
inline constexpr double kSecondsPerYear = 365.25 * 86400;
inline constexpr double kSecondsPerMonth = kSecondsPerYear / 12;

// Components in series all must work: the product.
double seriesAvailability(const std::vector<double>& availabilities);

// Replicas in parallel: up while any one works: 1 - product of (1 - a).
double parallelAvailability(const std::vector<double>& availabilities);

// The series components, then (when given) one parallel group: availability,
// availability_percent, nines, and the downtime outputs of downtime().
Calculation availability(const std::vector<double>& series, const std::vector<double>& parallel);

// The downtime an availability allows: downtime_per_year (365.25 days),
// downtime_per_year_365 (365 days), downtime_per_month (30.4375 days), downtime_per_day; in
// seconds. 99.9% allows 8.766 hours a year (8.76 with 365 days) and 43.8 minutes a month.
Calculation downtime(double availability);

} // namespace studio::core::estimate
