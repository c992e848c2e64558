// A visit after its own service: cache hits, handoffs, call steps, the chosen link, and
// answers travelling back to the caller.
#include "sim/Replication.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::sim {

namespace {

constexpr std::uint32_t kGenerationMask = 0xFFFFFF;

bool admitsState(CallCondition when, std::uint8_t state) {
    return when == CallCondition::Always || (when == CallCondition::Miss && state == kStateMiss) ||
           (when == CallCondition::Hit && state == kStateHit);
}

} // namespace

void Replication::afterService(std::uint32_t i) {
    Visit& v = m_visits[i];
    const SimNode& node = m_model.nodes[v.node];
    const ClassPlan& plan = m_model.plan(v.node, v.k);
    if (node.cache && !plan.write) {
        NodeCounters& counters = m_out->nodes[v.node];
        ++counters.reads;
        if (m_random[v.node].uniform() < hitRatio(v.node)) {
            ++counters.hits;
            v.flags |= kHit;
            finish(i);
            return;
        }
    }
    for (std::uint32_t h = plan.handoffBegin; h < plan.handoffEnd; ++h) {
        const PlanHandoff& handoff = m_model.handoffPlans[h];
        double copies = handoff.whole;
        if (handoff.fraction > 0 && m_random[v.node].uniform() < handoff.fraction)
            copies += 1;
        for (double c = 0; c < copies; ++c)
            sendHandoff(m_visits[i], handoff);
    }
    if (plan.stepBegin == plan.stepEnd && plan.choiceBegin == plan.choiceEnd) {
        finish(i); // nothing to call: the common leaf, without the step machinery
        return;
    }
    if (plan.lone != kNone && v.failure == Failure::None) { // runSteps, shortened
        const PlanCall& lone = m_model.lones[plan.lone];
        v.phase = Phase::Choose; // its answer finishes it
        v.pending = 2;           // held while launching, so an answer that comes at once waits
        ++m_out->links[lone.link * m_model.classes + v.k];
        launch(i, lone.to, lone.latency, lone.timeout);
        if (--m_visits[i].pending == 0)
            finish(i);
        return;
    }
    Visit& w = m_visits[i];
    w.phase = Phase::Steps;
    w.step = plan.stepBegin;
    w.state = kStateNone;
    runSteps(i);
}

void Replication::runSteps(std::uint32_t i) {
    Visit& v = m_visits[i];
    const ClassPlan& plan = m_model.plan(v.node, v.k);
    if (v.phase == Phase::Steps) {
        while (v.failure == Failure::None && v.step < plan.stepEnd) {
            const PlanStep& step = m_model.steps[v.step++];
            v.flags &= ~(kAskedCache | kStepHit);
            v.pending = 1; // held while launching, so an answer that comes at once waits
            bool launched = false;
            for (std::uint32_t c = step.begin; c < step.end; ++c) {
                const PlanCall& call = m_model.calls[c];
                if (!admitsState(call.when, v.state))
                    continue;
                GatePass pass;
                if (!passGate(i, call.link, pass))
                    continue; // refused: the visit fails once this step's calls are back
                launched = true;
                ++v.pending;
                ++m_out->links[call.link * m_model.classes + v.k];
                launch(i, call.to, call.latency, call.timeout, kNone, pass);
            }
            if (--v.pending > 0)
                return; // childDone goes on when the last answer arrives
            if (launched && (v.flags & kAskedCache))
                v.state = (v.flags & kStepHit) ? kStateHit : kStateMiss;
        }
        if (v.failure != Failure::None || plan.choiceEnd == plan.choiceBegin) {
            finish(i);
            return;
        }
        v.phase = Phase::Choose;
        std::uint32_t c = plan.choiceBegin;
        std::uint32_t instance = kNone;
        if (plan.backendBegin < plan.backendEnd &&
            (m_model.nodes[v.node].balance != BalanceRule::Random || m_seenDownCount[v.node])) {
            const std::uint32_t b = pickBackend(v.node, plan, v.clientKey);
            if (b == kNone) { // every backend failed its health check: the balancer refuses
                ++m_out->nodes[v.node].rejections;
                v.failure = Failure::Rejected;
                finish(i);
                return;
            }
            c = m_model.backends[b].choice;
            instance = m_model.backends[b].instance;
        } else {
            if (plan.choiceEnd - plan.choiceBegin > 1) { // a lone choice needs no draw
                const double u = m_random[v.node].uniform();
                while (c + 1 < plan.choiceEnd && u >= m_model.choices[c].cumulative)
                    ++c;
            }
            if (m_model.nodes[v.node].resolver && !m_model.failures.empty())
                c = resolve(v.node, plan, c);
        }
        const PlanChoice& choice = m_model.choices[c];
        GatePass pass;
        if (!passGate(i, choice.link, pass)) {
            finish(i);
            return;
        }
        v.pending = 2;
        ++m_out->links[choice.link * m_model.classes + v.k];
        launch(i, choice.to, choice.latency, choice.timeout, instance, pass);
        if (--v.pending > 0)
            return;
    }
    finish(i);
}

