#include "layout/LinkRoutes.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <unordered_map>

namespace studio::core::layout {

using core::Point;
using core::Rect;

namespace {

constexpr double kBucket = 256;              // scene units: the side of a box index bucket
constexpr std::size_t kMaxCells = 4'000'000; // a search bigger than this is not tried

Point middle(const Rect& r) {
    return {r.x + r.width / 2, r.y + r.height / 2};
}

// The boxes by the buckets of a uniform grid they cover, so that a route looks only at the
// boxes near it. A box, or a query, over more than kMaxBuckets buckets (a 1e7-unit box is
// 1.5e9 of them) is not bucketed: such boxes are looked at by every query, such a query looks
// at every box.
class BoxIndex {
public:
    static constexpr double kMaxBuckets = 4096;

    explicit BoxIndex(const std::vector<Rect>& boxes)
        : m_boxes(boxes)
        , m_seen(boxes.size(), 0) {
        for (std::size_t i = 0; i < boxes.size(); ++i) {
            if (buckets(boxes[i]) > kMaxBuckets)
                m_large.push_back(i);
            else
                forBuckets(boxes[i], [&](long long key) { m_buckets[key].push_back(i); });
        }
    }

    // Calls `visit(i)` once for every box whose buckets meet `area` (and maybe a few more).
    template <typename Visit> void visit(const Rect& area, Visit visit) {
        ++m_stamp;
        if (buckets(area) > kMaxBuckets) {
            for (std::size_t i = 0; i < m_boxes.size(); ++i)
                visit(i);
            return;
        }
        for (std::size_t i : m_large) {
            m_seen[i] = m_stamp;
            visit(i);
        }
        forBuckets(area, [&](long long key) {
            const auto found = m_buckets.find(key);
            if (found == m_buckets.end())
                return;
            for (std::size_t i : found->second)
                if (m_seen[i] != m_stamp) {
                    m_seen[i] = m_stamp;
                    visit(i);
                }
        });
    }

private:
    static double buckets(const Rect& r) {
        return (std::floor((r.x + r.width) / kBucket) - std::floor(r.x / kBucket) + 1) *
               (std::floor((r.y + r.height) / kBucket) - std::floor(r.y / kBucket) + 1);
    }
    template <typename Each> static void forBuckets(const Rect& r, Each each) {
        const auto x0 = static_cast<long long>(std::floor(r.x / kBucket));
        const auto x1 = static_cast<long long>(std::floor((r.x + r.width) / kBucket));
        const auto y0 = static_cast<long long>(std::floor(r.y / kBucket));
        const auto y1 = static_cast<long long>(std::floor((r.y + r.height) / kBucket));
        for (long long x = x0; x <= x1; ++x)
            for (long long y = y0; y <= y1; ++y)
                each(x * 2'000'003 + y);
    }

    const std::vector<Rect>& m_boxes;
    std::unordered_map<long long, std::vector<std::size_t>> m_buckets;
    std::vector<std::size_t> m_large; // over kMaxBuckets: not bucketed
    std::vector<unsigned> m_seen;
    unsigned m_stamp = 0;
};

// Whether the segment a-b passes through the inside of `r` (Liang-Barsky clipping).
bool crosses(Point a, Point b, const Rect& r) {
    const double inset = 2; // touching a border is not passing through
    const double left = r.x + inset, right = r.x + r.width - inset;
    const double top = r.y + inset, bottom = r.y + r.height - inset;
    if (left >= right || top >= bottom)
        return false;
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x - left, right - a.x, a.y - top, bottom - a.y};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] <= 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 >= t1)
            return false;
    }
    return true;
}

