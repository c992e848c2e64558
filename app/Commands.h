#pragma once

#include "Command.h"

#include <vector>

namespace studio::app {

// Every headless subcommand, in the order `sdstudio --help` lists them. A new subcommand is
// one function returning its Command, added to the table in Commands.cpp.
const std::vector<Command>& commands();

// The subcommand called `name`, or nullptr.
const Command* findCommand(const QString& name);

} // namespace studio::app
