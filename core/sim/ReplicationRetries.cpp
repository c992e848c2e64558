// A client's retries: a failed or timed-out attempt is sent again after an exponential
// backoff with full jitter, while the request has retries left and the client's budget
// allows (model/RetryPolicy.h). The request keeps its first send time: its latency is the
// client's, retries included; only its last attempt's outcome counts.
#include "sim/Replication.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::sim {

// Sends the attempt: its timeout starts now.
void Replication::startAttempt(std::uint32_t i) {
    Visit& v = m_visits[i];
    const SimClient& client = m_model.clients[m_model.clientOf[v.node]];
    v.deadline =
        client.timeout > 0 ? m_now + client.timeout : std::numeric_limits<double>::infinity();
    if (client.timeout > 0)
        m_events.push(m_now + client.timeout, kRootTimeout | ((v.generation & 0xFFFFFF) << 8), i);
    arrive(i);
}

bool Replication::mayRetry(const Visit& root) {
    const std::uint32_t c = m_model.clientOf[root.node];
    const RetryPolicy& policy = m_model.clients[c].retry;
    if (root.attempt >= policy.maxRetries || m_stop)
        return false;
    return policy.budget >= 1 || m_retryTokens[c] >= 1;
}

// The next attempt of `old`'s request, as a new record (the old one may still be at work).
void Replication::retry(std::uint32_t old) {
    const std::uint32_t n = m_visits.allocate();
    Visit& next = m_visits[n];
    const Visit& was = m_visits[old];
    const std::uint32_t c = m_model.clientOf[was.node];
    const RetryPolicy& policy = m_model.clients[c].retry;
    next.node = was.node;
    next.k = was.k;
    next.tag = was.tag;
    next.parent = kNone;
    next.origin = was.origin;
    next.attempt = static_cast<std::uint8_t>(was.attempt + 1);
    next.flags |= kRoot | (was.flags & kCounted);
    if (policy.budget < 1)
        m_retryTokens[c] -= 1;
    if (next.flags & kCounted)
        ++m_out->entries[next.tag].retries;
    double wait = std::min(policy.maxBackoff, policy.backoff * std::ldexp(1.0, was.attempt));
    if (policy.jitter)
        wait *= m_random[was.node].uniform();
    m_events.push(m_now + std::max(0.0, wait), kRetry, n);
}

} // namespace studio::core::sim