// Asks the caller's gate on `link` (its instance's, a client's one), counting a refusal
// at the caller and failing its visit.
bool Replication::passGate(std::uint32_t i, std::uint32_t link, GatePass& pass) {
    const std::uint32_t spec = m_model.gateOfLink[link];
    if (spec == kNone)
        return true;
    Visit& v = m_visits[i];
    const SimNode& caller = m_model.nodes[v.node];
    const std::uint32_t gate =
        m_model.gates[spec].first + (caller.station ? v.station - caller.firstStation : 0);
    if (askGate(gate, v.node, pass))
        return true;
    if (v.failure == Failure::None)
        v.failure = Failure::Rejected;
    return false;
}

// Asks `gate` for a call of `callerNode`, counting a refusal there.
bool Replication::askGate(std::uint32_t gate, std::uint32_t callerNode, GatePass& pass) {
    NodeCounters& counters = m_out->nodes[callerNode];
    switch (m_gates[gate].ask(m_model.gates[m_gateSpec[gate]], m_now)) {
    case GateAnswer::Probe:
        pass.probe = true;
        [[fallthrough]];
    case GateAnswer::Pass:
        pass.gate = gate;
        return true;
    case GateAnswer::BulkheadFull:
        ++counters.bulkheadRefused;
        break;
    case GateAnswer::BreakerOpen:
        ++counters.breakerRefused;
        break;
    }
    return false;
}

// The caller has the call's answer, or gave up on it (`failed`).
void Replication::closeGate(const Visit& call, bool failed) {
    if (call.tag != kNone)
        m_gates[call.tag].done(m_model.gates[m_gateSpec[call.tag]], failed, call.flags & kProbe,
                               m_now);
}

void Replication::launch(std::uint32_t parent, std::uint32_t to, double latency, double timeout,
                         std::uint32_t instance, GatePass pass, std::uint8_t attempt) {
    const std::uint32_t c = m_visits.allocate();
    Visit& child = m_visits[c];
    const Visit& p = m_visits[parent];
    child.node = to;
    child.instance = instance;
    child.k = p.k;
    child.clientKey = p.clientKey;
    child.parent = parent;
    child.latencyBack = latency;
    child.tag = pass.gate;
    child.attempt = attempt;
    if (pass.probe)
        child.flags |= kProbe;
    if (attempt == 0 && pass.gate != kNone)
        m_gates[pass.gate].firstCall(m_model.gates[m_gateSpec[pass.gate]].retry);
    child.deadline = timeout > 0 ? std::min(p.deadline, m_now + timeout) : p.deadline;
    if (timeout > 0)
        m_events.push(m_now + timeout, kCallTimeout | ((child.generation & kGenerationMask) << 8),
                      c);
    if (!m_cuts.empty() && cutOff(p.node, to)) {
        child.flags |= kLost; // across a partition: it never arrives, nothing answers
        return;
    }
    if (latency > 0)
        m_events.push(m_now + latency, kVisitArrive, c);
    else
        arrive(c);
}

void Replication::sendHandoff(const Visit& from, const PlanHandoff& plan) {
    const std::uint16_t k = from.k;
    const std::uint32_t m = m_visits.allocate();
    Visit& message = m_visits[m];
    message.node = plan.to;
    message.k = k;
    message.clientKey = from.clientKey;
    message.parent = kNone;
    message.tag = plan.handoff;
    message.origin = m_now;
    message.flags |= kHandoff;
    ++m_out->links[m_model.handoffs[plan.handoff].link * m_model.classes + k];
    if (m_measuring) {
        message.flags |= kCounted;
        ++m_out->handoffs[plan.handoff].messages;
    }
    if (plan.latency > 0)
        m_events.push(m_now + plan.latency, kVisitArrive, m);
    else
        arrive(m);
}

