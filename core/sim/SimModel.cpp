#include "sim/SimModel.h"

#include "solver/Routing.h"

#include <algorithm>
#include <cmath>

namespace studio::core::sim {

namespace {

SpreadRule spreadRule(solver::Spreading s) {
    switch (s) {
    case solver::Spreading::RoundRobin:
        return SpreadRule::RoundRobin;
    case solver::Spreading::LeastConnections:
        return SpreadRule::LeastConnections;
    case solver::Spreading::Random:
    case solver::Spreading::SharedQueue:
        break;
    }
    return SpreadRule::Random;
}

BalanceRule balanceRule(const solver::Node& n) {
    if (!n.balancer)
        return BalanceRule::Random;
    const std::string algorithm = n.component->text("algorithm", "round_robin");
    if (algorithm == "round_robin" || algorithm == "weighted_round_robin")
        return BalanceRule::RoundRobin;
    if (algorithm == "least_connections")
        return BalanceRule::LeastConnections;
    if (algorithm == "ip_hash")
        return BalanceRule::IpHash;
    if (algorithm == "consistent_hash")
        return BalanceRule::ConsistentHash;
    return BalanceRule::Random;
}

// A balancer's backends for one class's choices: every instance of every target, each with
// its choice's share split evenly among the choice's instances; a consistent_hash
// balancer's ring over them.
void addBackends(SimModel& m, const solver::Network& net, std::uint32_t node, ClassPlan& p) {
    p.backendBegin = static_cast<std::uint32_t>(m.backends.size());
    double previous = 0;
    for (std::uint32_t c = p.choiceBegin; c < p.choiceEnd; ++c) {
        const SimNode& target = m.nodes[m.choices[c].to];
        const solver::Node& t = net.nodes[m.choices[c].to];
        const double share = m.choices[c].cumulative - previous;
        previous = m.choices[c].cumulative;
        const bool ownInstances = target.station && !target.dataStore && target.stations > 1;
        const auto count = static_cast<std::uint32_t>(
            target.station && !target.dataStore ? std::max<std::int64_t>(1, t.instances) : 1);
        for (std::uint32_t i = 0; i < count; ++i)
            m.backends.push_back({c, ownInstances ? i : kNone, share / count});
    }
    p.backendEnd = static_cast<std::uint32_t>(m.backends.size());
    if (m.nodes[node].balance != BalanceRule::ConsistentHash)
        return;
    std::vector<double> weights;
    for (std::uint32_t b = p.backendBegin; b < p.backendEnd; ++b)
        weights.push_back(m.backends[b].weight);
    p.ring = static_cast<std::uint32_t>(m.rings.size());
    m.rings.emplace_back(weights);
}

bool hasRetries(const RetryPolicy& retry) {
    return retry.maxRetries > 0;
}

// One gate per caller instance for every call or choose link with a bulkhead, a breaker or
// retries (a client is one caller). By the network's edges, which know their caller's node:
// linear in the design's size.
void addGates(SimModel& m, const Design& design, const solver::Network& net) {
    m.gateOfLink.assign(design.links.size(), kNone);
    for (const solver::Edge& edge : net.edges) {
        const Link& link = design.links[edge.link];
        const SimNode& caller = m.nodes[edge.from];
        if ((link.maxConcurrent <= 0 && !link.breaker.enabled && !hasRetries(link.retry)) ||
            edge.mode == LinkMode::Handoff || m.gateOfLink[edge.link] != kNone)
            continue; // a handoff does not wait for an answer: nothing to limit, break or retry
        GateSpec gate;
        gate.first = m.gateCount;
        gate.limit = static_cast<std::uint32_t>(std::max(0, link.maxConcurrent));
        gate.breaker = link.breaker.enabled;
        gate.failureRatio = link.breaker.failureRatio;
        gate.window = static_cast<std::uint32_t>(std::max(1, link.breaker.window));
        gate.openFor = link.breaker.openFor;
        gate.retry = link.retry;
        gate.link = edge.link;
        gate.to = edge.to;
        gate.latency = edge.latency;
        gate.timeout = link.timeout;
        m.gateCount += std::max<std::uint32_t>(1, caller.stations);
        m.gateOfLink[edge.link] = static_cast<std::uint32_t>(m.gates.size());
        m.gates.push_back(gate);
    }
}

// ClassPlan::lone: the plan's only link when it is one plain call or one choice.
void addLone(SimModel& m, ClassPlan& p, const SimNode& node) {
    if (p.handoffBegin != p.handoffEnd || p.backendBegin != p.backendEnd || node.resolver)
        return;
    PlanCall lone;
    const bool oneCall = p.stepEnd == p.stepBegin + 1 &&
                         m.steps[p.stepBegin].end == m.steps[p.stepBegin].begin + 1 &&
                         p.choiceBegin == p.choiceEnd;
    if (oneCall) {
        lone = m.calls[m.steps[p.stepBegin].begin];
        if (lone.when != CallCondition::Always)
            return;
    } else if (p.stepBegin == p.stepEnd && p.choiceEnd == p.choiceBegin + 1) {
        const PlanChoice& choice = m.choices[p.choiceBegin];
        lone = {choice.to, choice.link, CallCondition::Always, choice.latency, choice.timeout};
    } else {
        return;
    }
    if (m.gateOfLink[lone.link] != kNone)
        return;
    p.lone = static_cast<std::uint32_t>(m.lones.size());
    m.lones.push_back(lone);
}

SimNode makeNode(const solver::Node& n, std::uint32_t& stationCount) {
    SimNode out;
    const Component& c = *n.component;
    out.id = c.id;
    out.station = n.station;
    out.source = n.source;
    if (!n.station)
        return out;
    out.dataStore = n.dataStore;
    out.cache = n.hitsOrMisses;
    out.holds = n.holds;
    out.spread = spreadRule(n.spreading);
    out.balance = balanceRule(n);
    out.resolver = c.kind == "dns";
    out.ttl = out.resolver ? std::max(0.0, c.number("ttl", 300)) : 0;
    if (n.balancer)
        out.healthInterval = std::max(0.0, c.number("health_check_interval", 5));
    out.availability = n.availability;
    out.mttr = std::max(0.0, c.number("mttr", 600));
    out.firstStation = stationCount;
    if (n.dataStore) {
        out.shards = static_cast<std::uint32_t>(n.shards);
        out.replicas = static_cast<std::uint32_t>(n.replicas);
        out.stations = out.shards * out.replicas;
        out.servers = static_cast<std::uint32_t>(n.workers);
        out.syncReplication = n.syncReplication;
        const double s = static_cast<double>(n.shards);
        out.hotShare = n.shards > 1 ? 1 / s + n.hotKeyFraction * (1 - 1 / s) : 1;
        out.spread = SpreadRule::Random;
    } else if (n.spreading == solver::Spreading::SharedQueue) {
        out.stations = 1;
        out.servers = static_cast<std::uint32_t>(n.instances * n.workers);
        const double instances = static_cast<double>(n.instances);
        out.availability = 1 - std::pow(1 - n.availability, instances);
        out.mttr /= instances;
    } else {
        out.stations = static_cast<std::uint32_t>(n.instances);
        out.servers = static_cast<std::uint32_t>(n.workers);
    }
    stationCount += out.stations;
    out.queueLimited = n.queueLimited;
    out.dropExpired = c.flag("drop_expired");
    out.queueCapacity = static_cast<std::uint64_t>(n.queueCapacity);
    out.hitRatio = n.hitRatio;
    if (c.kind == "rate_limiter") {
        out.perClient = c.text("scope", "client") != "global";
        if (c.text("algorithm", "token_bucket") == "token_bucket") {
            out.limiter = LimiterRule::TokenBucket;
            out.limit = std::max(1.0, c.number("limit", 100));
            out.refillRate = c.number("refill_rate", 10);
        } else {
            out.limiter = LimiterRule::Window;
            out.limit = c.number("limit", 100);
            out.window = std::max(1e-9, c.number("window", 60));
        }
    }
    return out;
}

SimClient makeClient(std::uint32_t node, const Workload& w, solver::RateBasis rates) {
    SimClient client;
    client.node = node;
    client.closed = w.type == WorkloadType::Closed;
    client.population = w.population;
    client.thinkTime = w.thinkTime;
    client.timeout = w.timeout;
    client.retry = w.retry;
    client.rate = rates == solver::RateBasis::Peak ? w.rate * w.peakFactor : w.rate;
    client.bursts = w.bursts;
    // A daily curve shapes the rate hour by hour, scaled so that its busiest hour runs at
    // the peak (rate x peak_factor, as the solver) and simulated time 0 is the start of
    // that hour; with the average, scaled so that its mean is the rate, from midnight.
    double curveMax = 1;
    if (w.dailyCurve.size() == 24) {
        const auto busiest = std::max_element(w.dailyCurve.begin(), w.dailyCurve.end());
        double sum = 0;
        for (double f : w.dailyCurve)
            sum += f;
        if (*busiest > 0) {
            client.dailyCurve = w.dailyCurve;
            const double scale = rates == solver::RateBasis::Peak ? 1 / *busiest : 24 / sum;
            for (double& f : client.dailyCurve)
                f *= scale;
            curveMax = *busiest * scale;
            if (rates == solver::RateBasis::Peak)
                client.curveOffset = 3600.0 * static_cast<double>(busiest - w.dailyCurve.begin());
        }
    }
    double burstMax = 1;
    for (const Burst& b : client.bursts)
        burstMax *= std::max(1.0, b.factor);
    client.maxFactor = std::max(0.0, curveMax) * burstMax;
    const double rate = client.rate * client.maxFactor;
    client.meanGap = !client.closed && rate > 0 ? 1 / rate : 0;
    return client;
}

} // namespace

double SimClient::factorAt(double time) const {
    double f = 1;
    if (!dailyCurve.empty()) {
        const auto hour = static_cast<std::size_t>(std::fmod((time + curveOffset) / 3600, 24.0));
        f = dailyCurve[std::min<std::size_t>(hour, 23)];
    }
    for (const Burst& b : bursts)
        if (time >= b.start && time < b.start + b.duration)
            f *= b.factor;
    return f;
}

std::string SimModel::place(std::uint32_t node) const {
    return "components[" + std::to_string(node) + "] \"" + nodes[node].id + "\"";
}

Result<SimModel> compileModel(const Design& design, const Catalog& catalog,
                              solver::RateBasis rates) {
    auto compiled = solver::compileNetwork(design, catalog, rates);
    if (!compiled)
        return compiled.problems();
    const solver::Network& net = compiled.value();
    auto planned = solver::planRouting(net);
    if (!planned)
        return planned.problems();
    const solver::Routing& routing = planned.value();

    SimModel m;
    m.design = &design;
    m.linkCount = static_cast<std::uint32_t>(design.links.size());
    m.classes = net.classCount();
    m.trafficClasses = net.classes;
    for (const solver::Node& n : net.nodes)
        m.nodes.push_back(makeNode(n, m.stationCount));
    addGates(m, design, net);

    std::vector<std::uint32_t> handoffOfEdge(net.edges.size(), kNone);
    for (std::uint32_t e = 0; e < net.edges.size(); ++e) {
        const solver::Edge& edge = net.edges[e];
        if (edge.mode != LinkMode::Handoff)
            continue;
        handoffOfEdge[e] = static_cast<std::uint32_t>(m.handoffs.size());
        m.handoffs.push_back({edge.link, edge.from, edge.to});
    }

    m.plans.resize(net.nodes.size() * m.classes);
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        const solver::Node& node = net.nodes[n];
        for (std::size_t k = 0; k < m.classes; ++k) {
            ClassPlan& p = m.plans[n * m.classes + k];
            p.write = net.classes[k].operation == Operation::Write;
            if (node.station)
                p.service = Sampler(node.component->service.forClass(net.classes[k].name));
            p.stepBegin = static_cast<std::uint32_t>(m.steps.size());
            for (std::uint32_t s = routing.firstStep[n]; s < routing.firstStep[n + 1]; ++s) {
                PlanStep step{static_cast<std::uint32_t>(m.calls.size()), 0};
                for (std::uint32_t e = routing.steps[s].begin; e < routing.steps[s].end; ++e) {
                    if (!net.admits(e, k))
                        continue;
                    const solver::Edge& edge = net.edges[e];
                    m.calls.push_back({edge.to, edge.link, edge.when, edge.latency,
                                       design.links[edge.link].timeout});
                }
                step.end = static_cast<std::uint32_t>(m.calls.size());
                if (step.end > step.begin)
                    m.steps.push_back(step);
            }
            p.stepEnd = static_cast<std::uint32_t>(m.steps.size());
            p.choiceBegin = static_cast<std::uint32_t>(m.choices.size());
            double cumulative = 0;
            for (std::uint32_t e = routing.chooseBegin[n]; e < routing.chooseEnd[n]; ++e) {
                const double share = routing.chooseShare(net, e, k);
                if (!(share > 0))
                    continue;
                cumulative += share;
                const solver::Edge& edge = net.edges[e];
                m.choices.push_back({edge.to, edge.link, cumulative, edge.latency,
                                     design.links[edge.link].timeout});
            }
            p.choiceEnd = static_cast<std::uint32_t>(m.choices.size());
            if (p.choiceEnd > p.choiceBegin)
                m.choices[p.choiceEnd - 1].cumulative = 1; // no rounding gap at the end
            if (node.balancer)
                addBackends(m, net, n, p);
            p.handoffBegin = static_cast<std::uint32_t>(m.handoffPlans.size());
            for (std::uint32_t e = node.outBegin; e < node.outEnd; ++e) {
                const solver::Edge& edge = net.edges[e];
                if (edge.mode != LinkMode::Handoff || !net.admits(e, k))
                    continue;
                const double whole = std::floor(std::max(0.0, edge.multiplicity));
                m.handoffPlans.push_back({edge.to, handoffOfEdge[e], whole,
                                          std::max(0.0, edge.multiplicity) - whole, edge.latency});
            }
            p.handoffEnd = static_cast<std::uint32_t>(m.handoffPlans.size());
            addLone(m, p, m.nodes[n]);
        }
    }

