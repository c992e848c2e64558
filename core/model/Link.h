#pragma once

#include "model/Geometry.h"
#include "model/RetryPolicy.h"

#include <string>
#include <vector>

namespace studio::core {

// What happens after `from` has served a request (ARCHITECTURE.md, "Simulation semantics").
enum class LinkMode {
    Choose,  // exactly one of the component's choose-links is taken per request
    Call,    // synchronous: the caller waits for the answer
    Handoff, // asynchronous: the caller does not wait
};

// When a call happens relative to the previous step's calls.
enum class CallCondition {
    Always,
    Miss, // only when the previous step's cache or CDN missed (cache-aside)
    Hit,  // only when it hit
};

struct Link {
    std::string id;
    std::string from; // component id (the caller)
    std::string to;   // component id
    LinkMode mode = LinkMode::Call;
    std::string label; // shown on the canvas, e.g. "reads 90%"
    // Bend points the drawn line passes through, in order from `from` to `to` (canvas
    // coordinates); empty = a straight line. Drawing only: no effect on the numbers.
    std::vector<Point> bends;

    // Request classes this link carries; empty = every class.
    std::vector<std::string> classes;
    double weight = 1.0; // choose: relative share among the eligible choose-links (>= 0)
    int step = 1;        // call: calls of one step run in parallel, steps in order (>= 1)
    CallCondition when = CallCondition::Always; // call
    double multiplicity = 1.0;                  // handoff: messages per request, mean (> 0)

    double latency = 0.00025; // seconds, one way (half the seed's 0.5 ms same-DC round trip)
    double timeout = 0;       // seconds per attempt, caller-side; 0 = wait for ever
    int maxConcurrent = 0;    // the caller's bulkhead: its calls in progress on this link, per
                              // caller instance; more fail at once. 0 = no limit
    RetryPolicy retry;
    CircuitBreaker breaker;

    bool operator==(const Link&) const = default;
};

} // namespace studio::core
