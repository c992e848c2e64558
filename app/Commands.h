#pragma once

#include "Command.h"

#include <vector>

namespace studio::app {

// Every headless subcommand, in the order `sdstudio --help` lists them. A new subcommand is
// one function returning its Command, added to the table in Commands.cpp.
const std::vector<Command>& commands();

// The subcommand called `name` ("validate", or "library list" for a command in a group), or
// nullptr.
const Command* findCommand(const QString& name);

// The second words of the commands in `group` ("list", "import"... for "library"), in table
// order; empty when `group` is not a group.
QStringList commandsInGroup(const QString& group);

} // namespace studio::app
