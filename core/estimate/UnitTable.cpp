#include "estimate/UnitTable.h"

#include <array>
#include <string>

namespace studio::core::estimate {

namespace {

struct UnitEntry {
    std::string_view text;
    Dimension dimension;
    double factor;
};

constexpr double kMinute = 60;
constexpr double kHour = 3600;
constexpr double kDay = 86400;

// Units that stand alone after a number. Binary prefixes are exact powers of two.
constexpr std::array kUnits = {
    UnitEntry{"B", Dimension::Bytes, 1},
    UnitEntry{"byte", Dimension::Bytes, 1},
    UnitEntry{"bytes", Dimension::Bytes, 1},
    UnitEntry{"KB", Dimension::Bytes, 1e3},
    UnitEntry{"kB", Dimension::Bytes, 1e3},
    UnitEntry{"MB", Dimension::Bytes, 1e6},
    UnitEntry{"GB", Dimension::Bytes, 1e9},
    UnitEntry{"TB", Dimension::Bytes, 1e12},
    UnitEntry{"PB", Dimension::Bytes, 1e15},
    UnitEntry{"EB", Dimension::Bytes, 1e18},
    UnitEntry{"KiB", Dimension::Bytes, 1024.0},
    UnitEntry{"MiB", Dimension::Bytes, 1048576.0},
    UnitEntry{"GiB", Dimension::Bytes, 1073741824.0},
    UnitEntry{"TiB", Dimension::Bytes, 1099511627776.0},
    UnitEntry{"PiB", Dimension::Bytes, 1125899906842624.0},
    UnitEntry{"ns", Dimension::Seconds, 1e-9},
    UnitEntry{"nanosecond", Dimension::Seconds, 1e-9},
    UnitEntry{"nanoseconds", Dimension::Seconds, 1e-9},
    UnitEntry{"us", Dimension::Seconds, 1e-6},
    UnitEntry{"\xCE\xBCs", Dimension::Seconds, 1e-6}, // Greek small letter mu
    UnitEntry{"\xC2\xB5s", Dimension::Seconds, 1e-6}, // micro sign
    UnitEntry{"microsecond", Dimension::Seconds, 1e-6},
    UnitEntry{"microseconds", Dimension::Seconds, 1e-6},
    UnitEntry{"ms", Dimension::Seconds, 1e-3},
    UnitEntry{"msec", Dimension::Seconds, 1e-3},
    UnitEntry{"millisecond", Dimension::Seconds, 1e-3},
    UnitEntry{"milliseconds", Dimension::Seconds, 1e-3},
    UnitEntry{"s", Dimension::Seconds, 1},
    UnitEntry{"sec", Dimension::Seconds, 1},
    UnitEntry{"secs", Dimension::Seconds, 1},
    UnitEntry{"second", Dimension::Seconds, 1},
    UnitEntry{"seconds", Dimension::Seconds, 1},
    UnitEntry{"min", Dimension::Seconds, kMinute},
    UnitEntry{"mins", Dimension::Seconds, kMinute},
    UnitEntry{"minute", Dimension::Seconds, kMinute},
    UnitEntry{"minutes", Dimension::Seconds, kMinute},
    UnitEntry{"h", Dimension::Seconds, kHour},
    UnitEntry{"hr", Dimension::Seconds, kHour},
    UnitEntry{"hrs", Dimension::Seconds, kHour},
    UnitEntry{"hour", Dimension::Seconds, kHour},
    UnitEntry{"hours", Dimension::Seconds, kHour},
    UnitEntry{"d", Dimension::Seconds, kDay},
    UnitEntry{"day", Dimension::Seconds, kDay},
    UnitEntry{"days", Dimension::Seconds, kDay},
    UnitEntry{"wk", Dimension::Seconds, 7 * kDay},
    UnitEntry{"week", Dimension::Seconds, 7 * kDay},
    UnitEntry{"weeks", Dimension::Seconds, 7 * kDay},
    UnitEntry{"month", Dimension::Seconds, 30 * kDay},
    UnitEntry{"months", Dimension::Seconds, 30 * kDay},
    UnitEntry{"yr", Dimension::Seconds, 365 * kDay},
    UnitEntry{"year", Dimension::Seconds, 365 * kDay},
    UnitEntry{"years", Dimension::Seconds, 365 * kDay},
    UnitEntry{"QPS", Dimension::Rate, 1},
    UnitEntry{"RPS", Dimension::Rate, 1},
    UnitEntry{"TPS", Dimension::Rate, 1},
    UnitEntry{"Hz", Dimension::Rate, 1},
    UnitEntry{"bps", Dimension::BitsPerSecond, 1},
    UnitEntry{"kbps", Dimension::BitsPerSecond, 1e3},
    UnitEntry{"Kbps", Dimension::BitsPerSecond, 1e3},
    UnitEntry{"Mbps", Dimension::BitsPerSecond, 1e6},
    UnitEntry{"Gbps", Dimension::BitsPerSecond, 1e9},
    UnitEntry{"Tbps", Dimension::BitsPerSecond, 1e12},
    UnitEntry{"Bps", Dimension::BytesPerSecond, 1},
    UnitEntry{"KBps", Dimension::BytesPerSecond, 1e3},
    UnitEntry{"kBps", Dimension::BytesPerSecond, 1e3},
    UnitEntry{"MBps", Dimension::BytesPerSecond, 1e6},
    UnitEntry{"GBps", Dimension::BytesPerSecond, 1e9},
    UnitEntry{"TBps", Dimension::BytesPerSecond, 1e12},
    UnitEntry{"%", Dimension::Fraction, 0.01},
    UnitEntry{"percent", Dimension::Fraction, 0.01},
};

// Sizes in bits, only as the numerator of a rate ("Mbit/s", "Mb/s").
constexpr std::array kBitUnits = {
    UnitEntry{"b", Dimension::BitsPerSecond, 1},
    UnitEntry{"bit", Dimension::BitsPerSecond, 1},
    UnitEntry{"bits", Dimension::BitsPerSecond, 1},
    UnitEntry{"kb", Dimension::BitsPerSecond, 1e3},
    UnitEntry{"Kb", Dimension::BitsPerSecond, 1e3},
    UnitEntry{"kbit", Dimension::BitsPerSecond, 1e3},
    UnitEntry{"Mb", Dimension::BitsPerSecond, 1e6},
    UnitEntry{"Mbit", Dimension::BitsPerSecond, 1e6},
    UnitEntry{"Gb", Dimension::BitsPerSecond, 1e9},
    UnitEntry{"Gbit", Dimension::BitsPerSecond, 1e9},
    UnitEntry{"Tb", Dimension::BitsPerSecond, 1e12},
    UnitEntry{"Tbit", Dimension::BitsPerSecond, 1e12},
};

// What people count; matched ignoring case. "x" is a factor ("2x").
constexpr std::string_view kCountNouns[] = {
    "x",        "users",   "user",      "people",      "items",   "item",   "objects", "object",
    "requests", "request", "req",       "reqs",        "queries", "query",  "reads",   "read",
    "writes",   "write",   "messages",  "message",     "msgs",    "msg",    "urls",    "url",
    "keys",     "key",     "rows",      "row",         "records", "record", "events",  "event",
    "posts",    "post",    "followers", "connections", "servers", "nodes",  "shards",  "actions",
    "action",   "ops",     "op",        "operations",  "tokens",  "times",  "calls",   "call",
    "files",    "photos",  "videos",    "clicks",
};

char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// An exact match, else the one match ignoring case (entries that agree count as one).
template <std::size_t N>
std::optional<UnitMatch> lookUp(const std::array<UnitEntry, N>& table, std::string_view text) {
    for (const UnitEntry& entry : table)
        if (entry.text == text)
            return UnitMatch{entry.dimension, entry.factor};
    std::optional<UnitMatch> found;
    for (const UnitEntry& entry : table) {
        if (!equalsIgnoringCase(entry.text, text))
            continue;
        if (found && (found->dimension != entry.dimension || found->factor != entry.factor))
            return std::nullopt; // "mbps": Mbps or MBps
        found = UnitMatch{entry.dimension, entry.factor};
    }
    return found;
}

bool isCountNoun(std::string_view text) {
    for (std::string_view noun : kCountNouns)
        if (equalsIgnoringCase(noun, text))
            return true;
    return false;
}

// "X/T": a count, a size or a bit size over a time unit.
std::optional<UnitMatch> matchPerTime(std::string_view text) {
    const std::size_t slash = text.rfind('/');
    if (slash == std::string_view::npos)
        return std::nullopt;
    const std::string_view numerator = trim(text.substr(0, slash));
    const auto time = lookUp(kUnits, trim(text.substr(slash + 1)));
    if (!time || time->dimension != Dimension::Seconds)
        return std::nullopt;
    if (numerator.empty() || numerator == "1" || isCountNoun(numerator))
        return UnitMatch{Dimension::Rate, 1 / time->factor};
    if (const auto size = lookUp(kUnits, numerator); size && size->dimension == Dimension::Bytes)
        return UnitMatch{Dimension::BytesPerSecond, size->factor / time->factor};
    if (const auto bits = lookUp(kBitUnits, numerator))
        return UnitMatch{Dimension::BitsPerSecond, bits->factor / time->factor};
    return std::nullopt;
}

// "reads per day" -> "reads/day"; "per second" -> "/second".
std::string withSlashForPer(std::string_view text) {
    std::string result(text);
    if (result.rfind("per ", 0) == 0)
        return "/" + result.substr(4);
    if (const auto at = result.find(" per "); at != std::string::npos)
        result.replace(at, 5, "/");
    return result;
}

struct Multiplier {
    std::string_view text;
    double factor;
    bool word; // must be followed by the end or a space
};

constexpr std::array kMultipliers = {
    Multiplier{"thousand", 1e3, true}, Multiplier{"million", 1e6, true},
    Multiplier{"billion", 1e9, true},  Multiplier{"trillion", 1e12, true},
    Multiplier{"bn", 1e9, true},       Multiplier{"K", 1e3, false},
    Multiplier{"k", 1e3, false},       Multiplier{"M", 1e6, false},
    Multiplier{"B", 1e9, false},       Multiplier{"T", 1e12, false},
};

} // namespace

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

std::optional<UnitMatch> matchUnit(std::string_view text) {
    const std::string normalized = withSlashForPer(trim(text));
    const std::string_view unit = trim(normalized);
    if (unit.empty())
        return std::nullopt;
    if (const auto match = lookUp(kUnits, unit))
        return match;
    if (const auto match = matchPerTime(unit))
        return match;
    if (isCountNoun(unit))
        return UnitMatch{Dimension::Count, 1};
    return std::nullopt;
}

std::optional<double> matchMultiplier(std::string_view text, std::size_t& length) {
    for (const Multiplier& multiplier : kMultipliers) {
        if (text.substr(0, multiplier.text.size()) != multiplier.text)
            continue;
        const std::size_t end = multiplier.text.size();
        if (multiplier.word && end < text.size() && text[end] != ' ')
            continue;
        length = end;
        return multiplier.factor;
    }
    return std::nullopt;
}

} // namespace studio::core::estimate
