#include "layout/LayerGraph.h"
#include "layout/LayerBands.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <set>
#include <utility>

namespace studio::core::layout {

namespace {

using Index = std::size_t;
using Edge = std::pair<Index, Index>; // from, to

constexpr int kOrderSweeps = 12; // barycenter sweeps, alternating down and up
constexpr int kPlaceSweeps = 8;  // vertical placement sweeps

// Nodes with at least one edge to another node.
std::vector<bool> connectedNodes(std::size_t count, const std::vector<LayerEdge>& edges) {
    std::vector<bool> connected(count, false);
    for (const auto& e : edges)
        if (e.from != e.to && e.from < count && e.to < count)
            connected[e.from] = connected[e.to] = true;
    return connected;
}

// Depth-first search from the sources (clients first, then nodes nothing points at, then
// the rest, each in index order): which edges point back at a node still on the path.
std::vector<bool> backEdges(const std::vector<LayerNode>& nodes,
                            const std::vector<LayerEdge>& edges) {
    const std::size_t n = nodes.size();
    std::vector<std::vector<std::pair<Index, Index>>> out(n); // (to, edge index)
    std::vector<int> inDegree(n, 0);
    for (Index i = 0; i < edges.size(); ++i) {
        const auto& e = edges[i];
        if (e.from == e.to || e.from >= n || e.to >= n)
            continue;
        out[e.from].push_back({e.to, i});
        ++inDegree[e.to];
    }
    std::vector<Index> roots;
    for (Index v = 0; v < n; ++v)
        if (nodes[v].role == NodeRole::Source)
            roots.push_back(v);
    for (Index v = 0; v < n; ++v)
        if (nodes[v].role != NodeRole::Source && inDegree[v] == 0)
            roots.push_back(v);
    for (Index v = 0; v < n; ++v)
        roots.push_back(v);

    enum : std::uint8_t { Unseen, OnPath, Done };
    std::vector<std::uint8_t> state(n, Unseen);
    std::vector<bool> back(edges.size(), false);
    std::vector<std::pair<Index, Index>> stack; // (node, next out-edge to look at)
    for (Index root : roots) {
        if (state[root] != Unseen)
            continue;
        state[root] = OnPath;
        stack.push_back({root, 0});
        while (!stack.empty()) {
            auto& [v, next] = stack.back();
            if (next == out[v].size()) {
                state[v] = Done;
                stack.pop_back();
                continue;
            }
            const auto [to, edge] = out[v][next++];
            if (state[to] == OnPath)
                back[edge] = true;
            else if (state[to] == Unseen) {
                state[to] = OnPath;
                stack.push_back({to, 0});
            }
        }
    }
    return back;
}

// The edges with some turned round so that no cycle is left, without duplicates. Rigid
// edges go in first, then those the search found going forward, then the back edges; each
// is turned round only when the edges already in lead from its head back to its tail.
std::vector<Edge> acyclicEdges(const std::vector<LayerNode>& nodes,
                               const std::vector<LayerEdge>& edges) {
    const std::size_t n = nodes.size();
    const std::vector<bool> back = backEdges(nodes, edges);
    std::vector<Index> order;
    for (int pass = 0; pass < 3; ++pass)
        for (Index i = 0; i < edges.size(); ++i) {
            const auto& e = edges[i];
            if (e.from == e.to || e.from >= n || e.to >= n)
                continue;
            const int rank = e.rigid ? 0 : back[i] ? 2 : 1;
            if (rank == pass)
                order.push_back(i);
        }

    std::vector<std::vector<Index>> out(n);
    std::set<Edge> present;
    std::vector<Edge> dag;
    std::vector<std::uint32_t> seen(n, 0);
    std::uint32_t stamp = 0;
    std::vector<Index> queue;
    const auto reaches = [&](Index from, Index to) {
        ++stamp;
        queue.assign(1, from);
        seen[from] = stamp;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            for (Index next : out[queue[head]]) {
                if (next == to)
                    return true;
                if (seen[next] != stamp) {
                    seen[next] = stamp;
                    queue.push_back(next);
                }
            }
        }
        return false;
    };
    for (Index i : order) {
        Index from = edges[i].from, to = edges[i].to;
        if (present.count({from, to}) || present.count({to, from}))
            continue;
        if (reaches(to, from))
            std::swap(from, to);
        present.insert({from, to});
        out[from].push_back(to);
        dag.push_back({from, to});
    }
    return dag;
}

// Longest path from the sources; a node nothing points at that is not a client moves right,
// next to the first node it points at.
std::vector<int> assignLayers(const std::vector<LayerNode>& nodes, const std::vector<Edge>& dag,
                              const std::vector<bool>& connected) {
    const std::size_t n = nodes.size();
    std::vector<std::vector<Index>> out(n), in(n);
    for (const auto& [from, to] : dag) {
        out[from].push_back(to);
        in[to].push_back(from);
    }
    std::vector<int> pending(n, 0);
    std::vector<Index> topo;
    for (Index v = 0; v < n; ++v) {
        pending[v] = static_cast<int>(in[v].size());
        if (connected[v] && pending[v] == 0)
            topo.push_back(v);
    }
    for (std::size_t head = 0; head < topo.size(); ++head)
        for (Index next : out[topo[head]])
            if (--pending[next] == 0)
                topo.push_back(next);

    std::vector<int> layer(n, -1);
    for (Index v : topo) {
        layer[v] = 0;
        for (Index from : in[v])
            layer[v] = std::max(layer[v], layer[from] + 1);
    }
    for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
        const Index v = *it;
        if (!in[v].empty() || out[v].empty() || nodes[v].role == NodeRole::Source)
            continue;
        int first = std::numeric_limits<int>::max();
        for (Index to : out[v])
            first = std::min(first, layer[to]);
        layer[v] = std::max(layer[v], first - 1);
    }
    return layer;
}

