#pragma once

#include "model/Design.h"

#include <set>
#include <string>

namespace studio::core {

// An id used by no component, link or zone of `design` nor in `taken`: `base` reduced to
// lowercase letters, digits and dashes ("SQL database" -> "sql-database"), else with "-2",
// "-3"... appended.
std::string uniqueId(const Design& design, const std::string& base,
                     const std::set<std::string>& taken = {});

} // namespace studio::core
