#pragma once

// Small builders the built-in catalog (CatalogData.cpp) is written with.
#include "catalog/KindSpec.h"

#include <cstdint>
#include <string>
#include <vector>

namespace studio::core::catalog {

using Int = std::int64_t;

PropertySpec integer(std::string key, const char* label, const char* unit, Int value, double min,
                     double max, const char* help);
PropertySpec number(std::string key, const char* label, const char* unit, double value, double min,
                    double max, const char* help);
PropertySpec boolean(std::string key, const char* label, bool value, const char* help);
// A choice whose default is the first of `choices`.
PropertySpec choice(std::string key, const char* label, std::vector<std::string> choices,
                    const char* help);
// An exponential service time with this mean (seconds).
ServiceSpec service(double meanSeconds);

// How a station holds its worker while its calls are out.
enum class Holding { Hold, Release };

// Properties every station has: how many copies run (unless a data store), how each queues
// and serves.
std::vector<PropertySpec> station(bool withInstances, Int instances, Int workers, Holding holding);
// A data store's: shards x replicas nodes instead of instances, plus a station's.
std::vector<PropertySpec> dataStore(Int workers, Int replicas);
PropertySpec hitRatio(double value);

KindSpec kind(std::string id, const char* label, const char* description, KindGroup group,
              std::vector<PropertySpec> properties, ServiceSpec defaultService);

template <class... Extra>
std::vector<PropertySpec> with(std::vector<PropertySpec> base, Extra... extra) {
    (base.push_back(std::move(extra)), ...);
    return base;
}

} // namespace studio::core::catalog
