#include "estimate/ModuloSharding.h"

#include "estimate/QuantityFormat.h"

#include <algorithm>
#include <numeric>

namespace studio::core::estimate {

double moduloMovedFraction(std::uint64_t from, std::uint64_t to) {
    // min / lcm = min x gcd / (from x to), in doubles so large shard counts do not overflow.
    const double staying = static_cast<double>(std::min(from, to)) *
                           static_cast<double>(std::gcd(from, to)) /
                           (static_cast<double>(from) * static_cast<double>(to));
    return 1 - staying;
}

Calculation moduloSharding(std::uint64_t key, std::uint64_t shards, std::uint64_t newShards) {
    const std::uint64_t shard = key % shards;
    Calculation result;
    result.calculator = "modulo";
    result.outputs = {{"shard", static_cast<double>(shard), Dimension::Count, "", 0, false}};
    result.formula = {
        Message{"Estimate",
                SDS_TRANSLATE_NOOP("Estimate", "%1 mod %2 = shard %3"),
                {std::to_string(key), std::to_string(shards), std::to_string(shard)}}};
    if (newShards > 0) {
        const std::uint64_t after = key % newShards;
        const double moved = moduloMovedFraction(shards, newShards);
        result.outputs.push_back(
            {"shard_after", static_cast<double>(after), Dimension::Count, "", 0, false});
        result.outputs.push_back({"moved_fraction", moved, Dimension::Fraction, "", 3, false});
        result.formula.push_back(
            Message{"Estimate",
                    SDS_TRANSLATE_NOOP("Estimate", "%1 mod %2 = shard %3"),
                    {std::to_string(key), std::to_string(newShards), std::to_string(after)}});
        const std::uint64_t lcm = std::lcm(shards, newShards);
        result.formula.push_back(Message{
            "Estimate",
            SDS_TRANSLATE_NOOP("Estimate", "from %1 to %2 shards: 1 - min(%1, %2) / lcm(%1, %2) "
                                           "= 1 - %3 / %4 = %5 of all keys move"),
            {std::to_string(shards), std::to_string(newShards),
             std::to_string(std::min(shards, newShards)), std::to_string(lcm),
             formatQuantity(moved, Dimension::Fraction)}});
    }
    return result;
}

} // namespace studio::core::estimate
