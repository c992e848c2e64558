#pragma once

// Private to core/format: a component (with its service time and workload) and a caller's
// retry and breaker policies, to and from the design file's JSON.

#include "catalog/Catalog.h"
#include "format/JsonFields.h"
#include "model/Component.h"
#include "model/RetryPolicy.h"

#include <cstddef>

namespace studio::core::format {

// Reads `components[index]`, reporting problems; properties the file omits get their
// kind's defaults, an omitted service the kind's default service.
Component readComponent(const Json& json, std::size_t index, const Catalog& catalog,
                        Problems& problems);
Json writeComponent(const Component& component, const Catalog& catalog);

RetryPolicy readRetry(const Json& json, const std::string& place, Problems& problems);
CircuitBreaker readBreaker(const Json& json, const std::string& place, Problems& problems);
Json writeRetry(const RetryPolicy& retry);
Json writeBreaker(const CircuitBreaker& breaker);

} // namespace studio::core::format
