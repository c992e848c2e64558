#pragma once

#include "estimate/Calculation.h"

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace studio::core::estimate {

enum class RateLimitAlgorithm {
    TokenBucket,          // `capacity` tokens, refilled continuously at `refillPerSecond`
    FixedWindow,          // `limit` a window aligned at 0, W, 2W, ...
    SlidingWindowLog,     // `limit` accepted requests in any (t - W, t]
    SlidingWindowCounter, // this window's count + last window's count x the share of it
                          // still inside (t - W, t]
};

// "token_bucket", "fixed_window", "sliding_log", "sliding_counter".
const char* rateLimitAlgorithmName(RateLimitAlgorithm algorithm);
std::optional<RateLimitAlgorithm> rateLimitAlgorithmFromName(std::string_view name);

// The seed's policies by default: a bucket of 100 tokens refilled at 10/s, or 100 requests a
// minute. Every request costs 1 token.
struct RateLimitPolicy {
    RateLimitAlgorithm algorithm = RateLimitAlgorithm::TokenBucket;
    double capacity = 100;
    double refillPerSecond = 10;
    double limit = 100;
    double windowSeconds = 60;
};

// How a pattern of requests fared. Rejected requests (HTTP 429) do not count against the
// limit: the bucket starts full, and windows and logs count accepted requests only.
struct RateLimitOutcome {
    std::size_t accepted = 0;
    std::size_t rejected = 0;
    std::optional<double> firstRejection; // seconds
};

// Runs `times` (seconds, ascending) through `policy`.
RateLimitOutcome applyRateLimit(const RateLimitPolicy& policy, const std::vector<double>& times);

// Request patterns: `count` requests at once at `at`; `perSecond` requests a second evenly
// spaced for `seconds` from `start` (floor(perSecond x seconds) requests at start + i /
// perSecond).
void addBurst(std::vector<double>& times, std::size_t count, double at);
void addSteady(std::vector<double>& times, double perSecond, double seconds, double start);

// requests, accepted, rejected, rejected_fraction. `pattern` describes the requests (lines
// of the formula before the outcome). `times` need not be sorted.
Calculation rateLimitWhatIf(const RateLimitPolicy& policy, std::vector<double> times,
                            std::vector<Message> pattern);

} // namespace studio::core::estimate
