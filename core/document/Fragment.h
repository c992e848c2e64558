#pragma once

#include "model/Design.h"

#include <string>
#include <vector>

namespace studio::core {

// A piece of a design for copy and paste: itself a Design, so the clipboard carries it in
// the file format and a whole design file can be pasted too.

// The components and zones with the given ids, the links whose both ends are among those
// components, and nothing else (zones not copied are cleared from the copies' `zone`).
// Zones nested in a copied zone come along with their components.
Design extractFragment(const Design& design, const std::vector<std::string>& ids);

// The fragment with every component, link and zone given an id unused in `target` (and
// unique within the fragment), links and zone memberships remapped to the new ids, and
// every rect and link bend moved by (dx, dy).
Design reidentifyFragment(const Design& fragment, const Design& target, double dx, double dy);

} // namespace studio::core
