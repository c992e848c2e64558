#include "queueing/Hypoexponential.h"

#include "queueing/Numerics.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace studio::core::queueing {

namespace {

constexpr std::size_t kInline = 64;

bool allEqual(std::span<const double> rates) {
    for (double r : rates)
        if (std::fabs(r - rates[0]) > 1e-12 * rates[0])
            return false;
    return true;
}

double erlangSurvival(double rate, std::size_t phases, double t) {
    // e^-x sum_{k < n} x^k / k!, summed in log space so large x neither overflows nor
    // underflows early.
    const double x = rate * t;
    double sum = 0;
    double logTerm = -x;
    for (std::size_t k = 0; k < phases; ++k) {
        if (k > 0)
            logTerm += std::log(x) - std::log(static_cast<double>(k));
        sum += std::exp(logTerm);
    }
    return std::min(1.0, sum);
}

// The closed form's coefficients, or false when they are large enough for cancellation to
// cost more than about 1e-9 of accuracy.
bool partialFractions(std::span<const double> rates, std::span<double> coefficients) {
    for (std::size_t i = 0; i < rates.size(); ++i) {
        double c = 1;
        for (std::size_t j = 0; j < rates.size(); ++j) {
            if (j == i)
                continue;
            const double gap = rates[j] - rates[i];
            if (gap == 0)
                return false;
            c *= rates[j] / gap;
        }
        if (!(std::fabs(c) < 1e6))
            return false;
        coefficients[i] = c;
    }
    return true;
}

double uniformizedSurvival(std::span<const double> rates, double t) {
    // Uniformize at the fastest rate L: after m jumps of a Poisson(L t) clock the phase
    // chain has advanced from phase i with probability r_i / L per jump.
    const double fastest = *std::max_element(rates.begin(), rates.end());
    const double x = fastest * t;
    const std::size_t n = rates.size();
    std::array<double, kInline> inlineState{};
    std::vector<double> heapState;
    std::span<double> state(inlineState.data(), n);
    if (n > kInline) {
        heapState.assign(n, 0.0);
        state = heapState;
    }
    std::fill(state.begin(), state.end(), 0.0);
    state[0] = 1;
    // Poisson weights beyond 12 standard deviations are below 1e-30: skip them.
    const double spread = 12 * std::sqrt(x) + 30;
    const auto last = static_cast<std::size_t>(x + spread);
    const auto first = static_cast<std::size_t>(std::max(0.0, x - spread));
    double weight = std::exp(-x + static_cast<double>(first) * std::log(x) -
                             std::lgamma(static_cast<double>(first) + 1));
    double survival = 0;
    for (std::size_t m = 0; m <= last; ++m) {
        if (m >= first) {
            double alive = 0;
            for (double p : state)
                alive += p;
            survival += weight * alive;
            weight *= x / static_cast<double>(m + 1);
        }
        // One jump: phase i keeps 1 - r_i/L of its mass and passes r_i/L to i + 1.
        for (std::size_t i = n; i-- > 0;) {
            const double moved = state[i] * rates[i] / fastest;
            state[i] -= moved;
            if (i + 1 < n)
                state[i + 1] += moved;
        }
    }
    return std::clamp(survival, 0.0, 1.0);
}

} // namespace

double hypoexponentialSurvival(std::span<const double> rates, double t) {
    if (t <= 0)
        return 1;
    if (rates.empty())
        return 0;
    if (rates.size() == 1)
        return std::exp(-rates[0] * t);
    if (allEqual(rates))
        return erlangSurvival(rates[0], rates.size(), t);
    if (rates.size() <= kInline) {
        std::array<double, kInline> coefficients{};
        if (partialFractions(rates, coefficients)) {
            double s = 0;
            for (std::size_t i = 0; i < rates.size(); ++i)
                s += coefficients[i] * std::exp(-rates[i] * t);
            return std::clamp(s, 0.0, 1.0);
        }
    }
    return uniformizedSurvival(rates, t);
}

double hypoexponentialPercentile(std::span<const double> rates, double q) {
    if (rates.empty())
        return 0;
    return percentileOfSurvival([&](double t) { return hypoexponentialSurvival(rates, t); }, q,
                                hypoexponentialMean(rates));
}

double hypoexponentialMean(std::span<const double> rates) {
    double m = 0;
    for (double r : rates)
        m += 1 / r;
    return m;
}

double hypoexponentialVariance(std::span<const double> rates) {
    double v = 0;
    for (double r : rates)
        v += 1 / (r * r);
    return v;
}

} // namespace studio::core::queueing
