#pragma once

namespace studio::core {

// What a caller does when an attempt fails or times out. Belongs to the caller: on a link
// (the caller is the link's `from`) or on a client's workload.
struct RetryPolicy {
    int maxRetries = 0;      // extra attempts after the first; 0 = no retries
    double budget = 0.1;     // retries allowed as a fraction of first attempts (0..1)
    double backoff = 0.05;   // seconds before the first retry, doubled on each next one
    double maxBackoff = 1.0; // seconds, cap on the doubling
    bool jitter = true;      // full jitter: wait uniformly in [0, backoff]

    bool operator==(const RetryPolicy&) const = default;
};

// A caller-side circuit breaker: opens when the failure ratio over the last `window`
// requests reaches `failureRatio`, fails fast while open, then lets one probe through.
struct CircuitBreaker {
    bool enabled = false;
    double failureRatio = 0.5; // 0..1
    int window = 20;           // requests
    double openFor = 5.0;      // seconds

    bool operator==(const CircuitBreaker&) const = default;
};

} // namespace studio::core
