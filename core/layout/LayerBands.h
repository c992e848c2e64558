#pragma once

// Wrapping a layered drawing that grows too wide: its columns in bands under each other, as a
// paragraph's words go on to the next line. Part of layerGraph (LayerGraph.h).
#include "layout/LayerGraph.h"

#include <vector>

namespace studio::core::layout {

// Which band each column goes in: a new band starts where the drawing would grow wider than
// `wrapWidth` (never, when it is 0), at the last column boundary before it that is not right
// after a client's column; what does not fit goes on in the next band, below, as text goes
// on to the next line.
std::vector<int> wrapColumns(const std::vector<double>& columnX,
                             const std::vector<double>& columnWidth,
                             const std::vector<LayerNode>& nodes,
                             const std::vector<LayerEdge>& edges, const std::vector<int>& layer,
                             double wrapWidth);

} // namespace studio::core::layout
