#pragma once

// Private to core/format: a client's workload to and from the design file's JSON.

#include "format/JsonFields.h"
#include "model/Workload.h"

namespace studio::core::format {

// Omitted keys take the model's defaults (model/Workload.h, docs/FORMAT.md).
Workload readWorkload(const Json& json, const std::string& place, Problems& problems);
// The keys of the workload's type always; the other type's keys, lists and policies only
// when they differ from their defaults.
Json writeWorkload(const Workload& workload);

} // namespace studio::core::format
