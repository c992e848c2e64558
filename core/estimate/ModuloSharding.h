#pragma once

#include "estimate/Calculation.h"

#include <cstdint>

namespace studio::core::estimate {

// The share of all keys that change shard when `key mod from` becomes `key mod to`: a key
// stays only when both remainders agree, which holds for min(from, to) of every lcm(from, to)
// consecutive keys. 4 -> 5 shards moves 80% of the keys.
double moduloMovedFraction(std::uint64_t from, std::uint64_t to);

// shard = key mod shards; with newShards > 0 also shard_after and moved_fraction.
Calculation moduloSharding(std::uint64_t key, std::uint64_t shards, std::uint64_t newShards);

} // namespace studio::core::estimate
