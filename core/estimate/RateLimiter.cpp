#include "estimate/RateLimiter.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>

namespace studio::core::estimate {

namespace {

// Evenly spaced requests land on token and window boundaries; floating-point noise must not
// decide them.
constexpr double kSlack = 1e-9;

struct AlgorithmName {
    RateLimitAlgorithm algorithm;
    const char* name;
};

constexpr AlgorithmName kNames[] = {
    {RateLimitAlgorithm::TokenBucket, "token_bucket"},
    {RateLimitAlgorithm::FixedWindow, "fixed_window"},
    {RateLimitAlgorithm::SlidingWindowLog, "sliding_log"},
    {RateLimitAlgorithm::SlidingWindowCounter, "sliding_counter"},
};

long long windowIndex(double time, double window) {
    return static_cast<long long>(std::floor(time / window + kSlack));
}

class Limiter {
public:
    explicit Limiter(const RateLimitPolicy& policy)
        : m_policy(policy)
        , m_tokens(policy.capacity) {}

    bool admit(double time) {
        switch (m_policy.algorithm) {
        case RateLimitAlgorithm::TokenBucket:
            return tokenBucket(time);
        case RateLimitAlgorithm::FixedWindow:
            return fixedWindow(time);
        case RateLimitAlgorithm::SlidingWindowLog:
            return slidingLog(time);
        case RateLimitAlgorithm::SlidingWindowCounter:
            return slidingCounter(time);
        }
        return false;
    }

private:
    bool tokenBucket(double time) {
        if (m_started)
            m_tokens =
                std::min(m_policy.capacity, m_tokens + (time - m_last) * m_policy.refillPerSecond);
        m_started = true;
        m_last = time;
        if (m_tokens + kSlack < 1)
            return false;
        m_tokens = std::max(0.0, m_tokens - 1);
        return true;
    }

    // Moves the window counts on to the window holding `time`.
    void roll(double time) {
        const long long index = windowIndex(time, m_policy.windowSeconds);
        if (index == m_window)
            return;
        m_previousCount = index == m_window + 1 ? m_count : 0;
        m_count = 0;
        m_window = index;
    }

    bool fixedWindow(double time) {
        roll(time);
        if (m_count + kSlack >= m_policy.limit)
            return false;
        ++m_count;
        return true;
    }

    bool slidingLog(double time) {
        while (!m_log.empty() && m_log.front() <= time - m_policy.windowSeconds + kSlack)
            m_log.pop_front();
        if (static_cast<double>(m_log.size()) + kSlack >= m_policy.limit)
            return false;
        m_log.push_back(time);
        return true;
    }

    bool slidingCounter(double time) {
        roll(time);
        const double elapsed =
            std::clamp(time / m_policy.windowSeconds - static_cast<double>(m_window), 0.0, 1.0);
        const double estimate = m_previousCount * (1 - elapsed) + m_count;
        if (estimate + kSlack >= m_policy.limit)
            return false;
        ++m_count;
        return true;
    }

    const RateLimitPolicy& m_policy;
    double m_tokens;
    double m_last = 0;
    bool m_started = false;
    long long m_window = std::numeric_limits<long long>::min() / 2;
    double m_count = 0;
    double m_previousCount = 0;
    std::deque<double> m_log;
};

Message say(const char* text, std::vector<std::string> args) {
    return Message{"Estimate", text, std::move(args)};
}

Message describePolicy(const RateLimitPolicy& policy) {
    const std::string window = shown(policy.windowSeconds, Dimension::Seconds);
    const std::string limit = formatNumber(policy.limit);
    switch (policy.algorithm) {
    case RateLimitAlgorithm::TokenBucket:
        return say(SDS_TRANSLATE_NOOP("Estimate", "token bucket: %1 tokens, refilled at %2, "
                                                  "1 token a request, full at the start"),
                   {formatNumber(policy.capacity),
                    shown(policy.refillPerSecond, Dimension::Rate, "tokens/s")});
    case RateLimitAlgorithm::FixedWindow:
        return say(SDS_TRANSLATE_NOOP("Estimate",
                                      "fixed window: %1 requests a %2 window (windows start at "
                                      "0, %2, ...)"),
                   {limit, window});
    case RateLimitAlgorithm::SlidingWindowLog:
        return say(
            SDS_TRANSLATE_NOOP("Estimate", "sliding window log: %1 accepted requests in any %2"),
            {limit, window});
    case RateLimitAlgorithm::SlidingWindowCounter:
        return say(SDS_TRANSLATE_NOOP("Estimate",
                                      "sliding window counter: this %2 window's count + the last "
                                      "window's count x its share still in the last %2 < %1"),
                   {limit, window});
    }
    return {};
}

} // namespace

const char* rateLimitAlgorithmName(RateLimitAlgorithm algorithm) {
    for (const AlgorithmName& entry : kNames)
        if (entry.algorithm == algorithm)
            return entry.name;
    return "";
}

std::optional<RateLimitAlgorithm> rateLimitAlgorithmFromName(std::string_view name) {
    for (const AlgorithmName& entry : kNames)
        if (name == entry.name)
            return entry.algorithm;
    return std::nullopt;
}

RateLimitOutcome applyRateLimit(const RateLimitPolicy& policy, const std::vector<double>& times) {
    Limiter limiter(policy);
    RateLimitOutcome outcome;
    for (double time : times) {
        if (limiter.admit(time)) {
            ++outcome.accepted;
        } else {
            ++outcome.rejected;
            if (!outcome.firstRejection)
                outcome.firstRejection = time;
        }
    }
    return outcome;
}

void addBurst(std::vector<double>& times, std::size_t count, double at) {
    times.insert(times.end(), count, at);
}

void addSteady(std::vector<double>& times, double perSecond, double seconds, double start) {
    const auto count = static_cast<std::size_t>(std::floor(perSecond * seconds + kSlack));
    for (std::size_t i = 0; i < count; ++i)
        times.push_back(start + static_cast<double>(i) / perSecond);
}

Calculation rateLimitWhatIf(const RateLimitPolicy& policy, std::vector<double> times,
                            std::vector<Message> pattern) {
    std::sort(times.begin(), times.end());
    const RateLimitOutcome outcome = applyRateLimit(policy, times);
    const double requests = static_cast<double>(times.size());
    const double accepted = static_cast<double>(outcome.accepted);
    const double rejected = static_cast<double>(outcome.rejected);
    Calculation result;
    result.calculator = "ratelimit";
    result.outputs = {
        {"requests", requests, Dimension::Count, "requests", 0, false},
        {"accepted", accepted, Dimension::Count, "accepted", 0, false},
        {"rejected", rejected, Dimension::Count, "rejected", 0, false},
        {"rejected_fraction", requests > 0 ? rejected / requests : 0, Dimension::Fraction, "", 3,
         false},
    };
    if (outcome.firstRejection)
        result.outputs.push_back(
            {"first_rejection", *outcome.firstRejection, Dimension::Seconds, "", 6, false});
    result.formula.push_back(describePolicy(policy));
    result.formula.insert(result.formula.end(), pattern.begin(), pattern.end());
    result.formula.push_back(
        say(SDS_TRANSLATE_NOOP("Estimate", "%1 requests -> %2 accepted, %3 rejected (HTTP 429)"),
            {formatNumber(requests), formatNumber(accepted), formatNumber(rejected)}));
    return result;
}

} // namespace studio::core::estimate
