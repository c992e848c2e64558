// The failure timeline in the event loop: instances going down and coming back, slowed
// service, flushed caches and network partitions (model/FailureEvent.h).
#include "sim/Replication.h"

#include <limits>

namespace studio::core::sim {

void Replication::failureStarts(std::uint32_t f) {
    const SimFailure& failure = m_model.failures[f];
    switch (failure.kind) {
    case FailureKind::Down:
    case FailureKind::ZoneDown:
        for (const std::uint32_t s : failure.stations)
            crashStation(s, failure.refuse);
        break;
    case FailureKind::Slow:
        ++m_slowCount[failure.node];
        m_slow[failure.node] *= failure.factor;
        break;
    case FailureKind::Flushed:
        m_flushEnd[failure.node] = failure.end;
        m_flushRefill[failure.node] = failure.refill;
        break;
    case FailureKind::Partitioned:
        m_cuts.push_back(f);
        break;
    }
}

void Replication::failureEnds(std::uint32_t f) {
    const SimFailure& failure = m_model.failures[f];
    switch (failure.kind) {
    case FailureKind::Down:
    case FailureKind::ZoneDown:
        for (const std::uint32_t s : failure.stations)
            recoverStation(s, failure.refuse);
        break;
    case FailureKind::Slow:
        // Back to exactly 1 when none is left, whatever the rounding of the divisions.
        m_slow[failure.node] =
            --m_slowCount[failure.node] == 0 ? 1 : m_slow[failure.node] / failure.factor;
        break;
    case FailureKind::Flushed:
        break; // the refill runs on from the flush's end (hitRatio)
    case FailureKind::Partitioned:
        std::erase(m_cuts, f);
        break;
    }
}

// Down from now: its waiting requests fail with it; those in service are lost when their
// service would have ended (serviceDone compares the crash count).
void Replication::crashStation(std::uint32_t s, bool refuse) {
    const std::uint32_t n = m_stations[s].node;
    if (++m_down[s] == 1 && ++m_stationsDown[n] == m_model.nodes[n].stations)
        m_downSince[n] = m_now;
    m_refusing[s] += refuse ? 1 : 0;
    ++m_crashes[s];
    m_crashRefuses[s] = refuse ? 1 : 0;
    StationState& st = m_stations[s];
    st.touch(m_now);
    while (!st.waiting.empty()) {
        const std::uint32_t v = st.waiting.pop();
        --m_waiting[st.node];
        m_visits[v].flags &= ~kQueued;
        failAtDownStation(v, refuse);
    }
}

// One down of `s` ends (others may still hold it down).
void Replication::recoverStation(std::uint32_t s, bool refuse) {
    const std::uint32_t n = m_stations[s].node;
    if (--m_down[s] == 0 && m_stationsDown[n]-- == m_model.nodes[n].stations)
        m_downSince[n] = std::numeric_limits<double>::infinity();
    m_refusing[s] -= refuse ? 1 : 0;
}

// Random failures: each station of availability a < 1 alternates up and down, down for an
// exponential time of mean mttr and up for one of mean mttr * a / (1 - a), so that it is up
// a of the time. It starts in that alternation's steady state (down with probability 1 - a),
// so no warm-up is needed for it. A crashed instance refuses at once.
void Replication::startRandomFailures() {
    for (const SimNode& node : m_model.nodes) {
        if (!node.station || !(node.availability < 1) || !(node.mttr > 0))
            continue;
        for (std::uint32_t s = node.firstStation; s < node.firstStation + node.stations; ++s) {
            if (m_failureRandom.uniform() < node.availability) {
                m_events.push(upTime(node), kRandomDown, s);
                continue;
            }
            crashStation(s, true);
            m_events.push(node.mttr * m_failureRandom.exponential(), kRandomUp, s);
        }
    }
}

double Replication::upTime(const SimNode& node) {
    return node.mttr * node.availability / (1 - node.availability) * m_failureRandom.exponential();
}

void Replication::randomDown(std::uint32_t s) {
    crashStation(s, true);
    const SimNode& node = m_model.nodes[m_stations[s].node];
    m_events.push(m_now + node.mttr * m_failureRandom.exponential(), kRandomUp, s);
}

void Replication::randomUp(std::uint32_t s) {
    recoverStation(s, true);
    m_events.push(m_now + upTime(m_model.nodes[m_stations[s].node]), kRandomDown, s);
}

// A data store's driver knows its replica set: a read for a down replica goes to the next
// replica of the shard that is up, and a write to a down primary to the next one up (the
// replica promoted). `s` itself when the whole shard is down. (A component's own spreading
// knows nothing of its instances' health: a load balancer's health checks do.)
std::uint32_t Replication::replicaUp(const SimNode& node, std::uint32_t s) const {
    const std::uint32_t first = s - (s - node.firstStation) % node.replicas;
    for (std::uint32_t j = 1; j < node.replicas; ++j) {
        const std::uint32_t t = first + (s - first + j) % node.replicas;
        if (!stationDown(t))
            return t;
    }
    return s;
}

// A request at a down instance: refused at once (its caller sees the failure now), or
// swallowed (nobody answers; the caller's timeout, if any, ends the wait).
void Replication::failAtDownStation(std::uint32_t i, bool refuse) {
    Visit& v = m_visits[i];
    // Messages and copies have nobody waiting; a request away (kAway) has its client.
    if (refuse || (v.parent == kNone && !(v.flags & kRoot))) {
        NodeCounters& counters = m_out->nodes[v.node];
        ++(refuse ? counters.rejections : counters.drops);
        v.failure = refuse ? Failure::Rejected : Failure::Dropped;
        finish(i);
        return;
    }
    v.flags |= kLost;
    if (v.flags & kOrphan) // its caller gave up already
        m_visits.release(i);
}

// A resolver's answer for a target that went down as a whole stays in its callers' caches
// until its TTL runs out: from the crash, a share falling linearly from 1 to 0 over `ttl`
// still goes there (the caches expire at random); the rest, and everything after, go to the
// targets that are up, by weight. None up: the cached answer.
std::uint32_t Replication::resolve(std::uint32_t n, const ClassPlan& plan, std::uint32_t c) {
    const double since = m_now - m_downSince[m_model.choices[c].to];
    if (!(since >= 0) || m_random[n].uniform() * m_model.nodes[n].ttl > since)
        return c;
    const auto up = [&](std::uint32_t j) { return m_downSince[m_model.choices[j].to] > m_now; };
    const auto share = [&](std::uint32_t j) {
        return m_model.choices[j].cumulative -
               (j > plan.choiceBegin ? m_model.choices[j - 1].cumulative : 0);
    };
    double total = 0;
    for (std::uint32_t j = plan.choiceBegin; j < plan.choiceEnd; ++j)
        total += up(j) ? share(j) : 0;
    double u = m_random[n].uniform() * total;
    for (std::uint32_t j = plan.choiceBegin; j < plan.choiceEnd; ++j) {
        if (!up(j))
            continue;
        c = j;
        u -= share(j);
        if (u < 0)
            break;
    }
    return c;
}

// Each balancer checks its backends every healthInterval, from a random phase.
void Replication::startHealthChecks() {
    for (std::uint32_t n = 0; n < m_model.nodes.size(); ++n) {
        const double interval = m_model.nodes[n].healthInterval;
        if (interval > 0)
            m_events.push(interval * m_healthRandom.uniform(), kHealthCheck, n);
    }
}

// A backend is down to its balancer when the checked instance is down or cut off from it
// (a backend standing for all of a target's instances: when every one is). The balancer
// skips those until a later check finds them back.
void Replication::healthCheck(std::uint32_t n) {
    const auto unreachable = [&](std::uint32_t node, std::uint32_t station) {
        return stationDown(station) || (!m_cuts.empty() && cutOff(n, node));
    };
    std::uint32_t down = 0;
    for (std::size_t k = 0; k < m_model.classes; ++k) {
        const ClassPlan& plan = m_model.plan(n, k);
        for (std::uint32_t b = plan.backendBegin; b < plan.backendEnd; ++b) {
            const PlanBackend& backend = m_model.backends[b];
            const std::uint32_t to = m_model.choices[backend.choice].to;
            const SimNode& target = m_model.nodes[to];
            bool isDown = target.station;
            if (backend.instance != kNone)
                isDown = isDown && unreachable(to, target.firstStation + backend.instance);
            else
                for (std::uint32_t s = 0; s < target.stations && isDown; ++s)
                    isDown = unreachable(to, target.firstStation + s);
            m_seenDown[b] = isDown ? 1 : 0;
            down += isDown ? 1 : 0;
        }
    }
    m_seenDownCount[n] = down;
    m_events.push(m_now + m_model.nodes[n].healthInterval, kHealthCheck, n);
}

bool Replication::cutOff(std::uint32_t from, std::uint32_t to) const {
    for (const std::uint32_t f : m_cuts) {
        const SimFailure& cut = m_model.failures[f];
        if ((from == cut.node && cut.cutOff[to]) || (to == cut.node && cut.cutOff[from]))
            return true;
    }
    return false;
}

// A cache's hit ratio now: 0 while flushed, then climbing linearly back over the refill.
double Replication::hitRatio(std::uint32_t n) const {
    const double base = m_model.nodes[n].hitRatio;
    const double since = m_now - m_flushEnd[n];
    if (since >= m_flushRefill[n])
        return since >= 0 ? base : 0;
    return since < 0 ? 0 : base * since / m_flushRefill[n];
}

} // namespace studio::core::sim
