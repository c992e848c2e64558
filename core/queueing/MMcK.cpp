#include "queueing/MMcK.h"

#include "queueing/Erlang.h"

#include <cmath>

namespace studio::core::queueing {

namespace {

// Sums over the waiting room j = 0..Q of r^j and j r^j.
struct GeometricSums {
    double s0 = 0;
    double s1 = 0;
};

GeometricSums geometricSums(double r, std::int64_t q) {
    GeometricSums s;
    const double n = static_cast<double>(q);
    if (q <= 4096) {
        double power = 1;
        for (std::int64_t j = 0; j <= q; ++j) {
            s.s0 += power;
            s.s1 += static_cast<double>(j) * power;
            power *= r;
        }
        return s;
    }
    if (std::fabs(1 - r) < 1e-12) {
        s.s0 = n + 1;
        s.s1 = n * (n + 1) / 2;
        return s;
    }
    const double rq = std::pow(r, n);
    s.s0 = (1 - rq * r) / (1 - r);
    s.s1 = r * (1 - (n + 1) * rq + n * rq * r) / ((1 - r) * (1 - r));
    return s;
}

} // namespace

MMcKMetrics mmck(std::int64_t servers, std::int64_t waitingRoom, double arrivalRate,
                 double serviceRate) {
    MMcKMetrics m;
    m.servers = servers;
    m.waitingRoom = waitingRoom;
    m.arrivalRate = arrivalRate;
    m.serviceRate = serviceRate;
    const double c = static_cast<double>(servers);
    const double load = arrivalRate / serviceRate;
    const double rho = load / c;
    m.offeredUtilisation = rho;
    if (!(load > 0))
        return m;
    // Stationary probabilities: p_n for n <= c is Erlang's truncated Poisson, so
    // p_c / sum_{n<=c} p_n = B(c, a); beyond c, p_{c+j} = p_c rho^j.
    const double b = erlangB(servers, load);
    m.approximate = erlangBIsApproximate(servers, load);
    double pc = 0; // P(exactly c in the system)
    double pK = 0; // P(full)
    double lq = 0;
    double waiting = 0; // P(c <= n < K)
    if (rho <= 1) {
        const GeometricSums s = geometricSums(rho, waitingRoom);
        pc = b / (1 + b * (s.s0 - 1));
        const double rhoQ = std::pow(rho, static_cast<double>(waitingRoom));
        pK = pc * rhoQ;
        lq = pc * s.s1;
        waiting = pc * s.s0 - pK;
    } else {
        // Weights relative to the full state, with r = 1 / rho < 1 so nothing overflows:
        // p_{c+j} = p_K r^(Q-j); sum_{n<c} p_n = p_c (1/B - 1).
        const double r = 1 / rho;
        const GeometricSums s = geometricSums(r, waitingRoom);
        const double n = static_cast<double>(waitingRoom);
        const double rQ = std::pow(r, n);
        const double below = rQ * (1 / b - 1);
        pK = 1 / (s.s0 + below);
        pc = pK * rQ;
        lq = pK * (n * s.s0 - s.s1);
        waiting = pK * s.s0 - pK;
    }
    m.blocking = pK;
    m.dropRate = arrivalRate * pK;
    m.throughput = arrivalRate - m.dropRate;
    m.utilisation = m.throughput / serviceRate / c;
    m.probabilityOfWait = pK < 1 ? waiting / (1 - pK) : 1;
    m.meanQueueLength = lq;
    m.meanInSystem = lq + m.throughput / serviceRate;
    m.meanWait = m.throughput > 0 ? lq / m.throughput : 0;
    m.meanResponse = m.meanWait + 1 / serviceRate;
    return m;
}

} // namespace studio::core::queueing
