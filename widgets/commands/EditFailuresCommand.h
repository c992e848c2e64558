#pragma once

#include "widgets/commands/DesignCommand.h"

#include "model/FailureEvent.h"

#include <vector>

namespace studio::widgets {

// Replaces the design's failure timeline (the top-level "failures") with a new list, as one
// undo step named after what the person did on the timeline. Nothing else of the design
// changes.
class EditFailuresCommand : public DesignCommand {
public:
    // What the person did, for the Edit menu's text.
    enum class Action { Schedule, Move, Resize, Edit, Remove };

    EditFailuresCommand(core::DesignDocument& document, std::vector<core::FailureEvent> after,
                        Action action);
};

} // namespace studio::widgets
