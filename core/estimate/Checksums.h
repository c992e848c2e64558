#pragma once

#include <cstdint>
#include <string_view>

namespace studio::core::estimate {

// CRC-16/XMODEM (polynomial 0x1021, initial 0, not reflected), the CRC16 of Redis Cluster:
// crc16Xmodem("123456789") == 0x31C3.
std::uint16_t crc16Xmodem(std::string_view bytes);

// CRC-32 as zlib and Ethernet compute it (IEEE, reflected, polynomial 0xEDB88320):
// crc32("123456789") == 0xCBF43926.
std::uint32_t crc32(std::string_view bytes);

} // namespace studio::core::estimate
