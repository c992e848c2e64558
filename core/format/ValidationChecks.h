#pragma once

// Private to core/format: the checks validateDesign() makes on the parts of a design that
// several objects share (numbers in ranges, service times, workloads, retry and breaker).
// Each problem's subject names the key it is about; validateDesign() adds the item.

#include "model/Design.h"
#include "model/RetryPolicy.h"
#include "model/ServiceTime.h"
#include "model/Workload.h"
#include "util/Problem.h"

#include <limits>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace studio::core::format {

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// A problem at `place` about its `key` ("" when about the object as a whole).
void report(Problems& problems, const std::string& place, std::string key, const char* templ,
            std::vector<std::string> args = {});

// Each id's first position among the design's components and zones: lookups in O(1), so
// validation stays linear in the design's size (bench/core/DesignFormatBench.cpp).
struct DesignIndex {
    explicit DesignIndex(const Design& design);
    const Component* findComponent(const std::string& id) const;
    const Zone* findZone(const std::string& id) const;

    const Design& design;
    std::unordered_map<std::string_view, std::size_t> components;
    std::unordered_map<std::string_view, std::size_t> zones;
};

// Reports "`key` must be >= min, got value" (or > min when `minExclusive`, or <= max) at
// `place`; a value that is not finite is reported as such. Returns whether it was valid.
bool checkRange(Problems& problems, const std::string& place, const std::string& key, double value,
                double min, double max, bool minExclusive = false);

// The request classes the design's workloads define, for the checks that name one.
struct RequestClasses {
    std::set<std::string> names;
    std::string list() const; // "read, write", or "none" when there are none

    // Reports "`key` names request class "x", which no client's workload defines".
    void check(Problems& problems, const std::string& place, const std::string& key,
               const std::string& name) const;
};

void checkService(Problems& problems, const std::string& place, const ServiceSpec& service,
                  bool station, const RequestClasses& classes);
void checkWorkload(Problems& problems, const std::string& place, const Workload& workload);
void checkRetry(Problems& problems, const std::string& place, const RetryPolicy& retry);
void checkBreaker(Problems& problems, const std::string& place, const CircuitBreaker& breaker);
// A caller-side timeout: seconds per attempt, 0 = wait for ever.
void checkTimeout(Problems& problems, const std::string& place, double timeout);

} // namespace studio::core::format
