#pragma once

namespace studio::core {

// The studio's version, "MAJOR.MINOR.PATCH", from the top-level CMake project.
const char* studioVersion();

} // namespace studio::core
