#pragma once

#include "estimate/Calculation.h"
#include "util/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace studio::core::estimate {

struct RingNode {
    std::string name;
    std::uint64_t position = 0;
};

// A consistent-hash ring of positions 0..size-1. A key belongs to the first node clockwise
// from its position (the node at the same or the next higher position, wrapping past
// size-1 to the lowest).
class HashRing {
public:
    explicit HashRing(std::uint64_t size)
        : m_size(size) {}

    std::uint64_t size() const { return m_size; }
    const std::vector<RingNode>& nodes() const { return m_nodes; } // by position

    // Adds a node; false (and no change) when its name or its position is taken or the
    // position is off the ring.
    bool add(RingNode node);
    // Removes the node called `name`; false when there is none.
    bool remove(std::string_view name);

    // The owner of `position`; nullptr on an empty ring.
    const RingNode* owner(std::uint64_t position) const;

private:
    std::uint64_t m_size;
    std::vector<RingNode> m_nodes;
};

// A string key's position: CRC-32 (zlib's) of its bytes mod `size`.
std::uint64_t ringPosition(std::string_view key, std::uint64_t size);

// Positions (from, to], clockwise, whose owner differs between two rings of the same size.
struct MovedArc {
    std::uint64_t from = 0;
    std::uint64_t to = 0;
    std::uint64_t positions = 0; // how many positions the arc holds
    std::string before;
    std::string after;
};
std::vector<MovedArc> movedArcs(const HashRing& before, const HashRing& after);

// The ring calculator's question. Keys are positions ("250") or names hashed with
// ringPosition ("user-1"). Nodes are "A:100" or "A=100" (a position) or "A" (hashed).
struct RingQuestion {
    std::uint64_t size = 1024;
    std::vector<std::string> nodes;
    std::vector<std::string> keys;
    std::string add;    // a node joining, or empty
    std::string remove; // a node leaving, or empty
};

// For each key: position:KEY and owner:KEY (and owner_after:KEY when a node joins or
// leaves); moved_positions, moved_fraction and moved_keys. Problems name the input keys
// nodes, keys, add, remove.
Result<Calculation> consistentHashing(const RingQuestion& question);

} // namespace studio::core::estimate
