#pragma once

#include <QByteArray>
#include <QString>

namespace studio::widgets {

// Writes `bytes` (a whole exported file) to `path` through a temporary file beside it and a
// rename, so on failure whatever was at `path` is left as it was. A `path` that exists and is
// not a regular file (a directory, a device, a pipe) is refused, never replaced. Returns an
// error text naming `path` and why, in the system's words for a failed write ("No space left
// on device"); empty on success.
QString writeExportFile(const QString& path, const QByteArray& bytes);

// "Cannot write PATH: REASON", the words of every export error.
QString cannotWriteExport(const QString& path, const QString& reason);

} // namespace studio::widgets
