#include "format/PngChunks.h"

#include "util/Zlib.h"

#include <zlib.h>

#include <array>
#include <cstdint>

namespace studio::core {

namespace {

constexpr const char* kContext = "Validation";
constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
constexpr std::uint32_t kMaxChunkLength = 0x7fffffffu; // the PNG specification's limit
constexpr std::size_t kMaxKeywordBytes = 79;

Problem pngProblem(const char* templ, std::vector<std::string> args = {}) {
    return makeProblem({}, kContext, templ, std::move(args));
}

std::uint32_t bigEndian(const char* bytes) {
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value = value << 8 | static_cast<unsigned char>(bytes[i]);
    return value;
}

void appendBigEndian(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>(value >> shift & 0xff));
}

std::uint32_t chunkCrc(std::string_view type, std::string_view data) {
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(type.data()), static_cast<uInt>(type.size()));
    // zlib takes at most 4 GB at once; a chunk holds at most 2 GB.
    crc = crc32(crc, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size()));
    return static_cast<std::uint32_t>(crc);
}

bool isChunkType(std::string_view type) {
    for (char c : type)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            return false;
    return true;
}

bool isTextChunk(std::string_view type) {
    return type == "tEXt" || type == "zTXt" || type == "iTXt";
}

std::string latin1ToUtf8(std::string_view latin1) {
    std::string utf8;
    utf8.reserve(latin1.size());
    for (char c : latin1) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            utf8.push_back(c);
        } else {
            utf8.push_back(static_cast<char>(0xc0 | byte >> 6));
            utf8.push_back(static_cast<char>(0x80 | (byte & 0x3f)));
        }
    }
    return utf8;
}

// Where a chunk is, for messages: `zTXt chunk at byte 33`.
std::string describeChunk(std::string_view type, std::uint64_t offset) {
    return std::string(type) + " chunk at byte " + std::to_string(offset);
}

// The text a text chunk's data holds after its keyword and separator (`rest`), in UTF-8;
// nothing with `problem` set when it is damaged or too large.
std::optional<std::string> chunkText(std::string_view type, std::string_view rest,
                                     const std::string& where, std::size_t maxTextBytes,
                                     std::optional<Problem>& problem) {
    const auto damaged = [&] {
        problem = pngProblem(
            SDS_TRANSLATE_NOOP("Validation", "is a damaged PNG image: its %1 is malformed"),
            {where});
        return std::nullopt;
    };
    const auto inflated = [&](std::string_view compressed) -> std::optional<std::string> {
        Inflated text = inflateText(compressed, maxTextBytes);
        if (text.tooLarge) {
            problem = pngProblem(
                SDS_TRANSLATE_NOOP("Validation",
                                   "its %1 inflates to more than %2 MB, more than a design holds"),
                {where, std::to_string(maxTextBytes >> 20)});
            return std::nullopt;
        }
        if (text.damaged) {
            problem = pngProblem(
                SDS_TRANSLATE_NOOP("Validation",
                                   "is a damaged PNG image: the compressed text of its %1 does "
                                   "not inflate"),
                {where});
            return std::nullopt;
        }
        return std::move(text.text);
    };
    if (type == "tEXt")
        return latin1ToUtf8(rest);
    if (type == "zTXt") {
        if (rest.empty() || rest.front() != 0) // compression method 0 (zlib) is the only one
            return damaged();
        auto text = inflated(rest.substr(1));
        if (!text)
            return std::nullopt;
        return latin1ToUtf8(*text);
    }
    // iTXt: compression flag, method, language tag, NUL, translated keyword, NUL, UTF-8 text.
    if (rest.size() < 2 || static_cast<unsigned char>(rest[0]) > 1 || rest[1] != 0)
        return damaged();
    const bool compressed = rest[0] == 1;
    const std::size_t language = rest.find('\0', 2);
    const std::size_t translated =
        language == std::string_view::npos ? language : rest.find('\0', language + 1);
    if (translated == std::string_view::npos)
        return damaged();
    const std::string_view text = rest.substr(translated + 1);
    if (compressed)
        return inflated(text);
    return std::string(text);
}

} // namespace

