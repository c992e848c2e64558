// libFuzzer target: a design file's text through everything the command line does with it
// (parse, validate, solve, write back). Any crash, sanitizer report or hang is a defect.
#include "format/DesignJson.h"
#include "format/Validator.h"
#include "solver/Solver.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace studio::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    auto design = designFromJson(text);
    if (!design)
        return 0;
    (void)designToJson(design.value());
    if (!validateDesign(design.value()).empty())
        return 0;
    (void)solver::solveDesign(design.value());
    return 0;
}
