#include "layout/LayerBands.h"

namespace studio::core::layout {

std::vector<int> wrapColumns(const std::vector<double>& columnX,
                             const std::vector<double>& columnWidth,
                             const std::vector<LayerNode>& nodes,
                             const std::vector<LayerEdge>& edges, const std::vector<int>& layer,
                             double wrapWidth) {
    const std::size_t columns = columnX.size();
    std::vector<int> band(columns, 0);
    if (wrapWidth <= 0 || columns == 0 || columnX.back() + columnWidth.back() <= wrapWidth)
        return band;
    std::vector<bool> breakable(columns, true); // a band may start at this column
    breakable[0] = false;
    for (const auto& e : edges) // a client never ends a band: what it calls starts right of it
        if (e.from != e.to && e.from < nodes.size() && e.to < nodes.size() &&
            nodes[e.from].role == NodeRole::Source &&
            static_cast<std::size_t>(layer[e.from]) + 1 < columns)
            breakable[static_cast<std::size_t>(layer[e.from]) + 1] = false;
    std::vector<std::size_t> starts{0};
    std::size_t lastCut = 0; // the last breakable boundary that keeps the band narrow enough
    for (std::size_t l = 1; l < columns; ++l) {
        const bool fits = columnX[l] + columnWidth[l] - columnX[starts.back()] <= wrapWidth;
        if (fits) {
            if (breakable[l])
                lastCut = l;
            continue;
        }
        const std::size_t cut = breakable[l] ? l : lastCut;
        if (cut > starts.back()) { // else nowhere to break: the band grows past the width
            starts.push_back(cut);
            lastCut = cut;
        }
    }
    starts.push_back(columns);
    for (std::size_t b = 0; b + 1 < starts.size(); ++b)
        for (std::size_t l = starts[b]; l < starts[b + 1]; ++l)
            band[l] = static_cast<int>(b);
    return band;
}

} // namespace studio::core::layout
