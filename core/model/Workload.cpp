#include "model/Workload.h"

#include <algorithm>
#include <cmath>

namespace studio::core {

std::int64_t closedPopulationFor(const Workload& workload) {
    return std::max<std::int64_t>(1, std::llround(workload.rate * workload.thinkTime));
}

} // namespace studio::core