// The graph with a chain of lane nodes wherever an edge spans more than one layer, so that
// every edge joins neighbouring layers.
struct ProperGraph {
    std::vector<int> layer;
    std::vector<double> width, height, hint;
    std::vector<bool> lane;
    std::vector<std::vector<Index>> up, down; // neighbours in the layer before / after
};

ProperGraph properGraph(const std::vector<LayerNode>& nodes, const std::vector<Edge>& dag,
                        const std::vector<int>& layer, double laneHeight) {
    ProperGraph g;
    const std::size_t n = nodes.size();
    g.layer = layer;
    for (const auto& node : nodes) {
        g.width.push_back(node.width);
        g.height.push_back(node.height);
        g.hint.push_back(node.hint);
        g.lane.push_back(false);
    }
    g.up.resize(n);
    g.down.resize(n);
    const auto join = [&](Index from, Index to) {
        g.down[from].push_back(to);
        g.up[to].push_back(from);
    };
    for (const auto& [from, to] : dag) {
        const int span = layer[to] - layer[from];
        Index previous = from;
        for (int step = 1; step < span; ++step) {
            const Index lane = g.layer.size();
            const double t = static_cast<double>(step) / span;
            g.layer.push_back(layer[from] + step);
            g.width.push_back(0);
            g.height.push_back(laneHeight);
            g.hint.push_back(nodes[from].hint + t * (nodes[to].hint - nodes[from].hint));
            g.lane.push_back(true);
            g.up.emplace_back();
            g.down.emplace_back();
            join(previous, lane);
            previous = lane;
        }
        join(previous, to);
    }
    return g;
}

// Crossings between the edges from layer `a` to the next, given each node's position.
long long crossings(const std::vector<Index>& a, const ProperGraph& g,
                    const std::vector<Index>& position, std::size_t nextSize) {
    std::vector<std::pair<Index, Index>> ends;
    for (Index v : a)
        for (Index w : g.down[v])
            ends.push_back({position[v], position[w]});
    std::sort(ends.begin(), ends.end());
    std::vector<long long> tree(nextSize + 1, 0); // Fenwick tree over positions in the next
    long long count = 0, inserted = 0;
    for (const auto& [from, to] : ends) {
        long long atMost = 0;
        for (Index i = to + 1; i > 0; i -= i & (~i + 1))
            atMost += tree[i];
        count += inserted - atMost;
        for (Index i = to + 1; i <= nextSize; i += i & (~i + 1))
            ++tree[i];
        ++inserted;
    }
    return count;
}

long long totalCrossings(const std::vector<std::vector<Index>>& layers, const ProperGraph& g,
                         const std::vector<Index>& position) {
    long long total = 0;
    for (std::size_t l = 0; l + 1 < layers.size(); ++l)
        total += crossings(layers[l], g, position, layers[l + 1].size());
    return total;
}

