#pragma once

#include "util/Result.h"

#include <cstddef>
#include <istream>
#include <optional>
#include <string>
#include <string_view>

namespace studio::core {

// The text of the first PNG text chunk (tEXt, zTXt or iTXt) whose keyword is `keyword`, read
// from `in` (a seekable stream positioned anywhere; the PNG starts at its beginning) by walking
// the chunks from the signature to IEND, without decoding the image: no pixel limit applies.
// The text comes back in UTF-8 (tEXt and zTXt hold Latin-1 and are converted). Nothing when
// the PNG is whole and has no such chunk. Fails, naming the chunk and its byte offset, when the
// stream is not a PNG, ends before IEND or inside a chunk, a chunk's length is impossible, the
// keyword's chunk fails its CRC or does not inflate, or its text (compressed or inflated)
// exceeds `maxTextBytes`. Only the keyword's chunk is checked against its CRC: the image's
// chunks are skipped, not read.
Result<std::optional<std::string>> readPngText(std::istream& in, std::string_view keyword,
                                               std::size_t maxTextBytes);

// One PNG chunk as file bytes: length (big-endian), `type` (4 letters), `data`, CRC-32.
std::string pngChunk(std::string_view type, std::string_view data);

// An iTXt chunk holding `utf8Text` under `keyword` (1-79 Latin-1 characters), compressed with
// zlib at `level` (1-9) or stored as it is when `level` is 0.
std::string pngInternationalTextChunk(std::string_view keyword, std::string_view utf8Text,
                                      int level);

} // namespace studio::core
