#include "estimate/RedisSlot.h"

#include "estimate/Checksums.h"

#include <cmath>
#include <cstdio>

namespace studio::core::estimate {

namespace {

// The length of the well-formed UTF-8 sequence at `text[i]` (1 to 4), or 0.
std::size_t utf8Length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    unsigned min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > text.size())
        return 0;
    unsigned code = lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return code >= min && code <= 0x10FFFF && !surrogate ? length : 0;
}

// The key as a formula shows it: its bytes as given, each byte that is not printable text
// (a control byte, malformed UTF-8) as \xHH, so the line stays one line of valid text.
std::string shownKey(std::string_view key) {
    std::string shown;
    for (std::size_t i = 0; i < key.size();) {
        const auto byte = static_cast<unsigned char>(key[i]);
        if (byte >= 0x20 && byte < 0x7F && byte != '\\') {
            shown += key[i++];
            continue;
        }
        if (const std::size_t length = byte >= 0x80 ? utf8Length(key, i) : 0) {
            shown.append(key.substr(i, length));
            i += length;
            continue;
        }
        char hex[5];
        std::snprintf(hex, sizeof hex, "\\x%02X", static_cast<unsigned>(byte));
        shown += hex;
        ++i;
    }
    return shown;
}

} // namespace

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
                    {shownKey(hashed)}});
    result.formula.push_back(
        Message{"Estimate",
                SDS_TRANSLATE_NOOP("Estimate", "CRC16/XMODEM(\"%1\") = %2 = %3; %3 mod 16384 = %4"),
                {shownKey(hashed), hex, std::to_string(crc), std::to_string(slot)}});
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