// Orders each layer by the mean position of its neighbours, sweeping down and up, and keeps
// the order with the fewest crossings.
std::vector<std::vector<Index>> orderLayers(const ProperGraph& g, int layerCount) {
    std::vector<std::vector<Index>> layers(static_cast<std::size_t>(layerCount));
    for (Index v = 0; v < g.layer.size(); ++v)
        if (g.layer[v] >= 0)
            layers[static_cast<std::size_t>(g.layer[v])].push_back(v);
    for (auto& layer : layers)
        std::stable_sort(layer.begin(), layer.end(),
                         [&](Index a, Index b) { return g.hint[a] < g.hint[b]; });
    std::vector<Index> position(g.layer.size(), 0);
    const auto number = [&](const std::vector<Index>& layer) {
        for (Index i = 0; i < layer.size(); ++i)
            position[layer[i]] = i;
    };
    for (const auto& layer : layers)
        number(layer);

    auto best = layers;
    long long fewest = totalCrossings(layers, g, position);
    std::vector<std::pair<double, Index>> keyed;
    for (int sweep = 0; sweep < kOrderSweeps && fewest > 0; ++sweep) {
        const bool downwards = sweep % 2 == 0;
        const std::size_t count = layers.size();
        for (std::size_t step = 1; step < count; ++step) {
            auto& layer = layers[downwards ? step : count - 1 - step];
            keyed.clear();
            for (Index v : layer) {
                const auto& neighbours = downwards ? g.up[v] : g.down[v];
                double key = static_cast<double>(position[v]);
                if (!neighbours.empty()) {
                    double sum = 0;
                    for (Index w : neighbours)
                        sum += static_cast<double>(position[w]);
                    key = sum / static_cast<double>(neighbours.size());
                }
                keyed.push_back({key, v});
            }
            std::stable_sort(keyed.begin(), keyed.end(),
                             [](const auto& a, const auto& b) { return a.first < b.first; });
            for (Index i = 0; i < layer.size(); ++i)
                layer[i] = keyed[i].second;
            number(layer);
        }
        const long long now = totalCrossings(layers, g, position);
        if (now < fewest) {
            fewest = now;
            best = layers;
        }
    }
    return best;
}

// Tops as close to `desired` as the order allows (least squares, pool adjacent violators):
// each box at least `gaps[i]` below the bottom of the one before it.
std::vector<double> placeInOrder(const std::vector<double>& desired,
                                 const std::vector<double>& heights,
                                 const std::vector<double>& gaps) {
    const std::size_t n = desired.size();
    std::vector<double> offset(n, 0);
    for (std::size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + heights[i - 1] + gaps[i];
    struct Pool {
        double sum;
        double count;
        std::size_t end; // one past the last member
    };
    std::vector<Pool> pools;
    for (std::size_t i = 0; i < n; ++i) {
        pools.push_back({desired[i] - offset[i], 1, i + 1});
        while (pools.size() > 1) {
            const Pool& last = pools.back();
            Pool& before = pools[pools.size() - 2];
            if (before.sum / before.count <= last.sum / last.count)
                break;
            before.sum += last.sum;
            before.count += last.count;
            before.end = last.end;
            pools.pop_back();
        }
    }
    std::vector<double> tops(n);
    std::size_t i = 0;
    for (const Pool& pool : pools)
        for (; i < pool.end; ++i)
            tops[i] = pool.sum / pool.count + offset[i];
    return tops;
}

// Vertical centres: each node near the mean of its neighbours', sweeping right and left.
std::vector<double> placeVertically(const ProperGraph& g,
                                    const std::vector<std::vector<Index>>& layers,
                                    const LayerSpacing& spacing) {
    std::vector<double> top(g.layer.size(), 0);
    for (const auto& layer : layers) {
        double y = 0;
        for (Index v : layer) {
            top[v] = y;
            y += g.height[v] + spacing.nodeGap;
        }
    }
    const auto centre = [&](Index v) { return top[v] + g.height[v] / 2; };
    const auto place = [&](const std::vector<Index>& layer, bool up, bool down) {
        std::vector<double> desired, heights, gaps;
        for (Index i = 0; i < layer.size(); ++i) {
            const Index v = layer[i];
            double sum = 0;
            std::size_t count = 0;
            const auto add = [&](const std::vector<Index>& neighbours) {
                for (Index w : neighbours)
                    sum += centre(w);
                count += neighbours.size();
            };
            if (up)
                add(g.up[v]);
            if (down)
                add(g.down[v]);
            const double c = count ? sum / static_cast<double>(count) : centre(v);
            desired.push_back(c - g.height[v] / 2);
            heights.push_back(g.height[v]);
            const bool thin = i > 0 && (g.lane[v] || g.lane[layer[i - 1]]);
            gaps.push_back(thin ? spacing.nodeGap / 2 : spacing.nodeGap);
        }
        const auto tops = placeInOrder(desired, heights, gaps);
        for (Index i = 0; i < layer.size(); ++i)
            top[layer[i]] = tops[i];
    };
    for (int sweep = 0; sweep < kPlaceSweeps; ++sweep) {
        for (std::size_t l = 1; l < layers.size(); ++l)
            place(layers[l], true, false);
        for (std::size_t l = layers.size(); l-- > 1;)
            place(layers[l - 1], false, true);
    }
    for (const auto& layer : layers)
        place(layer, true, true);
    return top;
}

} // namespace

