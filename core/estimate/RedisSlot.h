#pragma once

#include "estimate/Calculation.h"

#include <string>
#include <string_view>
#include <vector>

namespace studio::core::estimate {

inline constexpr int kRedisSlots = 16384;

// The part of `key` Redis Cluster hashes: the text between the first '{' and the first '}'
// after it when that is not empty ("{user1000}.following" -> "user1000"), else the key.
std::string_view redisHashedPart(std::string_view key);

// CRC16/XMODEM(hashed part) mod 16384: "foo" -> 12182, "bar" -> 5061, "hello" -> 866.
int redisSlot(std::string_view key);

// The slots of each master when `masters` split 16384 evenly as `redis-cli --cluster create`
// does (3 masters: 0-5460, 5461-10922, 10923-16383). Inclusive ranges.
struct SlotRange {
    int first = 0;
    int last = 0;
};
std::vector<SlotRange> redisSlotRanges(int masters);

// slot and crc16 of `key`; with masters > 0, also master (1-based) holding the slot.
Calculation redisSlotCalculation(const std::string& key, int masters);

} // namespace studio::core::estimate
