#pragma once

#include "estimate/Dimension.h"
#include "util/Message.h"

#include <string>
#include <string_view>
#include <vector>

namespace studio::core::estimate {

// One named result of a calculator.
struct Output {
    std::string key;  // snake_case, as --json names it: "requests_per_second"
    double value = 0; // in the base unit of `dimension` (bytes, seconds, 1/s, 0..1, ...)
    Dimension dimension = Dimension::Count;
    std::string noun;     // what a count or rate counts ("servers", "req/s"), see formatQuantity
    int digits = 3;       // significant digits of the people's form
    bool estimate = true; // an estimate people round ("~1.2K req/s"); false for exact answers
    std::string text;     // a name instead of a number (the node owning a key); Text dimension
    bool mayBeInfinite = false; // infinity is an answer (100% has infinite nines), not overflow

    // "1.16K req/s": the value as people read it.
    std::string peopleForm() const;
    // "~1.2K req/s": rounded to two significant digits as the seed rounds its estimates;
    // empty when the output is not an estimate.
    std::string seedForm() const;
};

// An input a calculation ran on, as the registry read it (defaults included).
struct UsedInput {
    std::string key;
    Dimension dimension = Dimension::Count;
    bool list = false;
    bool given = false;             // false: the default
    std::string written;            // as given, or the default as written
    std::vector<double> numbers;    // in the base unit of `dimension`
    std::vector<std::string> texts; // Text keys
};

// What a calculator found: its outputs, the formula with the numbers put in (one step a
// line, as a good interviewer writes it on the board) and the assumptions it made.
struct Calculation {
    std::string calculator; // its name in the registry: "traffic"
    std::vector<Output> outputs;
    std::vector<Message> formula;
    std::vector<Message> notes;
    std::vector<UsedInput> inputs; // filled by runCalculator()

    // The output called `key`, or nullptr.
    const Output* find(std::string_view key) const;
    // The value of output `key`; NaN when there is none.
    double value(std::string_view key) const;

    // The formula in English, one line a step.
    std::vector<std::string> formulaLines() const;
};

// Formula arguments: `value` as people read it, with 4 significant digits.
std::string shown(double value, Dimension dimension, std::string_view noun = {});

// Rounds `value` up to a whole number, ignoring floating-point noise just above a whole
// number (14000 / 1400.0000000000002 is 10, not 11).
double ceilWhole(double value);

} // namespace studio::core::estimate
