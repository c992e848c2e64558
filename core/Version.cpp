#include "Version.h"

namespace studio::core {

const char* studioVersion() {
    return STUDIO_VERSION;
}

} // namespace studio::core