void Replication::finish(std::uint32_t i) {
    Visit& v = m_visits[i];
    if (v.flags & kHolding) {
        v.flags &= ~kHolding;
        releaseWorker(v.station);
    }
    if (v.flags & kAway) { // done at its first component: the answer goes back
        v.flags &= ~kAway;
        v.node = m_model.entries[v.tag].client;
        if (v.latencyBack > 0) {
            m_events.push(m_now + v.latencyBack, kResponse, i);
            return;
        }
    }
    if (v.flags & kRoot) {
        const SimClient& client = m_model.clients[clientIndex(v)];
        // The series counts every request (warm-up included) when this happens; the
        // totals those sent after the warm-up.
        const bool counted = v.flags & kCounted;
        EntryCounters& e = m_out->entries[v.tag];
        SeriesCounts& s = m_seriesCounts[v.tag];
        if (v.failure != Failure::None && !(v.flags & kAbandoned) && mayRetry(v)) {
            retry(i); // the request goes on as a new attempt; this one ends here
            m_visits.release(i);
            return;
        }
        if (v.flags & kAbandoned) { // counted as a timeout when its client gave up
            if (v.failure == Failure::None) {
                ++s.late; // answered after all: work done for nobody
                e.late += counted;
            }
            m_visits.release(i);
            return;
        }
        switch (v.failure) {
        case Failure::Dropped:
            ++s.dropped;
            e.dropped += counted;
            break;
        case Failure::Rejected:
            ++s.rejected;
            e.rejected += counted;
            break;
        case Failure::TimedOut:
            ++s.timedOut;
            e.timedOut += counted;
            break;
        case Failure::None: {
            const double latency = m_now - v.origin;        // from the first attempt
            if (client.timeout > 0 && m_now > v.deadline) { // the attempt's start + timeout
                ++s.timedOut; // a late answer is a timeout, never a success
                ++s.late;
                e.timedOut += counted;
                e.late += counted;
                break;
            }
            ++s.completed;
            s.latencySum += latency;
            m_seriesLatency[v.tag].record(latency);
            if (counted) {
                ++e.completed;
                e.latency.record(latency);
            }
            break;
        }
        }
        const std::uint32_t node = v.node;
        m_visits.release(i);
        if (client.closed) {
            const double think = client.thinkTime * m_random[node].exponential();
            m_events.push(m_now + think, kThink, clientIndex(v));
        }
        return;
    }
    if (v.flags & kHandoff) {
        if (v.flags & kCounted) {
            HandoffCounters& h = m_out->handoffs[v.tag];
            if (v.failure != Failure::None)
                ++h.dropped;
            else
                h.latency.record(m_now - v.origin);
        }
        m_visits.release(i);
        return;
    }
    if (v.parent == kNone) { // an orphan, or an async replica's copy
        m_visits.release(i);
        return;
    }
    if (v.latencyBack > 0)
        m_events.push(m_now + v.latencyBack, kResponse, i);
    else
        deliver(i);
}

void Replication::deliver(std::uint32_t c) {
    Visit& child = m_visits[c];
    if (child.flags & kRoot) { // a request back from its first component (kAway)
        finish(c);
        return;
    }
    const std::uint32_t parent = child.parent;
    if (parent == kNone) { // its caller gave up meanwhile
        m_visits.release(c);
        return;
    }
    closeGate(child, child.failure != Failure::None);
    if (child.failure != Failure::None && retryCall(child)) {
        m_visits.release(c);
        return; // its caller waits on for the next attempt
    }
    Visit& p = m_visits[parent];
    if (child.failure != Failure::None && p.failure == Failure::None)
        p.failure = child.failure;
    if (m_model.nodes[child.node].cache) {
        p.flags |= kAskedCache;
        if (child.flags & kHit)
            p.flags |= kStepHit;
    }
    m_visits.release(c);
    childDone(parent);
}

void Replication::childDone(std::uint32_t parent) {
    Visit& p = m_visits[parent];
    if (--p.pending > 0)
        return;
    switch (p.phase) {
    case Phase::Steps:
        if (p.flags & kAskedCache)
            p.state = (p.flags & kStepHit) ? kStateHit : kStateMiss;
        runSteps(parent);
        break;
    case Phase::Choose:
        finish(parent);
        break;
    case Phase::WaitReplicas:
        afterService(parent);
        break;
    case Phase::Arriving:
    case Phase::InService:
        break; // replicas done before the primary: serviceDone goes on
    }
}

void Replication::callTimeout(std::uint32_t c, std::uint32_t generation) {
    Visit& child = m_visits[c];
    if (!(child.flags & kAlive) || (child.generation & kGenerationMask) != generation ||
        child.parent == kNone)
        return; // answered already
    closeGate(child, true);
    const std::uint32_t parent = child.parent;
    const bool retried = retryCall(child);
    child.parent = kNone;
    child.flags |= kOrphan;
    if (child.flags & kLost)
        m_visits.release(c); // swallowed: nothing else will ever free it
    if (retried)
        return; // its caller waits on for the next attempt
    Visit& p = m_visits[parent];
    if (p.failure == Failure::None)
        p.failure = Failure::TimedOut;
    childDone(parent);
}

// A client's timeout: the request counts as timed out now, whether or not an answer comes
// later; the request's own work goes on (finish() then only counts a late answer).
void Replication::rootTimeout(std::uint32_t r, std::uint32_t generation) {
    Visit& root = m_visits[r];
    if (!(root.flags & kAlive) || (root.generation & kGenerationMask) != generation ||
        !(root.flags & kRoot))
        return;               // answered already
    root.flags |= kAbandoned; // its work goes on; finish() frees it
    if (mayRetry(root)) {
        retry(r);
        return;
    }
    ++m_seriesCounts[root.tag].timedOut;
    if (root.flags & kCounted)
        ++m_out->entries[root.tag].timedOut;
    const std::uint32_t c = clientIndex(root);
    const SimClient& client = m_model.clients[c];
    if (client.closed) { // the user thinks and sends again, answered or not
        const double think = client.thinkTime * m_random[client.node].exponential();
        m_events.push(m_now + think, kThink, c);
    }
}

} // namespace studio::core::sim
