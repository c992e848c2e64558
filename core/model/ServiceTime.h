#pragma once

#include <map>
#include <string>

namespace studio::core {

enum class Distribution { Exponential, Deterministic, Lognormal, Hyperexponential };

// How long one worker is busy with one request, excluding time spent waiting for calls.
struct ServiceTime {
    Distribution distribution = Distribution::Exponential;
    double mean = 0.001; // seconds
    // Coefficient of variation (standard deviation / mean): 1 for exponential, 0 for
    // deterministic, > 0 for lognormal, >= 1 for hyperexponential.
    double cv = 1.0;

    bool operator==(const ServiceTime&) const = default;
};

// A cv that `distribution` accepts, keeping `cv` when it already fits: 1 for exponential, 0
// for deterministic, `cv` if above 0 (else 1) for lognormal, `cv` if above 1 (else 2) for
// hyperexponential. What a service time takes when the person switches its distribution.
double fittingCv(Distribution distribution, double cv);

// A component's service time: one for every request class, unless a class has its own
// (a database's reads and writes).
struct ServiceSpec {
    ServiceTime base;
    std::map<std::string, ServiceTime> byClass; // request class name -> service time

    const ServiceTime& forClass(const std::string& requestClass) const;

    bool operator==(const ServiceSpec&) const = default;
};

} // namespace studio::core
