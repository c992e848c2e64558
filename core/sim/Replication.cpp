#include "sim/Replication.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::sim {

namespace {

constexpr std::uint64_t kPollEvents = 1 << 14;

} // namespace

Replication::Replication(const SimModel& model, const RunLimits& limits, std::uint64_t seed,
                         std::uint32_t index)
    : m_model(model)
    , m_limits(limits)
    , m_healthRandom(seed, index, "#health-checks")
    , m_failureRandom(seed, index, "#random-failures") {
    m_stations.resize(model.stationCount);
    for (std::uint32_t n = 0; n < model.nodes.size(); ++n) {
        const SimNode& node = model.nodes[n];
        m_random.emplace_back(seed, index, node.id);
        for (std::uint32_t s = 0; s < node.stations; ++s)
            m_stations[node.firstStation + s].node = n;
    }
    m_roundRobin.assign(model.nodes.size(), 0);
    m_backendCredit.assign(model.backends.size(), 0);
    m_balanceNext.assign(model.nodes.size(), 0);
    m_waiting.assign(model.nodes.size(), 0);
    m_tokens.assign(model.nodes.size(), 0);
    m_limiterClock.assign(model.nodes.size(), 0);
    m_seriesMark.assign(model.stationCount, SeriesArea{});
    m_down.assign(model.stationCount, 0);
    m_refusing.assign(model.stationCount, 0);
    m_crashes.assign(model.stationCount, 0);
    m_crashRefuses.assign(model.stationCount, 0);
    m_stationsDown.assign(model.nodes.size(), 0);
    m_downSince.assign(model.nodes.size(), std::numeric_limits<double>::infinity());
    m_slow.assign(model.nodes.size(), 1);
    m_slowCount.assign(model.nodes.size(), 0);
    m_flushEnd.assign(model.nodes.size(), -std::numeric_limits<double>::infinity());
    m_flushRefill.assign(model.nodes.size(), 0);
    m_retryTokens.assign(model.clients.size(), kRetryReserve);
    m_seenDown.assign(model.backends.size(), 0);
    m_seenDownCount.assign(model.nodes.size(), 0);
    m_gates.resize(model.gateCount);
    m_gateSpec.resize(model.gateCount);
    for (std::uint32_t g = 0; g < model.gates.size(); ++g) {
        const std::uint32_t end =
            g + 1 < model.gates.size() ? model.gates[g + 1].first : model.gateCount;
        std::fill(m_gateSpec.begin() + model.gates[g].first, m_gateSpec.begin() + end, g);
    }
    for (std::uint32_t n = 0; n < model.nodes.size(); ++n)
        if (model.nodes[n].limiter == LimiterRule::TokenBucket)
            m_tokens[n] = model.nodes[n].limit;
}

void Replication::run(ReplicationStats& out, const std::atomic<bool>* cancel,
                      std::atomic<double>* progress) {
    m_out = &out;
    out.entries.assign(m_model.entries.size(), EntryCounters{});
    out.nodes.assign(m_model.nodes.size(), NodeCounters{});
    out.handoffs.assign(m_model.handoffs.size(), HandoffCounters{});
    out.links.assign(std::size_t{m_model.linkCount} * m_model.classes, 0);
    out.series.reset(m_model.entries.size(), m_limits.seriesNodes.size(), m_limits.seriesWidth);
    m_seriesEnd = out.series.boundary();
    m_seriesCounts = out.series.currentCounts();
    m_seriesLatency = out.series.currentLatency();

    const bool byTime = m_limits.duration > 0;
    if (byTime || m_limits.warmupRequests == 0) {
        if (m_limits.warmup > 0)
            m_events.push(m_limits.warmup, kWarmupEnd, 0);
        else
            startMeasuring();
    }
    if (byTime)
        m_events.push(m_limits.duration, kStop, 0);
    for (std::uint32_t f = 0; f < m_model.failures.size(); ++f) {
        m_events.push(m_model.failures[f].start, kFailureStart, f);
        m_events.push(m_model.failures[f].end, kFailureEnd, f);
    }
    if (m_limits.randomFailures)
        startRandomFailures();
    if (!m_model.failures.empty() || m_limits.randomFailures)
        startHealthChecks();
    for (std::uint32_t c = 0; c < m_model.clients.size(); ++c) {
        const SimClient& client = m_model.clients[c];
        if (!client.closed) {
            scheduleArrival(c);
            continue;
        }
        RandomStream& random = m_random[client.node];
        for (std::int64_t u = 0; u < client.population; ++u)
            m_events.push(client.thinkTime * random.exponential(), kThink, c);
    }

    std::uint64_t events = 0;
    while (!m_stop && !m_events.empty()) {
        const Event e = m_events.pop();
        if (e.time > m_seriesEnd)
            passSeriesBoundaries(e.time);
        m_now = e.time;
        dispatch(e);
        if (++events % kPollEvents == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed)) {
                out.cancelled = true;
                break;
            }
            if (progress) {
                const double done =
                    byTime ? m_now / m_limits.duration
                           : static_cast<double>(m_sent) / static_cast<double>(m_limits.requests);
                progress->store(std::min(1.0, done), std::memory_order_relaxed);
            }
            checkInFlight();
        }
    }
    out.events = events;
    if (!m_measuring)
        startMeasuring(); // a run shorter than its warm-up measures nothing
    collect(out);
}

