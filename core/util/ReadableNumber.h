#pragma once

#include <string>

namespace studio::core {

// A figure as people read it, decided once for the command line and the studio: what to
// show (rounded `number`, its decimals, a "<" or ">" bound, a unit), not how a language
// writes digits. text() writes it in plain C form ("99.6%"); the studio writes `number`
// with QLocale and translates the unit (widgets/overlay/EstimateTexts.cpp).
//
// The rules (readableRate & co. below):
// - three significant digits, never fewer than the whole number ("1157", "12.3", "0.25"),
//   trailing zeros dropped, at most three decimals; from 1e12 on, scientific ("1.5e+12");
// - rounding never crosses a boundary a person reads meaning into: a positive value never
//   reads 0 ("<0.001", "<0.1%"), a utilisation below 1 never reads 100% (">99.9%"), an
//   availability below 1 never reads 100%;
// - +inf reads "∞" (saturated, no finite latency), NaN "?";
// - "≈" before an approximate figure, never before "∞" or "?".
struct ReadableNumber {
    enum class Special { None, Infinite, Unknown }; // "∞", "?": no `number` to show
    enum class Bound { Exact, Below, Above };       // "<" or ">" before `number`
    enum class Unit { None, Percent, Seconds, Milliseconds };

    Special special = Special::None;
    Bound bound = Bound::Exact;
    double number = 0;       // already rounded to `decimals`
    int decimals = 0;        // digits after the point
    bool scientific = false; // `number` as d.dde+NN, `decimals` after the point
    Unit unit = Unit::None;
    bool approximate = false; // "≈" before it

    // "1157", "<0.001", "≈99.6%", ">99.9%", "5.2 ms", "1.5 s", "∞", "?" (UTF-8).
    std::string text() const;
};

// A rate in events per second (requests, messages), without a unit: 1157.4 -> "1157",
// 12.345 -> "12.3", 0.0001 -> "<0.001".
ReadableNumber readableRate(double perSecond, bool approximate = false);

// A utilisation (busy fraction; 1 and above is saturated) as a percentage, whole unless
// rounding would cross 0% or 100%: 0.724 -> "72%", 0.996 -> "99.6%", 0.9996 -> ">99.9%",
// 1 -> "100%", 1.3 -> "130%", 0.004 -> "0.4%", 1e-9 -> "<0.1%".
ReadableNumber readableUtilisation(double fraction, bool approximate = false);

// A time in seconds, in seconds from 1 s and in milliseconds below: 1.5 -> "1.5 s",
// 0.0052 -> "5.2 ms", 0.1 -> "100 ms", 1e-9 -> "<0.001 ms".
ReadableNumber readableSeconds(double seconds, bool approximate = false);

// An availability (fraction up) as a percentage with as many decimals as its nines need
// (2 to 6), cut rather than rounded so that only 1 reads 100%: 0.998001 -> "99.80%",
// 0.99999 -> "99.9990%", 0.999999999 -> "99.999999%", 1 -> "100.00%".
ReadableNumber readableAvailability(double fraction, bool approximate = false);

} // namespace studio::core
