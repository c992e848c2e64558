#pragma once

#include "model/Geometry.h"

#include <cstddef>
#include <utility>
#include <vector>

// Orthogonal routes for links around boxes (draw.io's and ELK's orthogonal edges): a link
// whose straight line would pass through a box that is not one of its ends gets bends that
// lead it around every box, with as few corners as the detour allows.
namespace studio::core::layout {

struct RouteOptions {
    double grid = 10;      // scene units between the points a route may turn at
    double clearance = 10; // kept between a route and the boxes it passes
    double bendCost = 8;   // a corner costs as much as this many grid steps
    // How far around the two ends a route may stray, in scene units: tried, then doubled
    // twice before the link is left straight.
    double reach = 200;
};

// For each link (indices of its two boxes in `boxes`), the corners a route from the middle
// of one box to the middle of the other passes, in order; empty when the straight line
// passes through no other box, or when no route was found within reach. The canvas draws
// a link from box edge to box edge through them, so the first and last corner are level
// with their box's middle. Near-linear in the links: each looks only at the boxes near it.
std::vector<std::vector<core::Point>>
routeAroundBoxes(const std::vector<core::Rect>& boxes,
                 const std::vector<std::pair<std::size_t, std::size_t>>& links,
                 const RouteOptions& options = {});

} // namespace studio::core::layout