void Replication::dispatch(const Event& e) {
    switch (e.kind & 0xFF) {
    case kArrival: {
        const SimClient& client = m_model.clients[e.data];
        if (!client.shaped() ||
            m_random[client.node].uniform() * client.maxFactor < client.factorAt(m_now))
            sendRequest(e.data);
        scheduleArrival(e.data);
        break;
    }
    case kThink:
        sendRequest(e.data);
        break;
    case kVisitArrive:
        arrive(e.data);
        break;
    case kServiceDone:
        serviceDone(e.data);
        break;
    case kResponse:
        deliver(e.data);
        break;
    case kCallTimeout:
        callTimeout(e.data, e.kind >> 8);
        break;
    case kRootTimeout:
        rootTimeout(e.data, e.kind >> 8);
        break;
    case kRetry:
        startAttempt(e.data);
        break;
    case kCallRetry:
        callRetry(e.data);
        break;
    case kFailureStart:
        failureStarts(e.data);
        break;
    case kFailureEnd:
        failureEnds(e.data);
        break;
    case kHealthCheck:
        healthCheck(e.data);
        break;
    case kRandomDown:
        randomDown(e.data);
        break;
    case kRandomUp:
        randomUp(e.data);
        break;
    case kWarmupEnd:
        startMeasuring();
        break;
    case kStop:
        m_stop = true;
        break;
    }
}

void Replication::scheduleArrival(std::uint32_t c) {
    const SimClient& client = m_model.clients[c];
    if (client.meanGap > 0) // at the highest rate, thinned by factorAt when shaped
        m_events.push(m_now + m_random[client.node].exponential() * client.meanGap, kArrival, c);
}

// Flattened (as serviceDone): a request's way to its first component's queue in one body, a
// tenth fewer instructions per request on the M/M/1 benchmark.
[[gnu::flatten]] void Replication::sendRequest(std::uint32_t c) {
    const SimClient& client = m_model.clients[c];
    RandomStream& random = m_random[client.node];
    std::uint32_t entry = client.entryBegin;
    if (client.entryEnd - client.entryBegin > 1) {
        const double u = random.uniform();
        std::size_t j = 0;
        while (j + 1 < client.mixCumulative.size() && u >= client.mixCumulative[j])
            ++j;
        entry += static_cast<std::uint32_t>(j);
    }
    ++m_sent;
    if (!m_measuring && m_limits.warmupRequests > 0 && m_sent > m_limits.warmupRequests)
        startMeasuring();
    const std::uint32_t i = m_visits.allocate();
    Visit& v = m_visits[i];
    v.node = client.node;
    v.k = static_cast<std::uint16_t>(m_model.entries[entry].traffic);
    v.tag = entry;
    v.parent = kNone;
    v.origin = m_now;
    v.flags |= kRoot;
    // Drawn by hashing, not from the client's stream, so the other draws stay as they were.
    const std::uint64_t sender = hashKey((std::uint64_t{c} << 40) ^ m_sent);
    if (client.closed && client.population > 0) {
        const std::uint64_t users =
            std::min<std::uint64_t>(static_cast<std::uint64_t>(client.population), kUserKey);
        v.clientKey = kUserKey | static_cast<std::uint32_t>(sender % users);
    } else {
        v.clientKey = static_cast<std::uint32_t>(sender) & ~kUserKey;
    }
    ++m_seriesCounts[entry].arrived;
    if (m_measuring) {
        v.flags |= kCounted;
        ++m_out->entries[entry].arrived;
    }
    if (m_limits.duration == 0 && m_sent >= m_limits.requests)
        m_stop = true;
    double& tokens = m_retryTokens[c];
    tokens = std::min(kRetryTokensMax, tokens + client.retry.budget);
    startAttempt(i);
}

