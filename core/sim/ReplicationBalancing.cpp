// The balancers' picks among the instances of their choose-targets (ClassPlan's backends).
#include "sim/Replication.h"

#include <limits>

namespace studio::core::sim {

// Smooth weighted round robin (nginx's): every backend gains its weight, the richest is
// picked and pays the total, so picks follow the weights as evenly as they can. Least
// connections: the fewest requests in progress (taken or waiting) per unit of weight,
// looking first after the last pick so that ties take turns. Random: by weight. ip_hash and
// consistent_hash: by the client's key (sim/HashPick). Backends a health check found down
// are skipped; kNone when none is left.
std::uint32_t Replication::pickBackend(std::uint32_t n, const ClassPlan& plan,
                                       std::uint32_t clientKey) {
    const bool anyDown = m_seenDownCount[n] > 0;
    const auto live = [&](std::uint32_t b) { return !anyDown || !m_seenDown[b]; };
    std::uint32_t best = kNone;
    switch (m_model.nodes[n].balance) {
    case BalanceRule::RoundRobin: {
        double total = 0;
        for (std::uint32_t b = plan.backendBegin; b < plan.backendEnd; ++b) {
            if (!live(b))
                continue;
            const double weight = m_model.backends[b].weight;
            total += weight;
            m_backendCredit[b] += weight;
            if (best == kNone || m_backendCredit[b] > m_backendCredit[best])
                best = b;
        }
        if (best != kNone)
            m_backendCredit[best] -= total;
        return best;
    }
    case BalanceRule::Random: {
        double total = 0;
        for (std::uint32_t b = plan.backendBegin; b < plan.backendEnd; ++b)
            total += live(b) ? m_model.backends[b].weight : 0;
        double u = m_random[n].uniform() * total;
        for (std::uint32_t b = plan.backendBegin; b < plan.backendEnd; ++b) {
            if (!live(b))
                continue;
            best = b;
            u -= m_model.backends[b].weight;
            if (u < 0)
                break;
        }
        return best;
    }
    case BalanceRule::IpHash: {
        const std::uint32_t i = pickByHash(
            plan.backendEnd - plan.backendBegin, clientKey,
            [&](std::uint32_t j) { return m_model.backends[plan.backendBegin + j].weight; },
            [&](std::uint32_t j) { return live(plan.backendBegin + j); });
        return i < plan.backendEnd - plan.backendBegin ? plan.backendBegin + i : kNone;
    }
    case BalanceRule::ConsistentHash: {
        const HashRing& ring = m_model.rings[plan.ring];
        const std::uint32_t i =
            ring.pick(clientKey, [&](std::uint32_t j) { return live(plan.backendBegin + j); });
        return i < ring.backends() ? plan.backendBegin + i : kNone;
    }
    case BalanceRule::LeastConnections:
        break;
    }
    const std::uint32_t count = plan.backendEnd - plan.backendBegin;
    const std::uint32_t start = m_balanceNext[n] % count;
    double fewest = std::numeric_limits<double>::infinity();
    for (std::uint32_t j = 0; j < count; ++j) {
        const std::uint32_t b = plan.backendBegin + (start + j) % count;
        if (!live(b))
            continue;
        const PlanBackend& backend = m_model.backends[b];
        const SimNode& target = m_model.nodes[m_model.choices[backend.choice].to];
        double load = 0;
        if (backend.instance != kNone) {
            const StationState& st = m_stations[target.firstStation + backend.instance];
            load = static_cast<double>(st.busy + st.waiting.size());
        } else {
            for (std::uint32_t s = 0; s < target.stations; ++s) {
                const StationState& st = m_stations[target.firstStation + s];
                load += static_cast<double>(st.busy + st.waiting.size());
            }
        }
        const double perWeight =
            backend.weight > 0 ? load / backend.weight : std::numeric_limits<double>::infinity();
        if (best == kNone || perWeight < fewest) {
            fewest = perWeight;
            best = b;
        }
    }
    if (best != kNone)
        m_balanceNext[n] = best - plan.backendBegin + 1;
    return best;
}

} // namespace studio::core::sim
