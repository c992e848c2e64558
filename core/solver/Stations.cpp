#include "solver/Stations.h"

#include "queueing/Erlang.h"
#include "queueing/Hypoexponential.h"
#include "queueing/MG1.h"
#include "queueing/MMcK.h"
#include "queueing/MomentFit.h"
#include "queueing/Numerics.h"

#include <cmath>
#include <limits>

namespace studio::core::solver {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Groups of identical stations, and how the component's arrivals reach them.
void makeGroups(const Node& node, StationResult& out, double& arrivalScv, bool& approximate) {
    arrivalScv = 1;
    approximate = false;
    out.groups = 1;
    StationGroup& g = out.group[0];
    g = StationGroup{};
    if (node.dataStore) {
        // A key picks the shard; the hottest shard gets its fair share plus
        // hot_key_fraction of the rest: 1/S + h (1 - 1/S); every other shard (1 - h)/S.
        const double shards = static_cast<double>(node.shards);
        const double replicas = static_cast<double>(node.replicas);
        const double hot = 1 / shards + node.hotKeyFraction * (1 - 1 / shards);
        const double other = (1 - node.hotKeyFraction) / shards;
        out.spreading =
            node.shards * node.replicas == 1 ? SpreadingModel::Single : SpreadingModel::ByKey;
        g.servers = node.workers;
        if (node.shards == 1 || node.hotKeyFraction == 0) {
            g.count = shards * replicas;
            g.readShare = 1 / (shards * replicas);
            g.writeShare = 1 / shards;
            g.landing = 1;
            return;
        }
        g.count = replicas;
        g.readShare = hot / replicas;
        g.writeShare = hot;
        g.landing = hot;
        StationGroup& rest = out.group[1];
        rest = StationGroup{};
        out.groups = 2;
        rest.servers = node.workers;
        rest.count = (shards - 1) * replicas;
        rest.readShare = other / replicas;
        rest.writeShare = other;
        rest.landing = 1 - hot;
        return;
    }
    const double n = static_cast<double>(node.instances);
    g.servers = node.workers;
    if (node.instances == 1) {
        out.spreading = SpreadingModel::Single;
        return;
    }
    switch (node.spreading) {
    case Spreading::SharedQueue:
    case Spreading::LeastConnections:
        out.spreading = node.spreading == Spreading::SharedQueue ? SpreadingModel::SharedQueue
                                                                 : SpreadingModel::LeastConnections;
        approximate = node.spreading == Spreading::LeastConnections;
        g.servers = node.workers * node.instances;
        return;
    case Spreading::RoundRobin:
        out.spreading = SpreadingModel::RoundRobin;
        arrivalScv = 1 / n; // every n-th of a Poisson stream: Erlang-n gaps
        approximate = true;
        break;
    case Spreading::Random:
        out.spreading = SpreadingModel::Random;
        break;
    }
    g.count = n;
    g.readShare = g.writeShare = 1 / n;
}

// `held`: some worker time is spent waiting for calls, which neither is exponential nor
// independent from one request to the next, so no formula is exact there.
void solveQueue(const Node& node, StationGroup& g, bool exponential, double arrivalScv,
                bool approximateArrivals, bool held) {
    const double lambda = g.arrivalRate;
    const double m = g.occupancy;
    const double c = static_cast<double>(g.servers);
    g.offered = lambda * m / c;
    const bool poisson = arrivalScv == 1 && !approximateArrivals;
    if (!(lambda > 0) || !(m > 0)) {
        g.utilisation = g.offered;
        g.exactWait = exponential && poisson;
        g.singleExponential = g.exactWait && g.servers == 1 && m > 0;
        return;
    }
    if (node.queueLimited) {
        const auto k = queueing::mmck(g.servers, node.queueCapacity, lambda, 1 / m);
        g.utilisation = k.utilisation;
        g.blocking = k.blocking;
        g.probabilityOfWait = k.probabilityOfWait;
        g.meanWait = k.meanWait;
        g.exactMean =
            poisson && !held && (exponential || node.queueCapacity == 0) && !k.approximate;
        g.exactWait = node.queueCapacity == 0 && g.exactMean;
        g.waitRate = g.meanWait > 0 ? g.probabilityOfWait / g.meanWait : 0;
        return;
    }
    if (g.offered >= 1) {
        g.stable = false;
        g.utilisation = g.offered;
        g.probabilityOfWait = 1;
        g.meanWait = kInf;
        g.exactMean = poisson && !held && (exponential || g.servers == 1);
        return;
    }
    g.utilisation = g.offered;
    if (exponential && poisson) {
        const auto q = queueing::mmc(g.servers, lambda, 1 / m);
        g.probabilityOfWait = q.probabilityOfWait;
        g.meanWait = q.meanWait;
        g.waitRate = c / m - lambda;
        g.exactMean = !q.approximate;
        g.exactWait = !q.approximate;
        g.singleExponential = g.servers == 1;
        return;
    }
    const auto q = g.servers == 1 && poisson
                       ? queueing::mg1(lambda, m, g.occupancyScv)
                       : queueing::allenCunneen(g.servers, lambda, m, arrivalScv, g.occupancyScv);
    g.probabilityOfWait = q.probabilityOfWait;
    g.meanWait = q.meanWait;
    g.exactMean = !q.approximate && !held;
    g.waitRate = g.meanWait > 0 ? g.probabilityOfWait / g.meanWait : 0;
}

double shareOf(const StationGroup& g, const TrafficClass& c) {
    return c.operation == Operation::Write ? g.writeShare : g.readShare;
}

} // namespace