// Sends the attempt: its timeout starts now.
void Replication::startAttempt(std::uint32_t i) {
    Visit& v = m_visits[i];
    const SimClient& client = m_model.clients[clientIndex(v)];
    v.deadline =
        client.timeout > 0 ? m_now + client.timeout : std::numeric_limits<double>::infinity();
    if (client.timeout > 0)
        m_events.push(m_now + client.timeout, kRootTimeout | ((v.generation & 0xFFFFFF) << 8), i);
    const std::uint32_t lone = m_model.plan(v.node, v.k).lone;
    if (lone != kNone && m_model.lones[lone].timeout == 0 && m_cuts.empty()) {
        v.arrived = m_now;
        travel(i, m_model.lones[lone]); // the short way of arrive() and afterService()
        return;
    }
    arrive(i);
}

// A client's request goes to its lone call's component itself (kAway): what launch() does
// for a call, without a second record (startAttempt: when the call has no timeout and no
// partition is in force).
void Replication::travel(std::uint32_t i, const PlanCall& lone) {
    Visit& v = m_visits[i];
    ++m_out->links[lone.link * m_model.classes + v.k];
    v.flags |= kAway;
    v.phase = Phase::Arriving;
    v.node = lone.to;
    v.latencyBack = lone.latency;
    if (lone.latency > 0)
        m_events.push(m_now + lone.latency, kVisitArrive, i);
    else
        arrive(i);
}

void Replication::arrive(std::uint32_t i) {
    Visit& v = m_visits[i];
    v.arrived = m_now;
    const SimNode& node = m_model.nodes[v.node];
    if (!node.station) {
        afterService(i);
        return;
    }
    NodeCounters& counters = m_out->nodes[v.node];
    ++counters.arrivals;
    if (node.dropExpired && m_now >= v.deadline) {
        expire(i);
        return;
    }
    if (node.limiter != LimiterRule::None && !limiterAdmits(v.node, v.clientKey)) {
        ++counters.rejections;
        v.failure = Failure::Rejected;
        finish(i);
        return;
    }
    const std::uint32_t station = pickStation(node, v.node, v);
    if (stationDown(station)) {
        failAtDownStation(i, m_refusing[station] > 0);
        return;
    }
    if (!admit(i, station)) {
        ++counters.drops;
        v.failure = Failure::Dropped;
        finish(i);
        return;
    }
    // A write reaches every replica of its shard; `station` is the primary.
    if (!node.dataStore || node.replicas < 2 || !m_model.plan(v.node, v.k).write)
        return;
    const std::uint32_t primary = station;
    const std::uint32_t shardStart =
        station - (station - node.firstStation) % node.replicas; // the shard's first replica
    for (std::uint32_t replica = shardStart; replica < shardStart + node.replicas; ++replica) {
        if (replica == primary)
            continue;
        const std::uint32_t c = m_visits.allocate();
        Visit& copy = m_visits[c];
        Visit& original = m_visits[i];
        copy.node = original.node;
        copy.k = original.k;
        copy.clientKey = original.clientKey;
        copy.flags |= kCopy;
        copy.parent = node.syncReplication ? i : kNone;
        copy.arrived = m_now;
        if (stationDown(replica) || !admit(c, replica)) {
            ++counters.drops;
            if (node.syncReplication && original.failure == Failure::None)
                original.failure = Failure::Dropped;
            m_visits.release(c);
            continue;
        }
        if (node.syncReplication)
            ++original.pending;
    }
}

std::uint32_t Replication::pickStation(const SimNode& node, std::uint32_t n, const Visit& v) {
    if (node.stations == 1)
        return node.firstStation;
    if (v.instance != kNone)
        return node.firstStation + v.instance;
    RandomStream& random = m_random[n];
    if (node.dataStore) {
        std::uint32_t shard = 0;
        if (node.shards > 1 && !(random.uniform() < node.hotShare))
            shard = 1 + random.below(node.shards - 1);
        std::uint32_t replica = 0;
        if (node.replicas > 1 && !m_model.plan(n, v.k).write)
            replica = random.below(node.replicas);
        const std::uint32_t s = node.firstStation + shard * node.replicas + replica;
        return m_stationsDown[n] == 0 || !stationDown(s) ? s : replicaUp(node, s);
    }
    switch (node.spread) {
    case SpreadRule::RoundRobin: {
        std::uint32_t& next = m_roundRobin[n];
        const std::uint32_t s = next;
        next = next + 1 == node.stations ? 0 : next + 1;
        return node.firstStation + s;
    }
    case SpreadRule::LeastConnections: {
        // Fewest taken or waiting; ties go round robin so equal instances share evenly.
        std::uint32_t best = kNone;
        std::size_t load = std::numeric_limits<std::size_t>::max();
        const std::uint32_t start = m_roundRobin[n];
        for (std::uint32_t j = 0; j < node.stations; ++j) {
            const std::uint32_t s = (start + j) % node.stations;
            const StationState& st = m_stations[node.firstStation + s];
            const std::size_t l = st.busy + st.waiting.size();
            if (l < load) {
                load = l;
                best = s;
            }
        }
        m_roundRobin[n] = (best + 1) % node.stations;
        return node.firstStation + best;
    }
    case SpreadRule::Random:
        break;
    }
    return node.firstStation + random.below(node.stations);
}

