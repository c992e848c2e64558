#pragma once

#include "catalog/PropertySpec.h"
#include "model/ServiceTime.h"

#include <string>
#include <vector>

namespace studio::core {

// Palette groups, in palette order.
enum class KindGroup { Edge, Compute, Data, Messaging, Other };

const char* toString(KindGroup group);

// Declares one component kind: the palette entry, its properties and its default behaviour.
struct KindSpec {
    std::string id;          // snake_case, as in the file: "sql_database"
    const char* label;       // for people (translatable, context "Catalog")
    const char* description; // one line for the palette's tooltip (translatable)
    KindGroup group = KindGroup::Other;

    bool station = true;       // queues and serves requests (false: text notes and clients)
    bool source = false;       // carries a workload (clients)
    bool dataStore = false;    // has `shards` and `replicas` instead of `instances`
    bool hitsOrMisses = false; // answers a hit itself and forwards a miss (`hit_ratio`)
    bool balances = false;     // spreads its choose-links over the targets' instances
    bool broadcasts = false;   // hands every message to each consumer link (queues, streams)

    std::vector<PropertySpec> properties;
    ServiceSpec defaultService;
    double defaultWidth = 160; // scene units
    double defaultHeight = 64;

    const PropertySpec* property(const std::string& key) const;
};

} // namespace studio::core
