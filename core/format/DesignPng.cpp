#include "format/DesignPng.h"

#include "format/PngChunks.h"
#include "format/Validator.h"

#include <array>
#include <filesystem>
#include <fstream>

namespace studio::core {

namespace {

constexpr std::array<char, 8> kPngSignature = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
// As much as a design file may hold (format/DesignFile.cpp): any design that saves reopens.
constexpr std::size_t kMaxPngDesignBytes = 64u << 20;

} // namespace

bool isPngFile(const std::string& path) {
    std::error_code error;
    // Opening a pipe would wait for a writer.
    if (!std::filesystem::is_regular_file(path, error))
        return false;
    std::array<char, kPngSignature.size()> start{};
    std::ifstream in(path, std::ios::binary);
    return in.read(start.data(), start.size()) && start == kPngSignature;
}

Result<Design> designFromPng(std::istream& in, const Catalog& catalog) {
    // The chunks are walked, the pixels never decoded: no image is too large to reopen.
    const auto text = readPngText(in, kPngDesignKey, kMaxPngDesignBytes);
    if (!text)
        return text.problems();
    if (!text.value())
        return makeProblem({}, "Validation",
                           SDS_TRANSLATE_NOOP("Validation",
                                              "holds no design: only PNG images exported by "
                                              "System Design Studio carry one"));
    return validDesignFromJson(*text.value(), catalog);
}

} // namespace studio::core
