#include "solver/LoadBand.h"

namespace studio::core {

LoadBand loadBandFor(double utilisation) {
    if (!(utilisation < 1)) // NaN and +inf included: nothing finite to promise
        return LoadBand::Saturated;
    if (utilisation >= 0.8)
        return LoadBand::High;
    if (utilisation >= 0.5)
        return LoadBand::Moderate;
    return LoadBand::Low;
}

} // namespace studio::core
