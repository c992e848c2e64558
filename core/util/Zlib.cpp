#include "util/Zlib.h"

#include <zlib.h>

namespace studio::core {

namespace {

constexpr std::size_t kInflateStep = 1u << 16;

} // namespace

Inflated inflateText(std::string_view compressed, std::size_t maxBytes) {
    Inflated result;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) {
        result.damaged = true;
        return result;
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    stream.avail_in = static_cast<uInt>(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        if (result.text.size() > maxBytes) {
            result.tooLarge = true;
            break;
        }
        const std::size_t done = result.text.size();
        result.text.resize(done + kInflateStep);
        stream.next_out = reinterpret_cast<Bytef*>(result.text.data() + done);
        stream.avail_out = static_cast<uInt>(kInflateStep);
        status = inflate(&stream, Z_NO_FLUSH);
        result.text.resize(done + kInflateStep - stream.avail_out);
    }
    inflateEnd(&stream);
    if (!result.tooLarge && result.text.size() > maxBytes)
        result.tooLarge = true;
    // Z_BUF_ERROR: the input ended before the stream did.
    if (!result.tooLarge && status != Z_STREAM_END)
        result.damaged = true;
    return result;
}

std::string deflateText(std::string_view text) {
    uLongf size = compressBound(static_cast<uLong>(text.size()));
    std::string out(size, '\0');
    compress2(reinterpret_cast<Bytef*>(out.data()), &size,
              reinterpret_cast<const Bytef*>(text.data()), static_cast<uLong>(text.size()),
              Z_DEFAULT_COMPRESSION);
    out.resize(size);
    return out;
}

} // namespace studio::core
