#include "model/ServiceTime.h"

namespace studio::core {

const ServiceTime& ServiceSpec::forClass(const std::string& requestClass) const {
    const auto it = byClass.find(requestClass);
    return it == byClass.end() ? base : it->second;
}

} // namespace studio::core