    for (const solver::Entry& entry : net.entries)
        m.entries.push_back({entry.client, entry.traffic, entry.workloadClass});
    for (std::uint32_t i = 0; i < m.entries.size();) {
        const std::uint32_t node = m.entries[i].client;
        const Component& c = *net.nodes[node].component;
        SimClient client = makeClient(node, *c.workload, rates);
        client.entryBegin = i;
        double sum = 0;
        for (; i < m.entries.size() && m.entries[i].client == node; ++i)
            sum += std::max(0.0, c.workload->classes[m.entries[i].workloadClass].mix);
        client.entryEnd = i;
        double cumulative = 0;
        for (std::uint32_t j = client.entryBegin; j < client.entryEnd; ++j) {
            const double mix = std::max(0.0, c.workload->classes[m.entries[j].workloadClass].mix);
            cumulative += sum > 0 ? mix / sum : 1.0 / (client.entryEnd - client.entryBegin);
            client.mixCumulative.push_back(cumulative);
        }
        client.mixCumulative.back() = 1;
        if (!client.closed)
            m.offeredRate += client.rate * client.maxFactor;
        m.clients.push_back(std::move(client));
    }
    m.clientOf.assign(m.nodes.size(), kNone);
    for (std::uint32_t c = 0; c < m.clients.size(); ++c)
        m.clientOf[m.clients[c].node] = c;
    m.failures = compileFailures(design, m.nodes);
    return m;
}

} // namespace studio::core::sim
