#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace studio::core {

enum class Consistency { Unspecified, Strong, Eventual, Causal, ReadYourWrites };

// What the design must do (functional) and how well (non-functional targets).
struct Requirements {
    std::vector<std::string> functional;
    std::optional<double> p99Latency;                // seconds, end to end, every request class
    std::map<std::string, double> p99LatencyByClass; // request class -> seconds
    std::optional<double> availability;              // fraction of time up, e.g. 0.999
    std::optional<double> throughput; // requests per second the design must sustain at peak
    std::optional<double> durability; // probability a stored object survives a year
    Consistency consistency = Consistency::Unspecified;

    bool operator==(const Requirements&) const = default;
};

} // namespace studio::core
