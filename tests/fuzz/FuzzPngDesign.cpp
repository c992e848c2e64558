// libFuzzer target: a PNG file's bytes through the design-chunk reader (the chunk walk, CRC,
// inflate with its cap), then the design it holds through the design reader.
#include "format/DesignJson.h"
#include "format/PngChunks.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

using namespace studio::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::istringstream png(std::string(reinterpret_cast<const char*>(data), size));
    const auto text = readPngText(png, "sdstudio-design", std::size_t(1) << 20);
    if (text && text.value())
        (void)designFromJson(*text.value());
    return 0;
}
