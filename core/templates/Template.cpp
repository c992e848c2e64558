#include "templates/Template.h"

namespace studio::core {

const std::vector<std::string>& rubricQuantities() {
    static const std::vector<std::string> quantities = {
        "read_rps",
        "write_rps",
        "peak_rps",
        "storage_bytes",
        "concurrent_connections",
        "bandwidth_bytes_per_second",
    };
    return quantities;
}

const char* checkTypeName(const RubricCheck& check) {
    static constexpr const char* kNames[] = {"kind_present", "path", "link_mode", "property_range",
                                             "estimate"};
    return kNames[check.index()];
}

} // namespace studio::core
