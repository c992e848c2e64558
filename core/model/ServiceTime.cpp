#include "model/ServiceTime.h"

namespace studio::core {

double fittingCv(Distribution distribution, double cv) {
    switch (distribution) {
    case Distribution::Exponential:
        return 1;
    case Distribution::Deterministic:
        return 0;
    case Distribution::Lognormal:
        return cv > 0 ? cv : 1;
    case Distribution::Hyperexponential:
        return cv > 1 ? cv : 2;
    }
    return cv;
}

const ServiceTime& ServiceSpec::forClass(const std::string& requestClass) const {
    const auto it = byClass.find(requestClass);
    return it == byClass.end() ? base : it->second;
}

} // namespace studio::core
