#include "solver/Routing.h"

#include <algorithm>
#include <optional>

namespace studio::core::solver {

namespace {

constexpr const char* kContext = "Solver";

bool admitsState(CallCondition when, std::size_t state) {
    switch (when) {
    case CallCondition::Always:
        return true;
    case CallCondition::Miss:
        return state == kMiss;
    case CallCondition::Hit:
        break;
    }
    return state == kHit;
}

// A balancer's backends are its targets' instances; anything else counts once.
double backends(const Network& net, std::uint32_t from, std::uint32_t to) {
    const Node& target = net.nodes[to];
    if (!net.nodes[from].balancer || !target.station || target.dataStore)
        return 1;
    return static_cast<double>(target.instances);
}

// Depth-first search from the class's clients along the edges `follow` admits. Gives the
// nodes reached, callers first, and the first cycle met (its edges, in order), if any.
template <class Follow>
void search(const Network& net, const std::vector<std::uint32_t>& roots, Follow follow,
            std::vector<char>& color, std::vector<std::uint32_t>& order,
            std::vector<std::uint32_t>* cycle) {
    struct Frame {
        std::uint32_t node, next, enteredBy;
    };
    std::vector<Frame> stack;
    std::vector<std::uint32_t> post;
    for (std::uint32_t root : roots) {
        if (color[root] != 0)
            continue;
        color[root] = 1;
        stack.push_back({root, net.nodes[root].outBegin, ~0u});
        while (!stack.empty()) {
            Frame& top = stack.back();
            const Node& node = net.nodes[top.node];
            if (top.next < node.outEnd) {
                const std::uint32_t e = top.next++;
                if (!follow(e))
                    continue;
                const std::uint32_t to = net.edges[e].to;
                if (color[to] == 1) {
                    if (cycle && cycle->empty()) {
                        std::size_t i = stack.size();
                        while (stack[i - 1].node != to)
                            --i;
                        for (std::size_t j = i; j < stack.size(); ++j)
                            cycle->push_back(stack[j].enteredBy);
                        cycle->push_back(e);
                    }
                    continue;
                }
                if (color[to] == 0) {
                    color[to] = 1;
                    stack.push_back({to, net.nodes[to].outBegin, e});
                }
                continue;
            }
            color[top.node] = 2;
            post.push_back(top.node);
            stack.pop_back();
        }
    }
    order.assign(post.rbegin(), post.rend());
}

std::string linkPlace(const Network& net, std::uint32_t edge) {
    return "links[" + std::to_string(net.edges[edge].link) + "]";
}

Problem loopProblem(const Network& net, const Routing& r, std::size_t k,
                    const std::vector<std::uint32_t>& cycle) {
    std::string path = net.nodes[net.edges[cycle.front()].from].component->id;
    std::string links;
    bool calls = false;
    bool chooseOnly = true;
    std::vector<char> onCycle(net.nodes.size(), 0);
    for (std::uint32_t e : cycle) {
        path += " -> " + net.nodes[net.edges[e].to].component->id;
        links += (links.empty() ? "" : ", ") + linkPlace(net, e);
        calls = calls || net.edges[e].mode == LinkMode::Call;
        chooseOnly = chooseOnly && net.edges[e].mode == LinkMode::Choose;
        onCycle[net.edges[e].from] = 1;
    }
    bool exit = false;
    for (std::uint32_t e : cycle) {
        const std::uint32_t from = net.edges[e].from;
        for (std::uint32_t o = r.chooseBegin[from]; o < r.chooseEnd[from]; ++o)
            exit = exit || (r.factor[o * r.classes + k] > 0 && !onCycle[net.edges[o].to]);
    }
    const std::string what = path + " (" + links + ")";
    const std::string& name = net.classes[k].name;
    if (calls)
        return makeProblem(linkPlace(net, cycle.back()), kContext,
                           SDS_TRANSLATE_NOOP("Solver",
                                              "requests of class \"%1\" loop: %2; in a cycle of "
                                              "call links every request would call itself for "
                                              "ever; remove a link of the cycle"),
                           {name, what});
    if (chooseOnly && !exit)
        return makeProblem(linkPlace(net, cycle.back()), kContext,
                           SDS_TRANSLATE_NOOP("Solver",
                                              "requests of class \"%1\" loop: %2; these choose "
                                              "links have no way out, so a request would go "
                                              "round for ever; add a way out or remove a link"),
                           {name, what});
    return makeProblem(linkPlace(net, cycle.back()), kContext,
                       SDS_TRANSLATE_NOOP("Solver",
                                          "requests of class \"%1\" can come back: %2; the "
                                          "analytic solver needs routing without loops (no "
                                          "request or handed-off message returning to a "
                                          "component it passed); remove a link of the loop"),
                       {name, what});
}

// Steps, the `when` state machine and every edge's factor.
void planSteps(const Network& net, Routing& r) {
    const std::size_t classes = r.classes;
    r.firstStep.assign(net.nodes.size() + 1, 0);
    r.chooseBegin.assign(net.nodes.size(), 0);
    r.chooseEnd.assign(net.nodes.size(), 0);
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        r.firstStep[n] = static_cast<std::uint32_t>(r.steps.size());
        const Node& node = net.nodes[n];
        r.chooseBegin[n] = r.chooseEnd[n] = node.outEnd;
        for (std::uint32_t e = node.outBegin; e < node.outEnd; ++e) {
            const Edge& edge = net.edges[e];
            if (edge.mode == LinkMode::Call) {
                if (r.steps.size() == r.firstStep[n] ||
                    net.edges[r.steps.back().begin].step != edge.step)
                    r.steps.push_back({e, e});
                r.steps.back().end = e + 1;
            } else if (edge.mode == LinkMode::Choose) {
                if (r.chooseBegin[n] == node.outEnd)
                    r.chooseBegin[n] = e;
                r.chooseEnd[n] = e + 1;
            }
        }
    }
    r.firstStep[net.nodes.size()] = static_cast<std::uint32_t>(r.steps.size());
    r.before.assign(r.steps.size() * classes, {0, 0, 0});
    r.execution.assign(net.edges.size() * classes, 0);
    r.factor.assign(net.edges.size() * classes, 0);
    r.chooseTotal.assign(net.nodes.size() * classes, 0);
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        for (std::size_t k = 0; k < classes; ++k) {
            StateProbabilities p = {1, 0, 0};
            for (std::uint32_t s = r.firstStep[n]; s < r.firstStep[n + 1]; ++s) {
                r.before[s * classes + k] = p;
                StateProbabilities next = {0, 0, 0};
                for (std::size_t state = 0; state < 3; ++state) {
                    if (p[state] == 0)
                        continue;
                    bool asksCache = false;
                    double missAll = 1;
                    for (std::uint32_t e = r.steps[s].begin; e < r.steps[s].end; ++e) {
                        if (!net.admits(e, k) || !admitsState(net.edges[e].when, state))
                            continue;
                        r.execution[e * classes + k] += p[state];
                        if (net.nodes[net.edges[e].to].hitsOrMisses) {
                            asksCache = true;
                            missAll *= net.missFraction(net.edges[e].to, k);
                        }
                    }
                    if (!asksCache) {
                        next[state] += p[state];
                    } else {
                        next[kMiss] += p[state] * missAll;
                        next[kHit] += p[state] * (1 - missAll);
                    }
                }
                p = next;
            }
            double& total = r.chooseTotal[n * classes + k];
            for (std::uint32_t e = r.chooseBegin[n]; e < r.chooseEnd[n]; ++e)
                if (net.admits(e, k))
                    total += net.edges[e].weight * backends(net, n, net.edges[e].to);
            const double onward = net.missFraction(n, k);
            for (std::uint32_t e = net.nodes[n].outBegin; e < net.nodes[n].outEnd; ++e) {
                if (!net.admits(e, k))
                    continue;
                const Edge& edge = net.edges[e];
                double f = 0;
                if (edge.mode == LinkMode::Call)
                    f = r.execution[e * classes + k];
                else if (edge.mode == LinkMode::Choose)
                    f = r.chooseShare(net, e, k);
                else
                    f = edge.multiplicity;
                r.factor[e * classes + k] = f * onward;
            }
        }
    }
}

