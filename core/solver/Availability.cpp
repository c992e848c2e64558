#include "solver/Availability.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <optional>
#include <vector>

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

// The components every request of a (node, class) must pass: sorted node indices, one set
// per (node, class). Sets hold only what is on every path, so they stay small in designs as
// people draw them; a design built to make them huge (long chains of calls, 1e5 components)
// exceeds kMaxEntries, and then single points of failure are not named (a note says so)
// rather than using memory and time growing with the square of the design.
// (bench/core/HugeDesignBench.cpp: 200,000 components.)
struct MustPass {
    static constexpr std::size_t kMaxEntries = std::size_t{1} << 24; // 64 MB of indices
    using Set = std::vector<std::uint32_t>;
    std::vector<Set> sets;
    std::size_t entries = 0;
    bool abandoned = false;

    void add(Set& into, const Set& more) {
        if (abandoned || more.empty())
            return;
        Set merged;
        merged.reserve(into.size() + more.size());
        std::set_union(into.begin(), into.end(), more.begin(), more.end(),
                       std::back_inserter(merged));
        entries += merged.size() - into.size();
        into = std::move(merged);
        if (entries > kMaxEntries) {
            abandoned = true;
            sets = {};
        }
    }
};

// `meet` becomes its intersection with `set`; the first set met is taken whole.
void intersect(std::optional<MustPass::Set>& meet, const MustPass::Set& set) {
    if (!meet) {
        meet = set;
        return;
    }
    MustPass::Set both;
    std::set_intersection(meet->begin(), meet->end(), set.begin(), set.end(),
                          std::back_inserter(both));
    *meet = std::move(both);
}

} // namespace

void computeAvailability(const Network& net, const Routing& r, Solution& out) {
    const std::size_t classes = r.classes;
    const std::size_t size = net.nodes.size() * classes;
    std::vector<double> up(size, 1.0);
    MustPass must;
    must.sets.resize(size);
    static const MustPass::Set kNone;
    const auto setOf = [&](std::size_t j) -> const MustPass::Set& {
        return must.abandoned ? kNone : must.sets[j];
    };

    // Callees before callers.
    for (auto it = r.globalOrder.rbegin(); it != r.globalOrder.rend(); ++it) {
        const std::uint32_t n = *it;
        for (std::size_t k = 0; k < classes; ++k) {
            const std::size_t i = n * classes + k;
            if (!r.reached[i])
                continue;
            MustPass::Set mine{n};
            const double miss = net.missFraction(n, k);
            double behind = 1;
            const bool needed = miss >= 1; // what is behind a cache is needed only on a miss
            for (std::uint32_t s = r.firstStep[n]; s < r.firstStep[n + 1]; ++s) {
                const StateProbabilities& p = r.before[s * classes + k];
                double stepUp = 0;
                std::optional<MustPass::Set> meet;
                for (std::size_t st = 0; st < 3; ++st) {
                    if (!(p[st] > 0))
                        continue;
                    double all = 1;
                    MustPass::Set state;
                    for (std::uint32_t e = r.steps[s].begin; e < r.steps[s].end; ++e) {
                        if (!net.admits(e, k) || !admitsState(net.edges[e].when, st))
                            continue;
                        const std::size_t j = net.edges[e].to * classes + k;
                        all *= up[j];
                        must.add(state, setOf(j));
                    }
                    stepUp += p[st] * all;
                    intersect(meet, state);
                }
                behind *= stepUp;
                if (needed && meet)
                    must.add(mine, *meet);
            }
            double chosen = 0;
            std::optional<MustPass::Set> meet;
            for (std::uint32_t e = r.chooseBegin[n]; e < r.chooseEnd[n]; ++e) {
                const double share = r.chooseShare(net, e, k);
                if (!(share > 0))
                    continue;
                const std::size_t j = net.edges[e].to * classes + k;
                chosen += share * up[j];
                intersect(meet, setOf(j));
            }
            if (meet) {
                behind *= chosen;
                if (needed)
                    must.add(mine, *meet);
            }
            for (std::uint32_t e = net.nodes[n].outBegin; e < net.nodes[n].outEnd; ++e) {
                if (net.edges[e].mode != LinkMode::Handoff || !(r.factor[e * classes + k] > 0))
                    continue;
                const std::uint32_t to = net.edges[e].to;
                behind *= ownAvailability(net, to, k);
                if (needed)
                    must.add(mine, MustPass::Set{to});
            }
            up[i] = ownAvailability(net, n, k) * ((1 - miss) + miss * behind);
            if (!must.abandoned) {
                must.entries += mine.size();
                must.sets[i] = std::move(mine);
            }
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
        for (const std::uint32_t n : setOf(i))
            if (n != entry.client && single(net.nodes[n]))
                passedBy[n].push_back(name);
    }
    out.singlePointsOfFailureComplete = !must.abandoned;
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n)
        if (!passedBy[n].empty())
            out.singlePointsOfFailure.push_back({net.nodes[n].component->id, passedBy[n]});
}

} // namespace studio::core::solver
