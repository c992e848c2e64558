#pragma once

// Private to core/templates: one function per rubric predicate (Template.h).
#include "model/Design.h"
#include "templates/Template.h"
#include "util/Message.h"

namespace studio::core::templates {

struct Verdict {
    bool passed = false;
    Message detail; // context "Rubric"
};

Verdict checkKindPresent(const Design& design, const KindPresentCheck& check);
Verdict checkPath(const Design& design, const PathCheck& check);
Verdict checkLinkMode(const Design& design, const LinkModeCheck& check);
Verdict checkPropertyRange(const Design& design, const PropertyRangeCheck& check);
// `reference` is the template's own design.
Verdict checkEstimate(const Design& design, const Design& reference, const EstimateCheck& check);

} // namespace studio::core::templates
