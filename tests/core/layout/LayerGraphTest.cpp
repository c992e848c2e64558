// The layered drawing of a plain graph: columns, cycles, rigid edges, no overlaps.
#include "layout/LayerGraph.h"

#include <gtest/gtest.h>

using namespace studio::core::layout;

namespace {

LayerNode box(NodeRole role = NodeRole::Plain, double hint = 0) {
    return {100, 50, role, hint};
}

bool overlap(const Point& a, const LayerNode& na, const Point& b, const LayerNode& nb) {
    return a.x < b.x + nb.width && b.x < a.x + na.width && a.y < b.y + nb.height &&
           b.y < a.y + na.height;
}

void expectNoOverlap(const std::vector<LayerNode>& nodes, const std::vector<Point>& at) {
    for (std::size_t i = 0; i < nodes.size(); ++i)
        for (std::size_t j = i + 1; j < nodes.size(); ++j)
            EXPECT_FALSE(overlap(at[i], nodes[i], at[j], nodes[j])) << i << " and " << j;
}

} // namespace

TEST(LayerGraph, AChainGoesLeftToRightWithRoomForLabels) {
    const std::vector<LayerNode> nodes = {box(), box(), box()};
    const LayerSpacing spacing;
    const auto at = layerGraph(nodes, {{0, 1}, {1, 2}}, spacing);
    ASSERT_EQ(at.size(), 3u);
    EXPECT_DOUBLE_EQ(at[0].x, 0);
    EXPECT_GE(at[1].x - (at[0].x + 100), spacing.layerGap);
    EXPECT_GE(at[2].x - (at[1].x + 100), spacing.layerGap);
    EXPECT_DOUBLE_EQ(at[0].y, at[1].y) << "a chain is drawn straight";
    EXPECT_DOUBLE_EQ(at[1].y, at[2].y);
}

TEST(LayerGraph, SiblingsShareAColumnWithoutOverlapping) {
    std::vector<LayerNode> nodes = {box()};
    std::vector<LayerEdge> edges;
    for (std::size_t i = 1; i <= 5; ++i) {
        nodes.push_back(box(NodeRole::Plain, static_cast<double>(i)));
        edges.push_back({0, i});
    }
    const auto at = layerGraph(nodes, edges);
    for (std::size_t i = 2; i <= 5; ++i)
        EXPECT_DOUBLE_EQ(at[i].x, at[1].x);
    expectNoOverlap(nodes, at);
    const double parentCentre = at[0].y + 25;
    EXPECT_GT(parentCentre, at[1].y) << "the caller sits among its callees";
    EXPECT_LT(parentCentre, at[5].y + 50);
}

TEST(LayerGraph, ACycleIsBrokenAndTheClientStaysFirst) {
    // client -> a -> b -> c -> a
    const std::vector<LayerNode> nodes = {box(NodeRole::Source), box(), box(), box()};
    const auto at = layerGraph(nodes, {{0, 1, true}, {1, 2}, {2, 3}, {3, 1}});
    EXPECT_LT(at[0].x, at[1].x);
    EXPECT_LT(at[1].x, at[2].x);
    EXPECT_LT(at[2].x, at[3].x) << "the edge closing the cycle is the one turned round";
    expectNoOverlap(nodes, at);
}

TEST(LayerGraph, RigidEdgesKeepTheirDirectionInACycle) {
    // a -> store (rigid), store -> a (not): the store must end up right of a, whichever edge
    // comes first.
    const std::vector<LayerNode> nodes = {box(NodeRole::Store), box()};
    const auto at = layerGraph(nodes, {{0, 1}, {1, 0, true}});
    EXPECT_GT(at[0].x, at[1].x);
}

TEST(LayerGraph, UnlinkedNodesGoUnderTheRest) {
    const std::vector<LayerNode> nodes = {box(), box(), box(), box()};
    const auto at = layerGraph(nodes, {{0, 1}});
    EXPECT_GE(at[2].y, 50.0);
    EXPECT_GE(at[3].y, 50.0);
    expectNoOverlap(nodes, at);
}

