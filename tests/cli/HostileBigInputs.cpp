#include "HostileBigInputs.h"

#include "TextChecks.h"

#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>

namespace studio::cli::test {

namespace fs = std::filesystem;

namespace {

// CRC-32 as PNG chunks use it (ISO 3309), bit by bit: the inputs are small.
std::uint32_t crc32(std::string_view bytes) {
    std::uint32_t crc = 0xffffffffu;
    for (unsigned char byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

std::string bigEndian(std::uint32_t value) {
    return {static_cast<char>(value >> 24), static_cast<char>(value >> 16 & 0xff),
            static_cast<char>(value >> 8 & 0xff), static_cast<char>(value & 0xff)};
}

std::string pngChunk(const std::string& type, const std::string& data) {
    return bigEndian(static_cast<std::uint32_t>(data.size())) + type + data +
           bigEndian(crc32(type + data));
}

// The 1x1 PNG of no-design.png with `chunk` after its IHDR (8 bytes signature, 25 IHDR).
std::string pngWith(const fs::path& data, const std::string& chunk) {
    std::string png = readFile(data / "no-design.png");
    return png.insert(33, chunk);
}

// Deflate bits, least significant first; Huffman codes most significant first (RFC 1951).
class BitWriter {
public:
    void put(std::uint32_t value, int count) {
        for (int i = 0; i < count; ++i)
            push(value >> i & 1u);
    }
    void putCode(std::uint32_t code, int length) {
        for (int i = length - 1; i >= 0; --i)
            push(code >> i & 1u);
    }
    const std::string& bytes() const { return bytes_; }

private:
    void push(std::uint32_t bit) {
        if (used_ % 8 == 0)
            bytes_.push_back('\0');
        bytes_.back() = static_cast<char>(bytes_.back() | bit << (used_ % 8));
        ++used_;
    }
    std::string bytes_;
    std::size_t used_ = 0;
};

// A zlib stream that inflates to `spaces` spaces (a zip bomb, 13 bits for every 258 bytes):
// one fixed-Huffman block, a literal ' ', then copies of 258 bytes at distance 1.
std::string zlibBomb(std::uint64_t spaces) {
    const std::uint64_t copies = (spaces - 1) / 258;
    spaces = 1 + copies * 258;
    BitWriter bits;
    bits.put(1, 1);              // the last block
    bits.put(1, 2);              // fixed Huffman codes
    bits.putCode(0x30 + ' ', 8); // the literal
    for (std::uint64_t i = 0; i < copies; ++i) {
        bits.putCode(0xc0 + 5, 8); // length 258 (code 285)
        bits.putCode(0, 5);        // distance 1 (code 0)
    }
    bits.putCode(0, 7); // end of block
    // Adler-32 of the spaces: a = 1 + 32n, b = n + 32 n (n + 1) / 2, both mod 65521.
    const std::uint64_t a = (1 + 32 * spaces) % 65521;
    const std::uint64_t b = (spaces + 32 * (spaces * (spaces + 1) / 2)) % 65521;
    return std::string("\x78\x01", 2) + bits.bytes() +
           bigEndian(static_cast<std::uint32_t>(b << 16 | a));
}

void writeFile(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

// valid.json with `from` replaced by `to` (the line and column in cases.tsv follow from it).
std::string validWith(const fs::path& data, const std::string& from, const std::string& to) {
    std::string text = readFile(data / "valid.json");
    return text.replace(text.find(from), from.size(), to);
}

} // namespace

void writeBigInputs(const fs::path& folder, const fs::path& data) {
    constexpr int kLevels = 50'000; // issue 14's crash needed about this many
    const std::string deepName =
        validWith(data, "\"name\": \"Tiny\"",
                  "\"name\": " + std::string(kLevels, '[') + std::string(kLevels, ']'));
    writeFile(folder / "deep-name.json", deepName);
    std::string nested;
    for (int i = 0; i < kLevels; ++i)
        nested += "{\"a\":";
    nested += "1" + std::string(kLevels, '}');
    writeFile(folder / "deep-property.json",
              validWith(data, "\"instances\": 3", "\"instances\": 3, \"extra\": " + nested));
    writeFile(folder / "deep-unclosed.json", std::string(2 * kLevels, '['));
    writeFile(folder / "deep-design.png",
              pngWith(data, pngChunk("tEXt", std::string("sdstudio-design", 16) + deepName)));
    // 65 MB, one over the limit: sparse, so cheap to write.
    writeFile(folder / "too-big.json", "{");
    fs::resize_file(folder / "too-big.json", 65u << 20);
    // zTXt: keyword, NUL, method 0 (zlib); 80 MB of spaces in about 530 KB.
    writeFile(folder / "bomb.png",
              pngWith(data, pngChunk("zTXt", std::string("sdstudio-design\0\0", 17) +
                                                 zlibBomb(80u << 20))));
}

} // namespace studio::cli::test
