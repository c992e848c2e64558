#pragma once

#include "widgets/commands/DesignCommand.h"

#include <string>
#include <vector>

namespace studio::widgets {

// Auto-layout (core/document/LayoutEdits.h) as one undo step: the whole design when `ids`
// is empty, else those components and zones with their members.
class AutoLayoutCommand : public DesignCommand {
public:
    AutoLayoutCommand(core::DesignDocument& document, const std::vector<std::string>& ids = {});
};

} // namespace studio::widgets
