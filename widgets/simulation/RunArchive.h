#pragma once

// A studio run to and from the library's run history (core::Library::addRun, run): the
// settings and headline as core/sim/RunRecord writes them, the results whole.
#include "widgets/simulation/SimulationRun.h"

#include "catalog/Catalog.h"
#include "library/LibraryEntries.h"
#include "util/Result.h"

#include <memory>

namespace studio::widgets {

// The record of a finished run that started from revision `revision` of its library design;
// `edited`: from unsaved edits of it, so the record keeps the design as it ran.
core::NewRun runRecord(const SimulationRun& run, int revision, bool edited);

// A kept run read back as the run it was: its design, settings and results, and the
// solver's estimate of that design solved again. Problems when a part cannot be read.
core::Result<std::shared_ptr<const SimulationRun>>
reopenedRun(const core::StoredRun& stored,
            const core::Catalog& catalog = core::Catalog::standard());

} // namespace studio::widgets