std::vector<Point> layerGraph(const std::vector<LayerNode>& nodes,
                              const std::vector<LayerEdge>& edges, const LayerSpacing& spacing) {
    const std::size_t n = nodes.size();
    std::vector<Point> result(n);
    if (n == 0)
        return result;
    const std::vector<bool> connected = connectedNodes(n, edges);
    const std::vector<Edge> dag = acyclicEdges(nodes, edges);
    const std::vector<int> layer = assignLayers(nodes, dag, connected);
    const ProperGraph g = properGraph(nodes, dag, layer, spacing.laneHeight);
    const int layerCount = *std::max_element(layer.begin(), layer.end()) + 1;

    double right = 0, bottom = 0;
    bool any = layerCount > 0;
    if (any) {
        const auto layers = orderLayers(g, layerCount);
        std::vector<double> columnX(layers.size(), 0), columnWidth(layers.size(), 0);
        for (std::size_t l = 0; l < layers.size(); ++l) {
            for (Index v : layers[l])
                columnWidth[l] = std::max(columnWidth[l], g.width[v]);
            if (l > 0)
                columnX[l] = columnX[l - 1] + columnWidth[l - 1] + spacing.layerGap;
        }
        const std::vector<double> top = placeVertically(g, layers, spacing);
        // Bands of columns under each other, each starting at the left; one band unless the
        // drawing is wider than spacing.wrapWidth.
        const std::vector<int> band =
            wrapColumns(columnX, columnWidth, nodes, edges, layer, spacing.wrapWidth);
        const auto bands = static_cast<std::size_t>(band.back() + 1);
        constexpr double none = std::numeric_limits<double>::max();
        std::vector<double> bandLeft(bands, none), bandTop(bands, none), bandBottom(bands, -none);
        for (std::size_t l = 0; l < band.size(); ++l)
            bandLeft[band[l]] = std::min(bandLeft[band[l]], columnX[l]);
        for (Index v = 0; v < n; ++v)
            if (connected[v]) {
                const auto b = static_cast<std::size_t>(band[layer[v]]);
                bandTop[b] = std::min(bandTop[b], top[v]);
                bandBottom[b] = std::max(bandBottom[b], top[v] + nodes[v].height);
            }
        std::vector<double> shiftY(bands, 0);
        double y = 0;
        for (std::size_t b = 0; b < bands; ++b) {
            if (bandTop[b] == none)
                continue; // lanes only
            shiftY[b] = y - bandTop[b];
            y += bandBottom[b] - bandTop[b] + spacing.bandGap;
        }
        for (Index v = 0; v < n; ++v) {
            if (!connected[v])
                continue;
            const auto l = static_cast<std::size_t>(layer[v]);
            const auto b = static_cast<std::size_t>(band[l]);
            result[v] = {columnX[l] - bandLeft[b] + (columnWidth[l] - nodes[v].width) / 2,
                         top[v] + shiftY[b]};
            right = std::max(right, result[v].x + nodes[v].width);
            bottom = std::max(bottom, result[v].y + nodes[v].height);
        }
    }

    // Nodes with no edge: rows under the drawing (or a square-ish grid when that is all).
    std::vector<Index> loose;
    for (Index v = 0; v < n; ++v)
        if (!connected[v])
            loose.push_back(v);
    std::stable_sort(loose.begin(), loose.end(),
                     [&](Index a, Index b) { return nodes[a].hint < nodes[b].hint; });
    if (loose.empty())
        return result;
    double rowWidth = right;
    if (!any) {
        double widest = 0;
        for (Index v : loose)
            widest = std::max(widest, nodes[v].width);
        const double perRow = std::ceil(std::sqrt(static_cast<double>(loose.size())));
        rowWidth = perRow * (widest + spacing.nodeGap);
    }
    double x = 0, y = any ? bottom + spacing.nodeGap * 1.5 : 0, rowHeight = 0;
    for (Index v : loose) {
        if (x > 0 && x + nodes[v].width > rowWidth) {
            x = 0;
            y += rowHeight + spacing.nodeGap;
            rowHeight = 0;
        }
        result[v] = {x, y};
        x += nodes[v].width + spacing.nodeGap;
        rowHeight = std::max(rowHeight, nodes[v].height);
    }
    return result;
}

} // namespace studio::core::layout
