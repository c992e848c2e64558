#pragma once

#include "model/Design.h"

#include <string>

namespace studio::widgets::test {

// A small design built in code: a client, a load balancer, a service with a cache and a
// sharded database, a queue with workers, a note; zones nested two deep; every link mode,
// and two links between the same two components.
core::Design sampleDesign();

// The example design shipped with the sources.
std::string exampleDesignPath();

} // namespace studio::widgets::test