// A shortest route with the fewest corners on a grid aligned with `start`, within `area`;
// the corners, or nothing when there is none.
std::vector<Point> searchRoute(BoxIndex& index, const std::vector<Rect>& boxes, std::size_t fromBox,
                               std::size_t toBox, const Rect& area, const RouteOptions& options) {
    const Point start = middle(boxes[fromBox]);
    const Point goal = middle(boxes[toBox]);
    const double g = options.grid;
    const double originX = start.x - g * std::ceil((start.x - area.x) / g);
    const double originY = start.y - g * std::ceil((start.y - area.y) / g);
    const auto nx = static_cast<long long>(std::ceil((area.x + area.width - originX) / g)) + 1;
    const auto ny = static_cast<long long>(std::ceil((area.y + area.height - originY) / g)) + 1;
    if (nx <= 0 || ny <= 0 || static_cast<std::size_t>(nx * ny) > kMaxCells)
        return {};
    const auto cellOf = [&](Point p) {
        const auto cx = std::clamp(std::llround((p.x - originX) / g), 0LL, nx - 1);
        const auto cy = std::clamp(std::llround((p.y - originY) / g), 0LL, ny - 1);
        return cy * nx + cx;
    };

    std::vector<std::uint8_t> blocked(static_cast<std::size_t>(nx * ny), 0);
    index.visit(area, [&](std::size_t i) {
        if (i == fromBox || i == toBox)
            return;
        const Rect& r = boxes[i];
        const double c = options.clearance;
        const auto x0 = std::max(0LL, static_cast<long long>(std::ceil((r.x - c - originX) / g)));
        const auto x1 =
            std::min(nx - 1, static_cast<long long>(std::floor((r.x + r.width + c - originX) / g)));
        const auto y0 = std::max(0LL, static_cast<long long>(std::ceil((r.y - c - originY) / g)));
        const auto y1 = std::min(
            ny - 1, static_cast<long long>(std::floor((r.y + r.height + c - originY) / g)));
        for (long long y = y0; y <= y1; ++y)
            for (long long x = x0; x <= x1; ++x)
                blocked[static_cast<std::size_t>(y * nx + x)] = 1;
    });
    const long long first = cellOf(start), last = cellOf(goal);
    blocked[static_cast<std::size_t>(first)] = blocked[static_cast<std::size_t>(last)] = 0;

    // A* over (cell, heading), a corner costing bendCost steps (whole numbers: exact in float).
    constexpr long long dx[4] = {1, 0, -1, 0};
    constexpr long long dy[4] = {0, 1, 0, -1};
    const auto states = static_cast<std::size_t>(nx * ny * 4);
    std::vector<float> cost(states, std::numeric_limits<float>::infinity());
    std::vector<std::int64_t> previous(states, -1);
    // The estimate: the Manhattan distance, and a corner wherever one must still come (A*
    // stays admissible); among equal estimates the longest way already gone first.
    const long long goalX = last % nx, goalY = last / nx;
    const auto estimate = [&](long long cell, int heading) {
        const long long x = cell % nx, y = cell / nx;
        const double distance = static_cast<double>(std::llabs(x - goalX) + std::llabs(y - goalY));
        if (x != goalX && y != goalY)
            return distance + options.bendCost;
        if (x == goalX && y == goalY)
            return distance;
        const bool towards = (y == goalY && dx[heading] == (goalX > x ? 1 : -1)) ||
                             (x == goalX && dy[heading] == (goalY > y ? 1 : -1));
        return towards ? distance : distance + options.bendCost;
    };
    struct Entry {
        double guess; // the way gone and the estimate
        double gone;
        long long state;
        bool operator>(const Entry& other) const {
            return guess != other.guess ? guess > other.guess : gone < other.gone;
        }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> open;
    for (int d = 0; d < 4; ++d) {
        cost[static_cast<std::size_t>(first * 4 + d)] = 0;
        open.push({estimate(first, d), 0, first * 4 + d});
    }
    long long reached = -1;
    while (!open.empty()) {
        const Entry entry = open.top();
        open.pop();
        const long long state = entry.state;
        const long long cell = state / 4;
        const int heading = static_cast<int>(state % 4);
        if (static_cast<float>(entry.gone) > cost[static_cast<std::size_t>(state)])
            continue; // a stale entry
        if (cell == last) {
            reached = state;
            break;
        }
        const long long x = cell % nx, y = cell / nx;
        for (int d = 0; d < 4; ++d) {
            if (d == (heading + 2) % 4)
                continue; // no turning back
            const long long mx = x + dx[d], my = y + dy[d];
            if (mx < 0 || my < 0 || mx >= nx || my >= ny)
                continue;
            const long long next = my * nx + mx;
            if (blocked[static_cast<std::size_t>(next)])
                continue;
            const double step = entry.gone + 1 + (d == heading ? 0 : options.bendCost);
            const auto nextState = static_cast<std::size_t>(next * 4 + d);
            if (step < cost[nextState]) {
                cost[nextState] = static_cast<float>(step);
                previous[nextState] = state;
                open.push({step + estimate(next, d), step, next * 4 + d});
            }
        }
    }
    if (reached < 0)
        return {};

    // The corners, from the start: where the heading changes.
    std::vector<long long> path;
    for (long long state = reached; state >= 0; state = previous[static_cast<std::size_t>(state)])
        path.push_back(state);
    std::reverse(path.begin(), path.end());
    std::vector<Point> corners;
    for (std::size_t i = 1; i + 1 < path.size(); ++i)
        if (path[i] % 4 != path[i + 1] % 4) {
            const long long cell = path[i] / 4;
            corners.push_back({originX + static_cast<double>(cell % nx) * g,
                               originY + static_cast<double>(cell / nx) * g});
        }
    if (corners.empty())
        return {};
    // The last run level with the goal's middle, as the first is with the start's.
    const bool lastLevel = path.back() % 4 == 0 || path.back() % 4 == 2;
    (lastLevel ? corners.back().y : corners.back().x) = lastLevel ? goal.y : goal.x;
    return corners;
}

} // namespace

std::vector<std::vector<Point>>
routeAroundBoxes(const std::vector<Rect>& boxes,
                 const std::vector<std::pair<std::size_t, std::size_t>>& links,
                 const RouteOptions& options) {
    std::vector<std::vector<Point>> routes(links.size());
    BoxIndex index(boxes);
    for (std::size_t l = 0; l < links.size(); ++l) {
        const auto [from, to] = links[l];
        if (from == to || from >= boxes.size() || to >= boxes.size())
            continue;
        const Point a = middle(boxes[from]), b = middle(boxes[to]);
        const Rect span{std::min(a.x, b.x), std::min(a.y, b.y), std::abs(b.x - a.x),
                        std::abs(b.y - a.y)};
        bool blocked = false;
        index.visit(span, [&](std::size_t i) {
            blocked = blocked || (i != from && i != to && crosses(a, b, boxes[i]));
        });
        if (!blocked)
            continue;
        for (double reach = options.reach; reach <= options.reach * 4; reach *= 2) {
            const Rect area{span.x - reach, span.y - reach, span.width + 2 * reach,
                            span.height + 2 * reach};
            routes[l] = searchRoute(index, boxes, from, to, area, options);
            if (!routes[l].empty())
                break;
        }
    }
    return routes;
}

} // namespace studio::core::layout
