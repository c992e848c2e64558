#pragma once

#include "model/Design.h"

#include <cstddef>

namespace studio::bench {

// A valid design of `components` components on a grid, cycling through the catalog's
// station kinds, with `links` call links between near neighbours and one client in front.
// Deterministic: the same arguments give the same design.
core::Design generateDesign(std::size_t components, std::size_t links);

} // namespace studio::bench
