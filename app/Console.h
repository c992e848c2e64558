#pragma once

#include "util/Problem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <string>

namespace studio::app {

// Writes `line` and a newline to standard output or standard error, in UTF-8. Control
// characters other than newline and tab are written escaped (\x1b), so a name in a file
// cannot send the terminal escape sequences or a NUL.
void printOut(const QString& line);
void printErr(const QString& line);

// `text` (a name, an id, a problem: text from a file) on one line: every control character
// but tab, newline included, escaped as \n or \xHH.
QString printable(const QString& text);
QString printable(const std::string& text);

// A table's line: the first cell left-justified to its width, the others right-justified,
// one space apart.
QString tableRow(const QStringList& cells, const QList<int>& widths);

// Says `message` as a usage error of `sdstudio COMMAND` and how to get its help; returns
// kExitUsage.
int printUsageError(const QString& command, const QString& message);

// Writes each problem as "FILE: PLACE: MESSAGE" (printable) to standard error; returns
// kExitFailed.
int printProblems(const QString& file, const core::Problems& problems);

} // namespace studio::app
