#pragma once

// A design's run settings, remembered between sessions (QSettings, by the design's library
// entry, its file, or its name), and what a design gets before any are remembered.
#include "widgets/simulation/SimulationRun.h"

namespace studio::widgets {

class StudioDocument;

// Simulated seconds a design gets until the person sets a duration.
double defaultDuration(const core::Design& design);

RunSettings storedRunSettings(const StudioDocument& document);
void storeRunSettings(const StudioDocument& document, const RunSettings& settings);

} // namespace studio::widgets
