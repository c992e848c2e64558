#pragma once

#include "model/Geometry.h"

#include <string>

namespace studio::core {

enum class ZoneKind { Region, AvailabilityZone, Vpc, Group };

// A labelled box that groups components. A zone going down takes all its components,
// including those of the zones nested in it.
struct Zone {
    std::string id;
    ZoneKind kind = ZoneKind::Group;
    std::string name;
    Rect rect;
    std::string parent; // id of the enclosing zone; empty at the top level

    bool operator==(const Zone&) const = default;
};

} // namespace studio::core
