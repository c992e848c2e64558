#pragma once

#include <QString>

namespace studio::app {

// Writes `line` and a newline to standard output or standard error, in UTF-8, flushed.
void printOut(const QString& line);
void printErr(const QString& line);

} // namespace studio::app
