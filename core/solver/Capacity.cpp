#include "solver/Capacity.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio::core::solver {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double ownOffered(const StationResult& s) {
    double peak = 0;
    for (int g = 0; g < s.groups; ++g)
        peak = std::max(peak, s.group[g].offered);
    return peak;
}

// Whether some station's load grows faster than its rate: it holds its workers while its
// calls are out, and the calls slow down as the rates grow.
bool nonlinear(const Network& net, const Workspace& ws) {
    const std::size_t classes = net.classCount();
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        if (!net.nodes[n].station || !net.nodes[n].holds)
            continue;
        for (std::size_t k = 0; k < classes; ++k) {
            const std::size_t i = n * classes + k;
            if (ws.rates[i] > 0 && (ws.downstream[i].total() > 0 || ws.downstream[i].infinite))
                return true;
        }
    }
    return false;
}

// The largest scale at which no station's offered utilisation reaches 1, between lo
// (below, with f(lo) = flo < 0) and hi (at or above): Illinois regula falsi to 1e-7, with
// bisection when a side is infinite (a holder whose callee saturated).
double searchScale(const Network& net, const Routing& routing, Workspace& search, double lo,
                   double flo, double hi) {
    double fhi = peakUtilisation(net, routing, hi, search) - 1;
    int side = 0;
    for (int i = 0; i < 100 && hi - lo > 1e-7 * hi; ++i) {
        double x = 0.5 * (lo + hi);
        if (std::isfinite(fhi) && fhi > flo) {
            x = lo - flo * (hi - lo) / (fhi - flo);
            if (!(x > lo && x < hi))
                x = 0.5 * (lo + hi);
        }
        const double fx = peakUtilisation(net, routing, x, search) - 1;
        if (fx < 0) {
            lo = x;
            flo = fx;
            if (side == -1)
                fhi = std::isfinite(fhi) ? 0.5 * fhi : fhi;
            side = -1;
        } else {
            hi = x;
            fhi = fx;
            if (side == 1)
                flo *= 0.5;
            side = 1;
        }
    }
    return lo;
}

// The highest utilisation counting only the stations' own service times, at scale 1.
double peakOwnService(const Network& net, const Workspace& ws) {
    const std::size_t classes = net.classCount();
    double peak = 1e-300;
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        if (!net.nodes[n].station)
            continue;
        const StationResult& s = ws.stations[n];
        for (int g = 0; g < s.groups; ++g) {
            double busy = 0;
            for (std::size_t k = 0; k < classes; ++k) {
                const double share = net.classes[k].operation == Operation::Write
                                         ? s.group[g].writeShare
                                         : s.group[g].readShare;
                busy += ws.rates[n * classes + k] * share * net.serviceMean[n * classes + k];
            }
            peak = std::max(peak, busy / static_cast<double>(s.group[g].servers));
        }
    }
    return peak;
}

} // namespace

CapacityResult computeCapacity(const Network& net, const Routing& routing, Workspace& ws,
                               const Solution& out) {
    CapacityResult c;
    for (const Entry& e : net.entries)
        c.offeredRate += e.rate;
    double best = -1;
    bool approximate = false;
    for (std::uint32_t n = 0; n < net.nodes.size(); ++n) {
        const ComponentResult& r = out.components[n];
        if (!r.station || !r.carriesTraffic)
            continue;
        approximate = approximate || r.utilisation.approximate;
        // A holder waiting on a saturated callee is a symptom: rank by the stations' own load.
        const double own = ownOffered(ws.stations[n]);
        if (own > best) {
            best = own;
            c.bottleneck = r.id;
            c.bottleneckUtilisation = {own, r.utilisation.approximate};
        }
    }
    if (best <= 0) {
        c.scaleFactor = {kInf, false};
        c.sustainableRate = {kInf, false};
        return c;
    }
    // From here `ws` is the search's: the offered rates without drops, at scale 1.
    const bool curved = nonlinear(net, ws);
    std::fill(ws.accepted.begin(), ws.accepted.end(), 1.0);
    propagateRates(net, routing, ws.accepted, ws.rates);
    Workspace& search = ws;
    const double atOne = peakUtilisation(net, routing, 1.0, search);
    double scale;
    if (!curved) {
        scale = 1 / atOne;
    } else {
        approximate = true;
        // Own service alone bounds every load from below, so at 1 / (its peak) some station
        // is saturated: the root lies in [1, that] or, when already saturated, [0, 1].
        const double hi = 1 / peakOwnService(net, search);
        scale = atOne < 1 ? searchScale(net, routing, search, 1.0, atOne - 1, std::max(1.0, hi))
                          : searchScale(net, routing, search, 0.0, -1.0, 1.0);
    }
    c.scaleFactor = {scale, approximate};
    c.sustainableRate = {scale * c.offeredRate, approximate};
    return c;
}

} // namespace studio::core::solver
