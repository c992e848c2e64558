#include "sim/Interval.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace studio::core::sim {

double studentTwoSidedProbability(double t, int df) {
    if (!(t > 0))
        return 0;
    if (!std::isfinite(t))
        return 1;
    const double theta = std::atan(t / std::sqrt(static_cast<double>(df)));
    const double c2 = std::cos(theta) * std::cos(theta);
    const double s = std::sin(theta);
    if (df % 2 == 0) {
        double term = 1, sum = 1;
        for (int k = 2; k <= df - 2; k += 2) {
            term *= c2 * static_cast<double>(k - 1) / static_cast<double>(k);
            sum += term;
        }
        return s * sum;
    }
    if (df == 1)
        return 2 * theta / std::numbers::pi;
    double term = 1, sum = 1;
    for (int k = 3; k <= df - 2; k += 2) {
        term *= c2 * static_cast<double>(k - 1) / static_cast<double>(k);
        sum += term;
    }
    return 2 / std::numbers::pi * (theta + s * std::cos(theta) * sum);
}

double studentQuantile(double confidence, int df) {
    df = df < 1 ? 1 : df;
    double low = 0, high = 1;
    while (studentTwoSidedProbability(high, df) < confidence && high < 1e12)
        high *= 2;
    for (int i = 0; i < 200 && high - low > 1e-12 * high; ++i) {
        const double mid = (low + high) / 2;
        (studentTwoSidedProbability(mid, df) < confidence ? low : high) = mid;
    }
    return (low + high) / 2;
}

Interval intervalOf(std::span<const double> values, double confidence) {
    Interval out;
    out.replications = static_cast<int>(values.size());
    if (values.empty())
        return out;
    double sum = 0;
    for (double v : values)
        sum += v;
    const double n = static_cast<double>(values.size());
    out.mean = sum / n;
    if (!std::isfinite(out.mean)) {
        out.mean = out.halfWidth = std::numeric_limits<double>::infinity();
        return out;
    }
    if (values.size() < 2)
        return out;
    double squares = 0;
    for (double v : values)
        squares += (v - out.mean) * (v - out.mean);
    const double sd = std::sqrt(squares / (n - 1));
    out.halfWidth = studentQuantile(confidence, out.replications - 1) * sd / std::sqrt(n);
    return out;
}

bool estimateOutside(const Interval& i, std::optional<double> estimate) {
    return estimate && std::isfinite(*estimate) && i.replications > 1 && i.halfWidth >= 0 &&
           !i.contains(*estimate);
}

} // namespace studio::core::sim
