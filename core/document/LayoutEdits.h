#pragma once

#include "document/ChangeSet.h"
#include "model/Design.h"

#include <string>
#include <vector>

// Auto-layout as an edit (see Edits.h): the new rectangles from layout::LayeredLayout as
// one ChangeSet.
namespace studio::core::edits {

// Lays out the whole design when `ids` is empty: the drawing starts where the design's
// top-left corner was, every zone is refit around its members and no zone membership
// changes. Otherwise lays out the components and zones named (with every member of a named
// zone) and nothing else: the drawing starts at their top-left corner, moved right as far
// as needed to keep clear of every other component; what lands in or leaves a zone that is
// not laid out joins the zone holding it, as with moveItems. Ids that name nothing are
// ignored. The links of whatever is laid out lose their bends.
ChangeSet autoLayout(const Design& design, const std::vector<std::string>& ids = {});

} // namespace studio::core::edits
