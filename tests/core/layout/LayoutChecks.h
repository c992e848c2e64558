#pragma once

#include "model/Design.h"

#include <cstddef>
#include <string>
#include <vector>

// What every auto-layout must give, as lists of problems (empty when it holds), so that a
// failing test says which components are at fault.
namespace studio::core::test {

// Pairs of components whose rectangles overlap.
std::vector<std::string> overlaps(const Design& design);
// Components outside their zone, zones outside their parent zone.
std::vector<std::string> outsideZones(const Design& design);
// Links from a client or into a data store that do not read on: the target neither wholly
// right of the client (its caller left of the store) nor wholly below it (a later band).
std::vector<std::string> againstReading(const Design& design);

// Links drawn through a box that is not one of their ends: from the middle of one end's box
// through the link's bends to the middle of the other's, as the canvas draws them.
std::vector<std::string> linksThroughBoxes(const Design& design);

// A design like the benchmarks' (bench/GeneratedDesign): `components` on a grid cycling
// through the station kinds, `links` calls between near neighbours, one client in front.
Design gridDesign(std::size_t components, std::size_t links);

} // namespace studio::core::test