bool Replication::admit(std::uint32_t i, std::uint32_t s) {
    StationState& st = m_stations[s];
    const SimNode& node = m_model.nodes[st.node];
    if (st.busy < node.servers) {
        startService(i, s);
        return true;
    }
    if (node.queueLimited && st.waiting.size() >= node.queueCapacity)
        return false;
    st.touch(m_now);
    Visit& v = m_visits[i];
    v.station = s;
    v.phase = Phase::InService;
    v.flags |= kQueued;
    st.waiting.push(i);
    NodeCounters& counters = m_out->nodes[st.node];
    const std::uint64_t waiting = ++m_waiting[st.node];
    counters.maxQueue = std::max(counters.maxQueue, waiting);
    if (waiting > m_limits.maxQueue)
        queueOverflow(st.node);
    return true;
}

void Replication::startService(std::uint32_t i, std::uint32_t s) {
    StationState& st = m_stations[s];
    st.touch(m_now);
    ++st.busy;
    ++st.serving;
    Visit& v = m_visits[i];
    v.station = s;
    v.phase = Phase::InService;
    v.flags &= ~kQueued;
    const SimNode& node = m_model.nodes[v.node];
    if (node.holds && !(v.flags & kCopy))
        v.flags |= kHolding;
    NodeCounters& counters = m_out->nodes[v.node];
    if (!(v.flags & kCopy)) {
        ++counters.started;
        counters.waitSum += m_now - v.arrived;
    }
    v.step = m_crashes[s];
    const double service =
        m_model.plan(v.node, v.k).service.draw(m_random[v.node]) * m_slow[v.node];
    m_events.push(m_now + service, kServiceDone, i);
}

[[gnu::flatten]] void Replication::serviceDone(std::uint32_t i) {
    Visit& v = m_visits[i];
    StationState& st = m_stations[v.station];
    st.touch(m_now);
    --st.serving;
    NodeCounters& counters = m_out->nodes[v.node];
    if (v.flags & kCopy) {
        ++counters.copiesServed;
        counters.copyResponseSum += m_now - v.arrived;
    } else {
        ++counters.served;
        counters.responseSum += m_now - v.arrived;
        counters.wasted += m_now > v.deadline ? 1 : 0;
    }
    if (v.step != m_crashes[v.station] && !(v.flags & kCopy)) {
        // The instance crashed during this service: the work is lost with it.
        v.flags &= ~kHolding;
        releaseWorker(v.station);
        failAtDownStation(i, m_crashRefuses[v.station] != 0);
        return;
    }
    if (!(v.flags & kHolding))
        releaseWorker(v.station);
    if (v.flags & kCopy) {
        const std::uint32_t parent = v.parent;
        m_visits.release(i);
        if (parent != kNone)
            childDone(parent);
        return;
    }
    if (v.pending > 0) { // a sync write waits for its replicas
        v.phase = Phase::WaitReplicas;
        return;
    }
    afterService(i);
}

// The freed worker takes the next waiting request; with drop_expired, it skips those whose
// callers have given up. (Skipping may bring arrivals that take the worker first.)
void Replication::releaseWorker(std::uint32_t s) {
    StationState& st = m_stations[s];
    st.touch(m_now);
    --st.busy;
    const SimNode& node = m_model.nodes[st.node];
    while (!st.waiting.empty() && st.busy < node.servers) {
        const std::uint32_t next = st.waiting.pop();
        --m_waiting[st.node];
        if (node.dropExpired && m_now >= m_visits[next].deadline) {
            m_visits[next].flags &= ~kQueued;
            expire(next);
            continue;
        }
        startService(next, s);
    }
}

// Deadline propagation: the request is skipped unserved, failing as a timeout up the chain of
// callers (which have all given up, or are about to).
void Replication::expire(std::uint32_t i) {
    Visit& v = m_visits[i];
    ++m_out->nodes[v.node].expired;
    v.failure = Failure::TimedOut;
    finish(i);
}

} // namespace studio::core::sim