std::optional<Problem> zeroWeights(const Network& net, const Routing& r, std::uint32_t n,
                                   std::size_t k) {
    if (r.chooseTotal[n * r.classes + k] > 0 || net.missFraction(n, k) == 0)
        return std::nullopt;
    std::string links;
    for (std::uint32_t e = r.chooseBegin[n]; e < r.chooseEnd[n]; ++e)
        if (net.admits(e, k))
            links += (links.empty() ? "" : ", ") + linkPlace(net, e);
    if (links.empty())
        return std::nullopt; // no choose link for this class: its requests end here
    return makeProblem(net.place(n), kContext,
                       SDS_TRANSLATE_NOOP("Solver",
                                          "requests of class \"%1\" reach it, but its choose "
                                          "links for them (%2) all have weight 0, so they have "
                                          "nowhere to go; give one a weight above 0"),
                       {net.classes[k].name, links});
}

} // namespace

double Routing::chooseShare(const Network& net, std::uint32_t edge, std::size_t k) const {
    const Edge& e = net.edges[edge];
    const double total = chooseTotal[e.from * classes + k];
    if (e.mode != LinkMode::Choose || total <= 0 || !net.admits(edge, k))
        return 0;
    return e.weight * backends(net, e.from, e.to) / total;
}

Result<Routing> planRouting(const Network& net) {
    Routing r;
    r.classes = net.classCount();
    planSteps(net, r);

    Problems problems;
    r.order.resize(r.classes);
    r.reached.assign(net.nodes.size() * r.classes, 0);
    std::vector<char> color(net.nodes.size());
    std::vector<std::uint32_t> roots;
    for (std::size_t k = 0; k < r.classes; ++k) {
        roots.clear();
        for (const Entry& entry : net.entries)
            if (entry.traffic == k)
                roots.push_back(entry.client);
        std::fill(color.begin(), color.end(), 0);
        std::vector<std::uint32_t> cycle;
        search(
            net, roots, [&](std::uint32_t e) { return r.factor[e * r.classes + k] > 0; }, color,
            r.order[k], &cycle);
        if (!cycle.empty())
            problems.push_back(loopProblem(net, r, k, cycle));
        for (std::uint32_t n : r.order[k]) {
            r.reached[n * r.classes + k] = 1;
            if (auto problem = zeroWeights(net, r, n, k))
                problems.push_back(std::move(*problem));
        }
    }
    if (!problems.empty())
        return problems;

    roots.clear();
    for (const Entry& entry : net.entries)
        roots.push_back(entry.client);
    std::fill(color.begin(), color.end(), 0);
    std::vector<std::uint32_t> cycle;
    search(
        net, roots,
        [&](std::uint32_t e) {
            for (std::size_t k = 0; k < r.classes; ++k)
                if (r.factor[e * r.classes + k] > 0)
                    return true;
            return false;
        },
        color, r.globalOrder, &cycle);
    r.acyclic = cycle.empty();
    return r;
}

void propagateRates(const Network& net, const Routing& routing, std::span<const double> accepted,
                    std::vector<double>& rates, bool synchronousOnly) {
    const std::size_t classes = routing.classes;
    rates.assign(net.nodes.size() * classes, 0);
    for (const Entry& entry : net.entries)
        rates[entry.client * classes + entry.traffic] += entry.rate;
    for (std::size_t k = 0; k < classes; ++k) {
        for (std::uint32_t n : routing.order[k]) {
            const double out = rates[n * classes + k] * accepted[n];
            if (out <= 0)
                continue;
            const Node& node = net.nodes[n];
            for (std::uint32_t e = node.outBegin; e < node.outEnd; ++e) {
                const double f = routing.factor[e * classes + k];
                if (f > 0 && !(synchronousOnly && net.edges[e].mode == LinkMode::Handoff))
                    rates[net.edges[e].to * classes + k] += out * f;
            }
        }
    }
}

} // namespace studio::core::solver