TEST(LayerGraph, OnlyUnlinkedNodesMakeAGrid) {
    const std::vector<LayerNode> nodes(9, box());
    const auto at = layerGraph(nodes, {});
    expectNoOverlap(nodes, at);
    double right = 0, bottom = 0;
    for (const auto& p : at) {
        right = std::max(right, p.x + 100);
        bottom = std::max(bottom, p.y + 50);
    }
    EXPECT_LT(right, 9 * 100.0) << "not one long row";
    EXPECT_LT(bottom, 9 * 50.0) << "not one long column";
}

TEST(LayerGraph, LongEdgesAndCrossingsStillGiveNoOverlap) {
    std::vector<LayerNode> nodes;
    std::vector<LayerEdge> edges;
    for (std::size_t i = 0; i < 60; ++i)
        nodes.push_back({80.0 + static_cast<double>(i % 4) * 20,
                         40.0 + static_cast<double>(i % 3) * 15, NodeRole::Plain,
                         static_cast<double>((i * 37) % 60)});
    for (std::size_t i = 0; i < 60; ++i) {
        edges.push_back({i, (i * 7 + 3) % 60});
        edges.push_back({i, (i + 11) % 60});
    }
    const auto at = layerGraph(nodes, edges);
    expectNoOverlap(nodes, at);
    const auto again = layerGraph(nodes, edges);
    for (std::size_t i = 0; i < at.size(); ++i) {
        EXPECT_EQ(at[i].x, again[i].x) << "deterministic";
        EXPECT_EQ(at[i].y, again[i].y);
    }
}

namespace {

// A chain of `count` boxes, the first a client.
std::vector<Point> chain(std::size_t count, const LayerSpacing& spacing,
                         std::vector<LayerNode>& nodes) {
    nodes.assign(count, box());
    nodes[0].role = NodeRole::Source;
    std::vector<LayerEdge> edges;
    for (std::size_t i = 0; i + 1 < count; ++i)
        edges.push_back({i, i + 1, i == 0});
    return layerGraph(nodes, edges, spacing);
}

} // namespace

TEST(LayerGraph, AChainWiderThanTheWrapWidthGoesOnInBandsBelow) {
    LayerSpacing spacing;
    spacing.wrapWidth = 1000; // a column is 100 wide, 140 apart: four columns to a band
    std::vector<LayerNode> nodes;
    const auto at = chain(12, spacing, nodes);
    expectNoOverlap(nodes, at);
    double right = 0;
    for (std::size_t i = 0; i < at.size(); ++i)
        right = std::max(right, at[i].x + nodes[i].width);
    EXPECT_LE(right, spacing.wrapWidth);
    // Each band starts at the left, below the one before, by the band gap.
    EXPECT_DOUBLE_EQ(at[4].x, 0);
    EXPECT_DOUBLE_EQ(at[4].y, at[3].y + nodes[3].height + spacing.bandGap);
    EXPECT_DOUBLE_EQ(at[8].x, 0);
    EXPECT_GT(at[8].y, at[4].y);
}

TEST(LayerGraph, NoWrapWidthKeepsOneRow) {
    LayerSpacing spacing;
    spacing.wrapWidth = 0;
    std::vector<LayerNode> nodes;
    const auto at = chain(12, spacing, nodes);
    for (const Point& p : at)
        EXPECT_DOUBLE_EQ(p.y, at[0].y);
    EXPECT_GT(at[11].x, 2000);
}

TEST(LayerGraph, AClientNeverEndsABand) {
    LayerSpacing spacing;
    spacing.wrapWidth = 200; // room for one column only
    std::vector<LayerNode> nodes;
    const auto at = chain(4, spacing, nodes);
    EXPECT_DOUBLE_EQ(at[1].y, at[0].y) << "what the client calls stays in its band";
    EXPECT_GT(at[1].x, at[0].x + nodes[0].width);
    EXPECT_GT(at[2].y, at[1].y) << "the rest wraps";
}
