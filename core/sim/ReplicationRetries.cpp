// Retries: a client's failed or timed-out attempt is sent again after an exponential
// backoff with full jitter, while the request has retries left and the client's budget
// allows (model/RetryPolicy.h). The request keeps its first send time: its latency is the
// client's, retries included; only its last attempt's outcome counts. A link's retries do
// the same for a call, per caller instance (CallGate): the caller waits on meanwhile.
#include "sim/Replication.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::sim {

bool Replication::mayRetry(const Visit& root) {
    const std::uint32_t c = clientIndex(root);
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
    const std::uint32_t c = clientIndex(was); // `was` may be away at a component
    const RetryPolicy& policy = m_model.clients[c].retry;
    next.node = m_model.clients[c].node;
    next.k = was.k;
    next.clientKey = was.clientKey;
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
        wait *= m_random[next.node].uniform();
    m_events.push(m_now + std::max(0.0, wait), kRetry, n);
}

// A failed or timed-out call on a link that retries: the next attempt goes to the same
// component after the backoff (a balancer's pick of an instance is not kept: the target's own
// spreading picks). True when it will; the caller then waits on.
bool Replication::retryCall(const Visit& call) {
    if (call.tag == kNone || m_stop)
        return false;
    const RetryPolicy& policy = m_model.gates[m_gateSpec[call.tag]].retry;
    CallGate& gate = m_gates[call.tag];
    if (!gate.mayRetry(policy, call.attempt))
        return false;
    gate.retried(policy);
    const std::uint32_t r = m_visits.allocate();
    Visit& carrier = m_visits[r];
    carrier.parent = call.parent;
    carrier.tag = call.tag;
    carrier.k = call.k;
    carrier.clientKey = call.clientKey;
    carrier.attempt = static_cast<std::uint8_t>(call.attempt + 1);
    const std::uint32_t caller = m_visits[call.parent].node;
    ++m_out->nodes[caller].retries;
    double wait = std::min(policy.maxBackoff, policy.backoff * std::ldexp(1.0, call.attempt));
    if (policy.jitter)
        wait *= m_random[caller].uniform();
    m_events.push(m_now + std::max(0.0, wait), kCallRetry, r);
    return true;
}

// The retry's time has come: through the caller's gate again (a breaker opened meanwhile
// fails it at once), then as a new call.
void Replication::callRetry(std::uint32_t r) {
    const Visit& carrier = m_visits[r];
    const std::uint32_t parent = carrier.parent, gate = carrier.tag;
    const std::uint8_t attempt = carrier.attempt;
    m_visits.release(r);
    const GateSpec& spec = m_model.gates[m_gateSpec[gate]];
    GatePass pass;
    if (askGate(gate, m_visits[parent].node, pass)) {
        ++m_out->links[spec.link * m_model.classes + m_visits[parent].k];
        launch(parent, spec.to, spec.latency, spec.timeout, kNone, pass, attempt);
        return;
    }
    Visit& p = m_visits[parent];
    if (p.failure == Failure::None)
        p.failure = Failure::Rejected;
    childDone(parent);
}

} // namespace studio::core::sim
