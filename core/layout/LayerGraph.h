#pragma once

#include <cstddef>
#include <vector>

// A Sugiyama-style layered drawing of a graph of boxes, left to right: cycles broken, layers
// by longest path from the sources, order within layers by barycenter sweeps, coordinates
// with room between the layers for link labels. Knows nothing of designs or zones: the caller
// (LayeredLayout) turns a zone into one box and its contents into a graph of their own.
namespace studio::core::layout {

// How a node takes part in the left-to-right reading.
enum class NodeRole {
    Source, // a client: starts the traffic, stays in the first layer
    Plain,
    Store, // a data store: right of whatever calls it
};

struct LayerNode {
    double width = 0; // scene units
    double height = 0;
    NodeRole role = NodeRole::Plain;
    double hint = 0; // the node's current vertical centre: the first order within a layer
};

struct LayerEdge {
    std::size_t from = 0; // node indices; edges to the node itself are ignored
    std::size_t to = 0;
    // Never reversed to break a cycle unless rigid edges alone form one (a call from a
    // client or into a data store: the reading direction people expect).
    bool rigid = false;
};

struct LayerSpacing {
    double layerGap = 140;  // between columns: room for a link's label
    double nodeGap = 40;    // between boxes in one column
    double laneHeight = 16; // reserved in a column where a long link passes through
    // A drawing wider than this wraps: its columns go in bands under each other, each band
    // starting at the left, never right after a client's column (0: never wraps).
    double wrapWidth = 1280;
    double bandGap = 80; // between bands
};

struct Point {
    double x = 0;
    double y = 0;
};

// The top-left corner of every node, the whole drawing's top-left at (0, 0). Nodes with no
// edge go in rows under the rest. No two boxes overlap. Deterministic: the same input gives
// the same output.
std::vector<Point> layerGraph(const std::vector<LayerNode>& nodes,
                              const std::vector<LayerEdge>& edges,
                              const LayerSpacing& spacing = {});

} // namespace studio::core::layout
