#include "solver/Availability.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace studio::core::solver {

namespace {

bool admitsState(CallCondition when, std::size_t state) {
    return when == CallCondition::Always || (when == CallCondition::Miss && state == kMiss) ||
           (when == CallCondition::Hit && state == kHit);
}

// One component of class k: is some instance, or the request's shard, up?
double ownAvailability(const Network& net, std::uint32_t n, std::size_t k) {
    const Node& node = net.nodes[n];
    if (!node.station)
        return 1;
    const double down = 1 - node.availability;
    if (node.dataStore) {
        const auto r = static_cast<double>(node.replicas);
        if (net.classes[k].operation == Operation::Write && node.syncReplication)
            return std::pow(node.availability, r);
        return 1 - std::pow(down, r);
    }
    return 1 - std::pow(down, static_cast<double>(node.instances));
}

bool single(const Node& node) {
    return node.station && (node.dataStore ? node.replicas == 1 : node.instances == 1);
}

// Bit sets of nodes, one per (node, class), in one flat vector.
struct MustPass {
    std::size_t words = 0;
    std::vector<std::uint64_t> bits;
    std::uint64_t* at(std::size_t i) { return bits.data() + i * words; }
};

} // namespace

void computeAvailability(const Network& net, const Routing& r, Solution& out) {
    const std::size_t classes = r.classes;
    const std::size_t size = net.nodes.size() * classes;
    std::vector<double> up(size, 1.0);
    MustPass must;
    must.words = (net.nodes.size() + 63) / 64;
    must.bits.assign(size * must.words, 0);
    std::vector<std::uint64_t> step(must.words), meet(must.words), state(must.words);

    // Callees before callers.
    for (auto it = r.globalOrder.rbegin(); it != r.globalOrder.rend(); ++it) {
        const std::uint32_t n = *it;
        for (std::size_t k = 0; k < classes; ++k) {
            const std::size_t i = n * classes + k;
            if (!r.reached[i])
                continue;
            std::uint64_t* mine = must.at(i);
            mine[n / 64] |= std::uint64_t{1} << (n % 64);
            const double miss = net.missFraction(n, k);
            double behind = 1;
            const bool needed = miss >= 1; // what is behind a cache is needed only on a miss
            for (std::uint32_t s = r.firstStep[n]; s < r.firstStep[n + 1]; ++s) {
                const StateProbabilities& p = r.before[s * classes + k];
                double stepUp = 0;
                std::fill(meet.begin(), meet.end(), ~std::uint64_t{0});
                for (std::size_t st = 0; st < 3; ++st) {
                    if (!(p[st] > 0))
                        continue;
                    double all = 1;
                    std::fill(state.begin(), state.end(), 0);
                    for (std::uint32_t e = r.steps[s].begin; e < r.steps[s].end; ++e) {
                        if (!net.admits(e, k) || !admitsState(net.edges[e].when, st))
                            continue;
                        const std::size_t j = net.edges[e].to * classes + k;
                        all *= up[j];
                        for (std::size_t w = 0; w < must.words; ++w)
                            state[w] |= must.at(j)[w];
                    }
                    stepUp += p[st] * all;
                    for (std::size_t w = 0; w < must.words; ++w)
                        meet[w] &= state[w];
                }
                behind *= stepUp;
                if (needed)
                    for (std::size_t w = 0; w < must.words; ++w)
                        mine[w] |= meet[w];
            }
            double chosen = 0;
            bool anyChoice = false;
            std::fill(meet.begin(), meet.end(), ~std::uint64_t{0});
            for (std::uint32_t e = r.chooseBegin[n]; e < r.chooseEnd[n]; ++e) {
                const double share = r.chooseShare(net, e, k);
                if (!(share > 0))
                    continue;
                anyChoice = true;
                const std::size_t j = net.edges[e].to * classes + k;
                chosen += share * up[j];
                for (std::size_t w = 0; w < must.words; ++w)
                    meet[w] &= must.at(j)[w];
            }
            if (anyChoice) {
                behind *= chosen;
                if (needed)
                    for (std::size_t w = 0; w < must.words; ++w)
                        mine[w] |= meet[w];
            }
            for (std::uint32_t e = net.nodes[n].outBegin; e < net.nodes[n].outEnd; ++e) {
                if (net.edges[e].mode != LinkMode::Handoff || !(r.factor[e * classes + k] > 0))
                    continue;
                const std::uint32_t to = net.edges[e].to;
                behind *= ownAvailability(net, to, k);
                if (needed)
                    mine[to / 64] |= std::uint64_t{1} << (to % 64);
            }
            up[i] = ownAvailability(net, n, k) * ((1 - miss) + miss * behind);
        }
    }

    out.availability = {1, false};
    std::vector<std::vector<std::string>> passedBy(net.nodes.size());
    for (std::size_t e = 0; e < net.entries.size(); ++e) {
        const Entry& entry = net.entries[e];
        const std::size_t i = entry.client * classes + entry.traffic;
        out.requests[e].availability = {up[i], false};
        out.availability.value = std::min(out.availability.value, up[i]);
        const std::string name = out.requests[e].client + "/" + out.requests[e].requestClass;
        for (std::uint32_t n = 0; n < net.nodes.size(); ++n)
            if (n != entry.client && (must.at(i)[n / 64] >> (n % 64) & 1) && single(net.nodes[n]))
                passedBy[n].push_back(name);
    }
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n)
        if (!passedBy[n].empty())
            out.singlePointsOfFailure.push_back({net.nodes[n].component->id, passedBy[n]});
}

} // namespace studio::core::solver
