#pragma once

// Private to core/format: validateDesign()'s checks of one event of the failure timeline.

#include "catalog/Catalog.h"
#include "format/ValidationChecks.h"
#include "model/FailureEvent.h"

#include <string>

namespace studio::core::format {

// Checks `event` (at `place`, e.g. "failures[2]"): its target names what its kind strikes,
// its start and duration are in range, and the keys of its kind hold.
void checkFailure(Problems& problems, const DesignIndex& index, const Catalog& catalog,
                  const FailureEvent& event, const std::string& place);

} // namespace studio::core::format
