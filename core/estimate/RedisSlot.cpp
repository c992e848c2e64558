#include "estimate/RedisSlot.h"

#include "estimate/Checksums.h"

#include <cmath>
#include <cstdio>

namespace studio::core::estimate {

std::string_view redisHashedPart(std::string_view key) {
    const auto open = key.find('{');
    if (open == std::string_view::npos)
        return key;
    const auto close = key.find('}', open + 1);
    if (close == std::string_view::npos || close == open + 1)
        return key;
    return key.substr(open + 1, close - open - 1);
}

int redisSlot(std::string_view key) {
    return crc16Xmodem(redisHashedPart(key)) % kRedisSlots;
}

std::vector<SlotRange> redisSlotRanges(int masters) {
    std::vector<SlotRange> ranges;
    const double perMaster = static_cast<double>(kRedisSlots) / masters;
    double cursor = 0;
    int first = 0;
    for (int i = 0; i < masters; ++i) {
        int last = static_cast<int>(std::lround(cursor + perMaster - 1));
        if (last > kRedisSlots - 1 || i == masters - 1)
            last = kRedisSlots - 1;
        if (last < first)
            last = first;
        ranges.push_back({first, last});
        first = last + 1;
        cursor += perMaster;
    }
    return ranges;
}

Calculation redisSlotCalculation(const std::string& key, int masters) {
    const std::string_view hashed = redisHashedPart(key);
    const std::uint16_t crc = crc16Xmodem(hashed);
    const int slot = crc % kRedisSlots;
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%04X", static_cast<unsigned>(crc));
    Calculation result;
    result.calculator = "slot";
    result.outputs = {
        {"slot", static_cast<double>(slot), Dimension::Count, "", 0, false},
        {"crc16", static_cast<double>(crc), Dimension::Count, "", 0, false},
    };
    if (hashed.size() != key.size())
        result.formula.push_back(
            Message{"Estimate",
                    SDS_TRANSLATE_NOOP("Estimate", "hash tag: only \"%1\" inside {...} is hashed"),
                    {std::string(hashed)}});
    result.formula.push_back(
        Message{"Estimate",
                SDS_TRANSLATE_NOOP("Estimate", "CRC16/XMODEM(\"%1\") = %2 = %3; %3 mod 16384 = %4"),
                {std::string(hashed), hex, std::to_string(crc), std::to_string(slot)}});
    if (masters > 0) {
        const auto ranges = redisSlotRanges(masters);
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            if (slot < ranges[i].first || slot > ranges[i].last)
                continue;
            result.outputs.push_back(
                {"master", static_cast<double>(i + 1), Dimension::Count, "", 0, false});
            result.formula.push_back(Message{
                "Estimate",
                SDS_TRANSLATE_NOOP("Estimate",
                                   "%1 masters split the slots evenly: slot %2 is on master %3 "
                                   "(slots %4-%5)"),
                {std::to_string(masters), std::to_string(slot), std::to_string(i + 1),
                 std::to_string(ranges[i].first), std::to_string(ranges[i].last)}});
        }
    }
    return result;
}

} // namespace studio::core::estimate
