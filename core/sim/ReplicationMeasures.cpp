// A replication's rate limiters, its warm-up, its in-flight cap and what it measured.
#include "sim/Replication.h"

#include <algorithm>
#include <cmath>

namespace studio::core::sim {

bool Replication::limiterAdmits(std::uint32_t n, std::uint32_t clientKey) {
    const SimNode& node = m_model.nodes[n];
    if (node.perClient && !(clientKey & kUserKey))
        return true; // a client that sends once is within any limit
    double* counted = &m_tokens[n];
    double* lastClock = &m_limiterClock[n];
    if (node.perClient) {
        const auto found = m_clientLimits.try_emplace(
            (std::uint64_t{n} << 32) | clientKey,
            node.limiter == LimiterRule::TokenBucket ? node.limit : 0.0, m_now);
        counted = &found.first->second.first;
        lastClock = &found.first->second.second;
    }
    double& tokens = *counted;
    double& clock = *lastClock;
    if (node.limiter == LimiterRule::TokenBucket) {
        tokens = std::min(node.limit, tokens + (m_now - clock) * node.refillRate);
        clock = m_now;
        if (tokens < 1)
            return false;
        tokens -= 1;
        return true;
    }
    if (m_now >= clock + node.window) { // a fixed window: counts restart each window
        clock += node.window * std::floor((m_now - clock) / node.window);
        tokens = 0;
    }
    if (tokens >= node.limit)
        return false;
    tokens += 1;
    return true;
}

void Replication::startMeasuring() {
    m_measuring = true;
    m_out->measureStart = m_now;
    flushSeries();
    for (StationState& st : m_stations)
        st.resetAreas(m_now);
    std::fill(m_seriesMark.begin(), m_seriesMark.end(), SeriesArea{});
    std::fill(m_out->links.begin(), m_out->links.end(), 0);
    for (std::size_t n = 0; n < m_out->nodes.size(); ++n) {
        m_out->nodes[n] = NodeCounters{};
        m_out->nodes[n].maxQueue = m_waiting[n];
    }
}

void Replication::checkInFlight() {
    if (m_visits.live() <= m_limits.maxInFlight)
        return;
    std::uint32_t worst = 0;
    for (std::uint32_t n = 1; n < m_waiting.size(); ++n)
        if (m_waiting[n] > m_waiting[worst])
            worst = n;
    m_out->failure = makeProblem(
        m_model.place(worst), "Simulator",
        SDS_TRANSLATE_NOOP("Simulator",
                           "more than %1 requests were in flight at t = %2 s, %3 of them waiting "
                           "here: its arrivals exceed what it can serve, so its queue grows "
                           "without end; the run stopped. Give it more instances or workers, "
                           "or lower the load"),
        {std::to_string(m_limits.maxInFlight), formatNumber(m_now),
         std::to_string(m_waiting[worst])});
    m_stop = true;
}

void Replication::queueOverflow(std::uint32_t node) {
    if (m_out->failure)
        return;
    m_out->failure = makeProblem(
        m_model.place(node), "Simulator",
        SDS_TRANSLATE_NOOP("Simulator",
                           "more than %1 requests were waiting here at t = %2 s: its arrivals "
                           "exceed what it can serve, so its queue grows without end; the run "
                           "stopped. Give it more instances or workers, or lower the load"),
        {std::to_string(m_limits.maxQueue), formatNumber(m_now)});
    m_stop = true;
}

void Replication::collect(ReplicationStats& out) {
    out.end = m_now;
    out.sent = m_sent;
    const double span = out.measured();
    for (StationState& st : m_stations)
        st.touch(m_now);
    flushSeries();
    out.series.setEnd(m_now);
    for (std::uint32_t n = 0; n < m_model.nodes.size(); ++n) {
        const SimNode& node = m_model.nodes[n];
        NodeCounters& c = out.nodes[n];
        if (!node.station || node.stations == 0)
            continue;
        // The busiest group of identical stations: a data store's hot shard and the rest,
        // or all the instances.
        double hot = 0, rest = 0;
        std::uint32_t hotCount = 0, restCount = 0;
        for (std::uint32_t s = 0; s < node.stations; ++s) {
            const StationState& st = m_stations[node.firstStation + s];
            c.queueArea += st.waitingArea;
            c.systemArea += st.waitingArea + st.servingArea;
            const double u = span > 0 ? st.busyArea / (span * node.servers) : 0;
            const bool inHot = !node.dataStore || node.shards == 1 || s < node.replicas;
            (inHot ? hot : rest) += u;
            ++(inHot ? hotCount : restCount);
        }
        c.utilisation = std::max(hotCount ? hot / hotCount : 0, restCount ? rest / restCount : 0);
    }
    // What is still unanswered: timed out if older than its client's timeout.
    for (std::uint32_t i = 0; i < m_visits.capacity(); ++i) {
        const Visit& v = m_visits[i];
        if (!(v.flags & kAlive) || !(v.flags & kRoot) || !(v.flags & kCounted) ||
            (v.flags & kAbandoned))
            continue; // an abandoned request was counted as a timeout already
        EntryCounters& e = out.entries[v.tag];
        const double limit = m_model.clients[clientIndex(v)].timeout;
        if (limit > 0 && m_now - v.origin > limit)
            ++e.timedOut;
        else
            ++e.inFlight;
    }
}

void Replication::passSeriesBoundaries(double time) {
    TimeSeries& series = m_out->series;
    while (time > m_seriesEnd) {
        m_now = m_seriesEnd; // nothing changed since the last event: integrals hold to here
        flushSeries();
        series.advance();
        m_seriesEnd = series.boundary();
    }
    m_seriesCounts = series.currentCounts();
    m_seriesLatency = series.currentLatency();
}

// Touching a station here changes none of its figures (beyond rounding): integrals add up.
void Replication::flushSeries() {
    TimeSeries& series = m_out->series;
    for (std::uint32_t slot = 0; slot < m_limits.seriesNodes.size(); ++slot) {
        const SimNode& node = m_model.nodes[m_limits.seriesNodes[slot]];
        SeriesArea& area = series.area(slot);
        for (std::uint32_t s = node.firstStation; s < node.firstStation + node.stations; ++s) {
            StationState& st = m_stations[s];
            st.touch(m_now);
            SeriesArea& mark = m_seriesMark[s];
            area.busy += st.busyArea - mark.busy;
            area.queue += st.waitingArea - mark.queue;
            mark = {st.busyArea, st.waitingArea};
        }
    }
}

} // namespace studio::core::sim
