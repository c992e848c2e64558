#pragma once

#include "model/RetryPolicy.h"

#include <cstdint>
#include <string>
#include <vector>

namespace studio::core {

enum class WorkloadType {
    Open,   // Poisson arrivals at a rate
    Closed, // a fixed population, each user waiting `thinkTime` between requests
};

// Whether a request only reads (replicas may serve it) or writes (every replica applies it).
enum class Operation { Read, Write };

struct RequestClass {
    std::string name; // "read", "write", "upload"...
    double mix = 1.0; // share of the client's requests (0..1; a client's mixes sum to 1)
    Operation operation = Operation::Read;
    double requestBytes = 0;  // bytes
    double responseBytes = 0; // bytes

    bool operator==(const RequestClass&) const = default;
};

// A temporary surge of an open workload: `factor` x the rate from `start` for `duration`.
struct Burst {
    double start = 0;    // seconds into the run
    double duration = 0; // seconds
    double factor = 1;

    bool operator==(const Burst&) const = default;
};

// The traffic one client component generates.
struct Workload {
    WorkloadType type = WorkloadType::Open;
    double rate = 100;              // open: average arrivals per second
    double peakFactor = 1;          // open: peak rate = rate x peakFactor (>= 1)
    std::vector<double> dailyCurve; // open, optional: 24 hourly multipliers of `rate`
    std::vector<Burst> bursts;      // open, optional
    std::int64_t population = 0;    // closed: users
    double thinkTime = 1;           // closed: seconds between a response and the next request
    std::vector<RequestClass> classes;
    double timeout = 0; // seconds per attempt; 0 = wait for ever
    RetryPolicy retry;

    bool operator==(const Workload&) const = default;
};

// A closed population (users, at least 1) that offers about `workload`'s open load by Little's
// law: users = rate (requests a second) x think time (seconds), rounded. What a workload
// switched to closed starts with, so its traffic stays in the same range.
std::int64_t closedPopulationFor(const Workload& workload);

} // namespace studio::core