void solveStation(const Node& node, std::span<const ClassDemand> demands,
                  std::span<const TrafficClass> classes, StationResult& out) {
    double arrivalScv = 1;
    bool approximateArrivals = false;
    makeGroups(node, out, arrivalScv, approximateArrivals);

    double offered = 0;
    for (const ClassDemand& d : demands)
        offered += d.rate;
    out.admitted =
        node.rejectAbove >= 0 && offered > node.rejectAbove ? node.rejectAbove / offered : 1;
    out.waitsOnCallee = false;
    // Spreading changes the waits, never the mean load: only a limiter's guess or a held
    // call's approximate response makes the utilisation approximate.
    out.approximateUtilisation = out.admitted < 1;
    out.overloaded = false;
    out.utilisation = 0;
    double dropped = 0;
    for (int i = 0; i < out.groups; ++i) {
        StationGroup& g = out.group[i];
        double rate = 0, first = 0, second = 0;
        bool exponential = true;
        double commonMean = -1;
        bool held = false;
        for (std::size_t k = 0; k < demands.size(); ++k) {
            const ClassDemand& d = demands[k];
            const double r = d.rate * out.admitted * shareOf(g, classes[k]);
            if (!(r > 0))
                continue;
            rate += r;
            if (d.occupancyInfinite) {
                // Busy for ever: count its own service so the load ranks it, then fail it.
                out.waitsOnCallee = true;
                first += r * d.service;
                second += r * d.service * d.service * (1 + d.serviceScv);
                exponential = false;
                continue;
            }
            held = held || d.occupancy > d.service;
            first += r * d.occupancy;
            second += r * (d.occupancyVariance + d.occupancy * d.occupancy);
            const bool pure = d.serviceExponential &&
                              d.occupancyVariance == d.service * d.service &&
                              d.occupancy == d.service;
            exponential = exponential && pure && (commonMean < 0 || commonMean == d.occupancy);
            commonMean = d.occupancy;
            out.approximateUtilisation = out.approximateUtilisation || d.occupancyApproximate;
        }
        g.arrivalRate = rate;
        g.occupancy = rate > 0 ? first / rate : 0;
        g.occupancyScv =
            g.occupancy > 0 ? std::max(0.0, second / rate / (g.occupancy * g.occupancy) - 1) : 1;
        solveQueue(node, g, exponential, arrivalScv, approximateArrivals, held);
        if (out.waitsOnCallee) {
            g.stable = false;
            g.utilisation = kInf;
            g.meanWait = kInf;
        }
        out.overloaded = out.overloaded || g.offered >= 1;
        out.utilisation = std::max(out.utilisation, g.utilisation);
        dropped += g.count * g.arrivalRate * g.blocking;
    }
    double arrived = 0;
    for (int i = 0; i < out.groups; ++i)
        arrived += out.group[i].count * out.group[i].arrivalRate;
    const double blocked = arrived > 0 ? dropped / arrived : 0;
    out.dropFraction = 1 - out.admitted * (1 - blocked);
}