Result<std::optional<std::string>> readPngText(std::istream& in, std::string_view keyword,
                                               std::size_t maxTextBytes) {
    in.clear();
    in.seekg(0, std::ios::end);
    const std::streamoff end = in.tellg();
    in.seekg(0, std::ios::beg);
    if (end < 0 || !in)
        return pngProblem(SDS_TRANSLATE_NOOP("Validation", "cannot be read"));
    const auto size = static_cast<std::uint64_t>(end);

    std::array<char, 8> header{};
    if (!in.read(header.data(), 8) || std::string_view(header.data(), 8) != kSignature)
        return pngProblem(SDS_TRANSLATE_NOOP("Validation", "is not a PNG image"));

    // The text found; the walk goes on to IEND, so a file cut short is still found damaged.
    std::optional<std::string> found;
    std::uint64_t offset = kSignature.size();
    for (bool first = true;; first = false) {
        if (offset + 8 > size)
            return pngProblem(
                SDS_TRANSLATE_NOOP("Validation",
                                   "is a damaged or truncated PNG image: it ends at byte %1, "
                                   "before its IEND chunk"),
                {std::to_string(size)});
        in.seekg(static_cast<std::streamoff>(offset));
        if (!in.read(header.data(), 8))
            return pngProblem(SDS_TRANSLATE_NOOP("Validation", "cannot be read"));
        const std::uint32_t length = bigEndian(header.data());
        const std::string type(header.data() + 4, 4);
        if (!isChunkType(type) || length > kMaxChunkLength || (first && type != "IHDR"))
            return pngProblem(
                SDS_TRANSLATE_NOOP("Validation",
                                   "is a damaged PNG image: no valid chunk at byte %1"),
                {std::to_string(offset)});
        const std::string where = describeChunk(type, offset);
        if (offset + 12 + length > size)
            return pngProblem(SDS_TRANSLATE_NOOP("Validation",
                                                 "is a damaged or truncated PNG image: it ends "
                                                 "at byte %1, inside its %2"),
                              {std::to_string(size), where});
        if (type == "IEND")
            return found;
        const std::uint64_t next = offset + 12 + length;
        if (found || !isTextChunk(type)) {
            offset = next;
            continue;
        }
        // The keyword first: other text chunks are skipped unread.
        std::string data(std::min<std::size_t>(length, kMaxKeywordBytes + 1), '\0');
        if (!in.read(data.data(), static_cast<std::streamsize>(data.size())))
            return pngProblem(SDS_TRANSLATE_NOOP("Validation", "cannot be read"));
        const std::size_t separator = data.find('\0');
        if (separator == std::string::npos || data.substr(0, separator) != keyword) {
            offset = next;
            continue;
        }
        const std::string textWhere = "\"" + std::string(keyword) + "\" " + where;
        if (length > maxTextBytes)
            return pngProblem(
                SDS_TRANSLATE_NOOP("Validation",
                                   "its %1 holds %2 MB, more than a design holds (%3 MB)"),
                {textWhere, std::to_string(length >> 20), std::to_string(maxTextBytes >> 20)});
        const std::size_t head = data.size();
        data.resize(length);
        if (!in.read(data.data() + head, static_cast<std::streamsize>(length - head)) ||
            !in.read(header.data(), 4))
            return pngProblem(SDS_TRANSLATE_NOOP("Validation", "cannot be read"));
        if (bigEndian(header.data()) != chunkCrc(type, data))
            return pngProblem(SDS_TRANSLATE_NOOP("Validation",
                                                 "is a damaged PNG image: its %1 fails its "
                                                 "checksum (CRC), so the design in it is not "
                                                 "trusted"),
                              {textWhere});
        std::optional<Problem> problem;
        std::optional<std::string> text = chunkText(
            type, std::string_view(data).substr(separator + 1), textWhere, maxTextBytes, problem);
        if (problem)
            return *problem;
        found = std::move(text);
        offset = next;
    }
}

std::string pngChunk(std::string_view type, std::string_view data) {
    std::string chunk;
    chunk.reserve(data.size() + 12);
    appendBigEndian(chunk, static_cast<std::uint32_t>(data.size()));
    chunk.append(type);
    chunk.append(data);
    appendBigEndian(chunk, chunkCrc(type, data));
    return chunk;
}

std::string pngInternationalTextChunk(std::string_view keyword, std::string_view utf8Text,
                                      int level) {
    std::string data(keyword);
    data.push_back('\0');
    data.push_back(level > 0 ? '\1' : '\0'); // compression flag
    data.push_back('\0');                    // method: zlib
    data.push_back('\0');                    // no language tag
    data.push_back('\0');                    // no translated keyword
    if (level <= 0) {
        data.append(utf8Text);
        return pngChunk("iTXt", data);
    }
    uLongf bound = compressBound(static_cast<uLong>(utf8Text.size()));
    std::string compressed(bound, '\0');
    compress2(reinterpret_cast<Bytef*>(compressed.data()), &bound,
              reinterpret_cast<const Bytef*>(utf8Text.data()), static_cast<uLong>(utf8Text.size()),
              level);
    compressed.resize(bound);
    data.append(compressed);
    return pngChunk("iTXt", data);
}

} // namespace studio::core
