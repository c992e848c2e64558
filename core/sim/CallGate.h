#pragma once

// What one caller instance keeps for one link while a replication runs: its bulkhead (calls
// in progress against `max_concurrent`), its circuit breaker (closed, open after
// `failure_ratio` of the last `window` calls failed, half-open after `open_for` with one
// probe) and its retry budget. Internal to core/sim.
#include "model/RetryPolicy.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace studio::core::sim {

// A link's limits, compiled (SimModel::gates).
struct GateSpec {
    std::uint32_t first = 0; // the gate of the caller's first instance, into the engine's gates
    std::uint32_t limit = 0; // max_concurrent; 0 = none
    bool breaker = false;
    double failureRatio = 0.5;
    std::uint32_t window = 20; // calls
    double openFor = 5;        // s
    RetryPolicy retry;         // the link's own retries of a failed call
    std::uint32_t link = 0;    // into design.links
    std::uint32_t to = 0;      // the called node, and the link's timing (s): what a retry needs
    double latency = 0, timeout = 0;
};

enum class GateAnswer : std::uint8_t { Pass, Probe, BulkheadFull, BreakerOpen };

class CallGate {
public:
    // May a call go now? Pass and Probe take a place (give it back with done()).
    GateAnswer ask(const GateSpec& spec, double now) {
        GateAnswer answer = GateAnswer::Pass;
        if (spec.breaker && m_state != State::Closed) {
            if (m_state == State::Open && now >= m_openUntil) {
                m_state = State::HalfOpen;
                m_probing = false;
            }
            if (m_state == State::Open || m_probing)
                return GateAnswer::BreakerOpen;
            answer = GateAnswer::Probe;
        }
        if (spec.limit > 0 && m_inFlight >= spec.limit)
            return GateAnswer::BulkheadFull;
        m_probing = m_probing || answer == GateAnswer::Probe;
        ++m_inFlight;
        return answer;
    }

    // A call that passed has its answer (or its caller gave up on it: `failed`).
    void done(const GateSpec& spec, bool failed, bool probe, double now) {
        --m_inFlight;
        if (!spec.breaker)
            return;
        if (probe) {
            m_probing = false;
            if (failed)
                open(spec, now);
            else
                close();
            return;
        }
        if (m_state != State::Closed)
            return; // calls sent before it opened: the window starts again when it closes
        if (m_ring.size() != spec.window)
            m_ring.assign(spec.window, 0);
        m_failures = m_failures - m_ring[m_head] + (failed ? 1 : 0);
        m_ring[m_head] = failed ? 1 : 0;
        m_head = m_head + 1 == spec.window ? 0 : m_head + 1;
        m_count = m_count < spec.window ? m_count + 1 : m_count;
        if (m_count == spec.window &&
            static_cast<double>(m_failures) >= spec.failureRatio * spec.window)
            open(spec, now);
    }

    bool open() const { return m_state != State::Closed; }

    // The retry budget (RetryPolicy::budget), as a client's: a bucket each first call fills
    // by `budget` tokens, up to kRetryTokensMax, from kRetryReserve; a retry takes one.
    void firstCall(const RetryPolicy& retry) {
        if (retry.maxRetries > 0 && retry.budget < 1)
            m_retryTokens = std::min(kRetryTokensMax, m_retryTokens + retry.budget);
    }
    bool mayRetry(const RetryPolicy& retry, std::uint32_t retriesDone) const {
        return static_cast<int>(retriesDone) < retry.maxRetries &&
               (retry.budget >= 1 || m_retryTokens >= 1);
    }
    void retried(const RetryPolicy& retry) {
        if (retry.budget < 1)
            m_retryTokens -= 1;
    }

    static constexpr double kRetryReserve = 10;
    static constexpr double kRetryTokensMax = 100;

private:
    enum class State : std::uint8_t { Closed, Open, HalfOpen };
    void open(const GateSpec& spec, double now) {
        m_state = State::Open;
        m_openUntil = now + spec.openFor;
    }
    void close() {
        m_state = State::Closed;
        std::fill(m_ring.begin(), m_ring.end(), 0);
        m_failures = m_count = m_head = 0;
    }

    std::uint32_t m_inFlight = 0;
    State m_state = State::Closed;
    bool m_probing = false;           // half-open: the probe is out
    double m_openUntil = 0;           // s
    std::vector<std::uint8_t> m_ring; // the last `window` outcomes while closed, 1 = failed
    std::uint32_t m_head = 0, m_count = 0, m_failures = 0;
    double m_retryTokens = kRetryReserve;
};

} // namespace studio::core::sim