PathLatency groupSojourn(LatencyPool& pool, const StationGroup& g, const ClassDemand& d) {
    if (!g.stable || d.occupancyInfinite)
        return pool.infinite();
    if (g.singleExponential && g.arrivalRate > 0)
        return pool.exponential(1 / g.occupancy - g.arrivalRate);
    if (g.singleExponential)
        return pool.exponential(1 / d.service);
    const double waitSecond =
        g.waitRate > 0 ? 2 * g.probabilityOfWait / (g.waitRate * g.waitRate) : 0;
    const double waitVariance = std::max(0.0, waitSecond - g.meanWait * g.meanWait);
    // M/M/c (or no wait at all): no wait with probability 1 - P(wait), else Exp(c mu -
    // lambda); then the exponential service. Exactly a mixture of hypoexponentials.
    if (g.exactWait && d.serviceExponential && d.service > 0)
        return pool.waitThenService(1 / d.service, g.probabilityOfWait, g.waitRate,
                                    g.meanWait + d.service, waitVariance + d.service * d.service,
                                    !g.exactMean);
    const bool deterministic = d.serviceScv == 0;
    const double serviceMean = deterministic ? 0 : d.service;
    const double serviceVariance = d.service * d.service * d.serviceScv;
    PathLatency x =
        pool.moments(g.meanWait + serviceMean, waitVariance + serviceVariance, !g.exactMean);
    if (deterministic)
        x.shift = d.service;
    return x;
}

Figure stationPercentile(const StationResult& station, std::span<const ClassDemand> demands,
                         double q) {
    struct Term {
        double weight, mu, pw, theta, mean, variance, shift;
        bool exact;
    };
    Term terms[2 * 16];
    int count = 0;
    bool exact = true;
    bool single = true;
    double total = 0;
    double scale = 0;
    for (int i = 0; i < station.groups; ++i) {
        const StationGroup& g = station.group[i];
        if (!g.stable)
            return {kInf, false};
        for (std::size_t k = 0; k < demands.size(); ++k) {
            const ClassDemand& d = demands[k];
            const double w = d.rate * g.landing;
            if (!(w > 0) || d.occupancyInfinite)
                continue;
            if (count == static_cast<int>(std::size(terms))) {
                single = false; // beyond 16 classes: weight the rest into the last term
                terms[count - 1].weight += w;
                total += w;
                continue;
            }
            Term t{};
            t.weight = w;
            t.exact = g.exactWait && d.serviceExponential && d.service > 0;
            t.mu = d.service > 0 ? 1 / d.service : 0;
            t.pw = g.probabilityOfWait;
            t.theta = g.waitRate;
            const bool deterministic = d.serviceScv == 0;
            t.shift = deterministic ? d.service : 0;
            t.mean = g.meanWait + (deterministic ? 0 : d.service);
            t.variance = (g.waitRate > 0 ? 2 * g.probabilityOfWait / (g.waitRate * g.waitRate) -
                                               g.meanWait * g.meanWait
                                         : 0) +
                         d.service * d.service * d.serviceScv;
            exact = exact && t.exact;
            total += w;
            scale = std::max(scale, t.shift + t.mean);
            terms[count++] = t;
        }
    }
    if (count == 0 || !(total > 0))
        return {0, false};
    const auto survival = [&](double s) {
        double sum = 0;
        for (int i = 0; i < count; ++i) {
            const Term& t = terms[i];
            double v;
            if (t.exact) {
                const double rates[] = {t.mu, t.theta};
                v = (1 - t.pw) * std::exp(-t.mu * s) +
                    (t.pw > 0 ? t.pw * queueing::hypoexponentialSurvival(rates, s) : 0);
            } else {
                v = queueing::fittedSurvival(t.mean, t.variance, s - t.shift);
            }
            sum += t.weight * v;
        }
        return sum / total;
    };
    if (count == 1 && single && !terms[0].exact)
        return {terms[0].shift + queueing::fittedPercentile(terms[0].mean, terms[0].variance, q),
                true};
    // One exact term whose wait is too rare to move the percentile in double precision
    // (a lightly loaded station with many workers): the service's own percentile.
    if (count == 1 && single && terms[0].pw < 1e-17 * (1 - q))
        return {-std::log1p(-q) / terms[0].mu, false};
    return {queueing::percentileOfSurvival(survival, q, scale), !exact};
}

} // namespace studio::core::solver
