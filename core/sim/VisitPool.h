#pragma once

// The request records of one replication, pooled: a visit is one request's stay at one
// component (a client's own visit is the request itself). Freed records are reused, so the
// memory grows with the visits in flight, never with the visits simulated. Records live in
// fixed chunks, so a reference stays valid while others are allocated.
#include <cstdint>
#include <limits>
#include <memory>
#include <new>
#include <vector>

namespace studio::core::sim {

enum VisitFlag : std::uint16_t {
    kAlive = 1 << 0,
    kRoot = 1 << 1,       // a client's request
    kHandoff = 1 << 2,    // a message behind a handoff link
    kCounted = 1 << 3,    // a root or message that began after the warm-up
    kHit = 1 << 4,        // a cache answered it
    kCopy = 1 << 5,       // a write's copy at a replica that is not the primary
    kAskedCache = 1 << 6, // the current step called a cache or CDN
    kStepHit = 1 << 7,    // ... and one of them hit
    kHolding = 1 << 8,    // keeps its worker until it finishes
    kOrphan = 1 << 9,     // its caller gave up on it (a link timeout)
    kQueued = 1 << 10,    // waiting in a station's queue
    kLost = 1 << 11,      // a down instance or a partition swallowed it: it never answers
    kAbandoned = 1 << 12, // a client's request whose client timed out (counted then)
    kProbe = 1 << 13,     // a call a half-open circuit breaker let through to decide
    // A client's request away at the component of its client's lone call (ClassPlan::lone),
    // itself instead of a call record: one record less per request. Its `node` is that
    // component's until it finishes there; Replication::clientIndex finds its client.
    kAway = 1 << 14,
};

enum class Phase : std::uint8_t { Arriving, InService, WaitReplicas, Steps, Choose };
enum class Failure : std::uint8_t { None, Dropped, Rejected, TimedOut };
enum CallStateValue : std::uint8_t { kStateNone = 0, kStateHit = 1, kStateMiss = 2 };

// The bit of Visit::clientKey that marks one of a closed workload's users (a key that comes
// back); without it the key is a request's own (an open workload's client sends once).
constexpr std::uint32_t kUserKey = 1u << 31;

struct Visit {
    double arrived = 0;     // at this component, s
    double origin = 0;      // roots and messages: when sent, s
    double latencyBack = 0; // the link's one-way latency its answer pays, s
    // When the request's callers give up (s): the earliest of its client's and its links'
    // timeouts on the way here; infinite without one (messages and copies have none).
    double deadline = std::numeric_limits<double>::infinity();
    std::uint32_t node = 0;
    std::uint32_t station = 0;
    std::uint32_t parent = 0; // kNone for roots, messages, orphans and async copies
    std::uint32_t tag = 0;    // roots: entry; messages: handoff; calls: their gate or kNone
    std::uint32_t generation = 0;
    std::uint32_t step = 0; // next step to run, into SimModel::steps; in service: the
                            // station's crash count when the service began
    std::uint32_t pending = 0;
    std::uint32_t instance = ~0u; // a balancer's pick among this component's stations, or none
    // Who sent the request (ip_hash, consistent_hash and per-client limiters go by it): one of
    // a closed client's users (kUserKey set), a new one for each request of an open client;
    // its calls, messages and retries keep it.
    std::uint32_t clientKey = 0;
    std::uint16_t k = 0; // request class
    std::uint16_t flags = 0;
    Phase phase = Phase::Arriving;
    std::uint8_t state = kStateNone;
    Failure failure = Failure::None;
    std::uint8_t attempt = 0; // roots, and calls on links that retry: retries before this one
};

class VisitPool {
public:
    static constexpr std::uint32_t kChunkBits = 12;
    static constexpr std::uint32_t kChunk = 1u << kChunkBits;

    Visit& operator[](std::uint32_t i) { return m_chunks[i >> kChunkBits][i & (kChunk - 1)]; }
    std::size_t live() const { return m_live; }
    std::size_t capacity() const { return m_chunks.size() * kChunk; }

    // A fresh record (kAlive set, the generation kept), by index.
    std::uint32_t allocate() {
        if (m_free.empty())
            grow();
        const std::uint32_t i = m_free.back();
        m_free.pop_back();
        Visit& v = (*this)[i];
        const std::uint32_t generation = v.generation;
        // Constructed in place: a temporary copied over the record cost a third of the
        // engine's time (its stores could not be forwarded to the copy's loads).
        new (&v) Visit();
        v.generation = generation;
        v.flags = kAlive;
        ++m_live;
        return i;
    }
    void release(std::uint32_t i) {
        Visit& v = (*this)[i];
        v.flags = 0;
        ++v.generation;
        m_free.push_back(i);
        --m_live;
    }

private:
    void grow() {
        const auto base = static_cast<std::uint32_t>(m_chunks.size() * kChunk);
        m_chunks.push_back(std::make_unique<Visit[]>(kChunk));
        for (std::uint32_t i = kChunk; i > 0; --i)
            m_free.push_back(base + i - 1);
    }
    std::vector<std::unique_ptr<Visit[]>> m_chunks;
    std::vector<std::uint32_t> m_free;
    std::size_t m_live = 0;
};

} // namespace studio::core::sim
