#pragma once

#include "model/Design.h"

#include <cstddef>

namespace studio::bench {

// A valid design of `components` components on a grid, cycling through the catalog's
// station kinds, with `links` call links between near neighbours and one client in front.
// Deterministic: the same arguments give the same design.
core::Design generateDesign(std::size_t components, std::size_t links);

// generateDesign's components linked as a system is: a tree of fan-out 4, breadth first, the
// client (at `rate` req/s) at the root. A component chooses one of its children that serve
// (so requests split down the tree) and calls each data store among them; data stores are
// leaves. Services keep their default `holding: hold`. The solver solves it (the generated
// links go round in a circle, which it rightly refuses).
core::Design generateSolvableDesign(std::size_t components, double rate);

// A valid design of `zones` zones, each nested in the one after it, one component in each.
core::Design generateZoneChain(std::size_t zones);

} // namespace studio::bench
