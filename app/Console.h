#pragma once

#include "util/Problem.h"

#include <QString>

namespace studio::app {

// Writes `line` and a newline to standard output or standard error, in UTF-8, flushed.
void printOut(const QString& line);
void printErr(const QString& line);

// Says `message` as a usage error of `sdstudio COMMAND` and how to get its help; returns
// kExitUsage.
int printUsageError(const QString& command, const QString& message);

// Writes each problem as "FILE: PLACE: MESSAGE" to standard error; returns kExitFailed.
int printProblems(const QString& file, const core::Problems& problems);

} // namespace studio::app
