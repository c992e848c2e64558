#pragma once

#include "Command.h"

namespace studio::app {

// `sdstudio validate FILE`: loads and validates a design file. Prints
// `FILE: valid design "NAME" (N components, M links)` and exits 0, or prints one
// `FILE: PLACE: MESSAGE` line per problem on standard error and exits 1.
Command validateCommand();

} // namespace studio::app
