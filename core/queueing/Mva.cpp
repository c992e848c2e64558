#include "queueing/Mva.h"

#include <cmath>

namespace studio::core::queueing {

namespace {

// A station as MVA sees it: a queueing part (demand `queued`, grows with the queue) and a
// delay part (demand `delay`, fixed).
struct Parts {
    double queued = 0;
    double delay = 0;
    bool approximate = false;
};

Parts parts(const MvaStation& s, std::int64_t population) {
    switch (s.center) {
    case MvaCenter::Delay:
        return {0, s.demand, false};
    case MvaCenter::MultiServer:
        if (s.servers >= population || s.servers <= 1)
            return s.servers <= 1 ? Parts{s.demand, 0, false} : Parts{0, s.demand, false};
        {
            const double c = static_cast<double>(s.servers);
            return {s.demand / c, s.demand * (c - 1) / c, true};
        }
    case MvaCenter::Queueing:
        break;
    }
    return {s.demand, 0, false};
}

MvaResult finish(std::span<const MvaStation> stations, const std::vector<Parts>& split,
                 const std::vector<double>& residence, double throughput) {
    MvaResult r;
    r.throughput = throughput;
    r.residence = residence;
    r.queueLength.resize(stations.size());
    r.utilisation.resize(stations.size());
    for (std::size_t i = 0; i < stations.size(); ++i) {
        r.responseTime += static_cast<double>(stations[i].copies) * residence[i];
        r.queueLength[i] = throughput * residence[i];
        const double servers =
            stations[i].center == MvaCenter::MultiServer
                ? static_cast<double>(std::max<std::int64_t>(1, stations[i].servers))
                : 1.0;
        r.utilisation[i] =
            stations[i].center == MvaCenter::Delay ? 0 : throughput * stations[i].demand / servers;
        r.approximate = r.approximate || split[i].approximate;
    }
    return r;
}

} // namespace

MvaResult exactMva(std::span<const MvaStation> stations, std::int64_t population,
                   double thinkTime) {
    const std::size_t k = stations.size();
    std::vector<Parts> split(k);
    for (std::size_t i = 0; i < k; ++i)
        split[i] = parts(stations[i], population);
    std::vector<double> queue(k, 0.0);
    std::vector<double> residence(k, 0.0);
    double throughput = 0;
    for (std::int64_t n = 1; n <= population; ++n) {
        double total = thinkTime;
        for (std::size_t i = 0; i < k; ++i) {
            residence[i] = split[i].queued * (1 + queue[i]) + split[i].delay;
            total += static_cast<double>(stations[i].copies) * residence[i];
        }
        throughput = total > 0 ? static_cast<double>(n) / total : 0;
        for (std::size_t i = 0; i < k; ++i)
            queue[i] = throughput * split[i].queued * (1 + queue[i]);
        // The queue length that matters for the next step counts only the queueing part;
        // the delay part never makes anyone wait.
    }
    return finish(stations, split, residence, throughput);
}

MvaResult schweitzerMva(std::span<const MvaStation> stations, std::int64_t population,
                        double thinkTime) {
    const std::size_t k = stations.size();
    std::vector<Parts> split(k);
    for (std::size_t i = 0; i < k; ++i)
        split[i] = parts(stations[i], population);
    const double n = static_cast<double>(population);
    std::vector<double> queue(k, 0.0);
    double copiesTotal = 0;
    for (const auto& s : stations)
        copiesTotal += static_cast<double>(s.copies);
    for (std::size_t i = 0; i < k; ++i)
        queue[i] = copiesTotal > 0 ? n / copiesTotal : 0;
    std::vector<double> residence(k, 0.0);
    double throughput = 0;
    for (int iteration = 0; iteration < 10000; ++iteration) {
        double total = thinkTime;
        for (std::size_t i = 0; i < k; ++i) {
            residence[i] = split[i].queued * (1 + queue[i] * (n - 1) / n) + split[i].delay;
            total += static_cast<double>(stations[i].copies) * residence[i];
        }
        throughput = total > 0 ? n / total : 0;
        double change = 0;
        for (std::size_t i = 0; i < k; ++i) {
            const double next = throughput * split[i].queued * (1 + queue[i] * (n - 1) / n);
            change = std::max(change, std::fabs(next - queue[i]) / std::max(1.0, next));
            queue[i] = next;
        }
        if (change < 1e-12)
            break;
    }
    MvaResult r = finish(stations, split, residence, throughput);
    r.approximate = true;
    return r;
}

MvaResult solveMva(std::span<const MvaStation> stations, std::int64_t population, double thinkTime,
                   double maxSteps) {
    if (population <= 0)
        return finish(stations, std::vector<Parts>(stations.size()),
                      std::vector<double>(stations.size(), 0.0), 0);
    if (static_cast<double>(population) * static_cast<double>(stations.size()) <= maxSteps)
        return exactMva(stations, population, thinkTime);
    return schweitzerMva(stations, population, thinkTime);
}

} // namespace studio::core::queueing
