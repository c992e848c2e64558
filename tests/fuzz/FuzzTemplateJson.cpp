// libFuzzer target: a template file's text (its design, rubric and checks).
#include "templates/TemplateJson.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    (void)studio::core::templateFromJson(text);
    return 0;
}
