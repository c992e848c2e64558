#include "catalog/KindSpec.h"

namespace studio::core {

const char* toString(KindGroup group) {
    switch (group) {
    case KindGroup::Edge:
        return "edge";
    case KindGroup::Compute:
        return "compute";
    case KindGroup::Data:
        return "data";
    case KindGroup::Messaging:
        return "messaging";
    case KindGroup::Other:
        return "other";
    }
    return "";
}

const PropertySpec* KindSpec::property(const std::string& key) const {
    for (const auto& spec : properties)
        if (spec.key == key)
            return &spec;
    return nullptr;
}

} // namespace studio::core
