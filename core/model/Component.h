#pragma once

#include "model/Geometry.h"
#include "model/PropertyValue.h"
#include "model/ServiceTime.h"
#include "model/Workload.h"

#include <optional>
#include <string>

namespace studio::core {

// One box on the canvas: a client, a service, a database... Its kind (a catalog id) says
// which properties it has; its properties say how it behaves as a queueing station.
struct Component {
    std::string id;   // unique in the design, stable across edits
    std::string kind; // catalog kind id, e.g. "sql_database"
    std::string name;
    Rect rect;
    std::string zone; // id of the zone it sits in; empty when in none

    Properties properties;            // every property its kind declares
    ServiceSpec service;              // unused by kinds that are not stations (text notes)
    std::optional<Workload> workload; // only on source kinds (clients)

    // The property as a number, or `fallback` if absent or not numeric.
    double number(const std::string& key, double fallback = 0) const;
    // The property as text (choices and text properties), or `fallback`.
    std::string text(const std::string& key, const std::string& fallback = {}) const;
    bool flag(const std::string& key, bool fallback = false) const;

    bool operator==(const Component&) const = default;
};

} // namespace studio::core
