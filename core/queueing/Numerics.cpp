#include "queueing/Numerics.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace studio::core::queueing {

double solveIncreasing(const std::function<double(double)>& f, double target, double lo,
                       double hi) {
    double flo = f(lo) - target;
    double fhi = f(hi) - target;
    if (flo >= 0)
        return lo;
    if (fhi <= 0)
        return hi;
    // Illinois: regula falsi that halves the stale end's value, so both ends move.
    int side = 0;
    for (int i = 0; i < 200; ++i) {
        double x = (lo * fhi - hi * flo) / (fhi - flo);
        if (!(x > lo && x < hi))
            x = 0.5 * (lo + hi);
        const double fx = f(x) - target;
        if (fx == 0)
            return x;
        if (fx < 0) {
            lo = x;
            flo = fx;
            if (side == -1)
                fhi *= 0.5;
            side = -1;
        } else {
            hi = x;
            fhi = fx;
            if (side == 1)
                flo *= 0.5;
            side = 1;
        }
        if (hi - lo <= 1e-13 * std::max(std::fabs(lo), std::fabs(hi)) + 1e-300)
            break;
    }
    return (lo * fhi - hi * flo) / (fhi - flo);
}

double percentileOfSurvival(const std::function<double(double)>& survival, double q, double scale) {
    const double tail = 1 - q;
    if (survival(0) <= tail)
        return 0;
    if (!(scale > 0))
        scale = 1;
    double hi = scale;
    while (survival(hi) > tail) {
        hi *= 2;
        if (hi > 1e12 * scale)
            return std::numeric_limits<double>::infinity();
    }
    return solveIncreasing([&](double t) { return 1 - survival(t); }, q, 0, hi);
}

double normalDensity(double z) {
    return std::exp(-0.5 * z * z) / std::sqrt(2 * std::numbers::pi);
}

double normalCdf(double z) {
    return 0.5 * std::erfc(-z / std::numbers::sqrt2);
}

double normalQuantile(double q) {
    if (q <= 0)
        return -std::numeric_limits<double>::infinity();
    if (q >= 1)
        return std::numeric_limits<double>::infinity();
    // Acklam's rational approximation (relative error 1.15e-9), then one Halley step.
    static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                                   -2.759285104469687e+02, 1.383577518672690e+02,
                                   -3.066479806614716e+01, 2.506628277459239e+00};
    static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                                   -1.556989798598866e+02, 6.680131188771972e+01,
                                   -1.328068155288572e+01};
    static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                                   -2.400758277161838e+00, -2.549732539343734e+00,
                                   4.374664141464968e+00,  2.938163982698783e+00};
    static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01,
                                   2.445134137142996e+00, 3.754408661907416e+00};
    const double low = 0.02425;
    double x;
    if (q < low) {
        const double r = std::sqrt(-2 * std::log(q));
        x = (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) /
            ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
    } else if (q <= 1 - low) {
        const double s = q - 0.5;
        const double r = s * s;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * s /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    } else {
        const double r = std::sqrt(-2 * std::log(1 - q));
        x = -(((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5]) /
            ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
    }
    const double e = normalCdf(x) - q;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(0.5 * x * x);
    return x - u / (1 + 0.5 * x * u);
}

} // namespace studio::core::queueing
