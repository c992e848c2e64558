#pragma once

#include "Command.h"

namespace studio::app {

// The design library from the command line; every one takes `--db PATH` (default:
// defaultLibraryPath()). Exit status: 0 done; 1 the library cannot be opened or written (busy,
// read-only, corrupt, newer, disk full), a file cannot be read or written, a design fails
// validation or an id is unknown, with the reason on standard error and the library
// unchanged; 2 a bad command line.
//   sdstudio library list [--json]                   the designs, most recently changed first
//   sdstudio library import FILE [--name NAME]       adds a design file; prints its id
//   sdstudio library export ID -o FILE               writes a design to a file
Command libraryListCommand();
Command libraryImportCommand();
Command libraryExportCommand();

} // namespace studio::app
