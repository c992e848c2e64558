#include "sim/RandomStream.h"

namespace studio::core::sim {

std::uint64_t hashId(std::string_view id) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (const char c : id) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001B3ull;
    }
    return h;
}

RandomStream::RandomStream(std::uint64_t runSeed, std::uint64_t replication, std::string_view id) {
    std::uint64_t mix = runSeed;
    std::uint64_t key = splitMix64(mix) ^ (replication * 0xD1B54A32D192ED03ull);
    key = splitMix64(key) ^ hashId(id);
    seed(key);
}

void RandomStream::seed(std::uint64_t seedValue) {
    std::uint64_t state = seedValue;
    for (auto& word : m_s)
        word = splitMix64(state);
}

} // namespace studio::core::sim
