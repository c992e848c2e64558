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

// Whether some rate occurs twice (to allEqual's tolerance): partial fractions need the
// repeated-pole form, which is cheap; rates merely close together are uniformized.
bool hasRepeats(std::span<const double> rates) {
    for (std::size_t i = 0; i < rates.size(); ++i)
        for (std::size_t j = i + 1; j < rates.size(); ++j)
            if (std::fabs(rates[j] - rates[i]) <= 1e-12 * std::max(rates[i], rates[j]))
                return true;
    return false;
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

// Partial fractions that allow repeated rates: the distinct rates r_j, each m_j times,
// and coefficients B_jk (k = 1..m_j) with
//   P(T > t) = sum_j e^(-r_j t) sum_k B_jk sum_{i<k} (r_j t)^i / i!,
// B_jk = A_jk / r_j^k for the terms A_jk / (s + r_j)^k of prod_j (r_j / (r_j + s))^m_j.
// Every term is at most |B_jk|: like partialFractions, refused when one passes 1e6.
struct GroupedFractions {
    std::vector<double> rates; // distinct, 1/s
    std::vector<int> multiplicity;
    std::vector<double> coefficients; // B_jk, m_j of them per rate, in order
};

bool groupedFractions(std::span<const double> rates, GroupedFractions& out) {
    std::vector<double> sorted(rates.begin(), rates.end());
    std::sort(sorted.begin(), sorted.end());
    for (double r : sorted) {
        if (!out.rates.empty() && r - out.rates.back() <= 1e-12 * r) {
            ++out.multiplicity.back();
            continue;
        }
        out.rates.push_back(r);
        out.multiplicity.push_back(1);
    }
    const std::size_t n = out.rates.size();
    std::vector<double> h, g;
    for (std::size_t j = 0; j < n; ++j) {
        const double rj = out.rates[j];
        const int mj = out.multiplicity[j];
        // The Taylor coefficients of g(s) = (s + r_j)^m_j F(s) around s = -r_j, in powers of
        // (s + r_j) / r_j: g = g0 exp(sum_p h_p e^p), so n g_n = sum_p p h_p g_(n-p).
        double g0 = 1;
        h.assign(static_cast<std::size_t>(mj), 0.0);
        for (std::size_t l = 0; l < n; ++l) {
            if (l == j)
                continue;
            const double gap = out.rates[l] - rj;
            g0 *= std::pow(out.rates[l] / gap, out.multiplicity[l]);
            const double step = -rj / gap;
            double power = 1;
            for (int p = 1; p < mj; ++p) {
                power *= step;
                h[static_cast<std::size_t>(p)] += out.multiplicity[l] * power / p;
            }
        }
        g.assign(static_cast<std::size_t>(mj), 0.0);
        g[0] = g0;
        for (int m = 1; m < mj; ++m) {
            double sum = 0;
            for (int p = 1; p <= m; ++p)
                sum += p * h[static_cast<std::size_t>(p)] * g[static_cast<std::size_t>(m - p)];
            g[static_cast<std::size_t>(m)] = sum / m;
        }
        for (int k = 1; k <= mj; ++k) {
            const double b = g[static_cast<std::size_t>(mj - k)];
            if (!(std::fabs(b) < 1e6))
                return false;
            out.coefficients.push_back(b);
        }
    }
    return true;
}

double groupedSurvival(const GroupedFractions& f, double t) {
    double s = 0;
    std::size_t c = 0;
    for (std::size_t j = 0; j < f.rates.size(); ++j) {
        const double x = f.rates[j] * t;
        double term = std::exp(-x); // e^-x x^(k-1) / (k-1)!
        double partial = 0;         // e^-x sum_{i<k} x^i / i!
        for (int k = 1; k <= f.multiplicity[j]; ++k) {
            partial += term;
            s += f.coefficients[c++] * partial;
            term *= x / k;
        }
    }
    return std::clamp(s, 0.0, 1.0);
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

// One term of a mixture, ready to evaluate many times: its partial fractions (closedForm)
// or, when they would cancel, hypoexponentialSurvival's own choice.
struct PreparedTerm {
    double weight = 0;
    double shift = 0; // s
    std::span<const double> rates;
    GroupedFractions fractions;
    bool closedForm = false;
};

double preparedSurvival(const PreparedTerm& term, double t) {
    const double after = t - term.shift;
    if (!term.closedForm || after <= 0)
        return hypoexponentialSurvival(term.rates, after);
    return groupedSurvival(term.fractions, after);
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
        GroupedFractions grouped;
        if (hasRepeats(rates) && groupedFractions(rates, grouped))
            return groupedSurvival(grouped, t);
    }
    return uniformizedSurvival(rates, t);
}

double hypoexponentialPercentile(std::span<const double> rates, double q) {
    if (rates.empty())
        return 0;
    return percentileOfSurvival([&](double t) { return hypoexponentialSurvival(rates, t); }, q,
                                hypoexponentialMean(rates));
}

double hypoexponentialMixtureSurvival(std::span<const ShiftedHypoexponential> terms, double t) {
    double total = 0, sum = 0;
    for (const ShiftedHypoexponential& term : terms) {
        if (!(term.weight > 0))
            continue;
        total += term.weight;
        sum += term.weight * hypoexponentialSurvival(term.rates, t - term.shift);
    }
    return total > 0 ? std::clamp(sum / total, 0.0, 1.0) : 0;
}

double hypoexponentialMixturePercentile(std::span<const ShiftedHypoexponential> terms, double q) {
    double total = 0;
    for (const ShiftedHypoexponential& term : terms)
        total += term.weight > 0 ? term.weight : 0;
    // A term too rare to move P(T > t) at the root in double precision is left out (an
    // M/M/c station with many idle workers almost never waits).
    const double negligible = 1e-17 * (1 - q) * total;
    std::vector<PreparedTerm> prepared;
    prepared.reserve(terms.size());
    total = 0;
    double mean = 0;
    for (const ShiftedHypoexponential& term : terms) {
        if (!(term.weight > negligible))
            continue;
        PreparedTerm& p = prepared.emplace_back();
        p.weight = term.weight;
        p.shift = term.shift;
        p.rates = term.rates;
        if (term.rates.size() >= 2 && term.rates.size() <= kInline) {
            p.closedForm = groupedFractions(term.rates, p.fractions);
            if (!p.closedForm)
                p.fractions = GroupedFractions{};
        }
        total += term.weight;
        mean += term.weight * (term.shift + hypoexponentialMean(term.rates));
    }
    if (prepared.empty())
        return 0;
    if (prepared.size() == 1 && prepared[0].rates.size() <= 1) // a constant, or M/M/1
        return prepared[0].shift +
               (prepared[0].rates.empty() ? 0 : -std::log1p(-q) / prepared[0].rates[0]);
    const auto survival = [&](double t) {
        double sum = 0;
        for (const PreparedTerm& term : prepared)
            sum += term.weight * preparedSurvival(term, t);
        return std::clamp(sum / total, 0.0, 1.0);
    };
    return percentileOfSurvival(survival, q, mean / total);
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
