#pragma once

#include <QString>

namespace studio::app {

// The setting that names the library in place of the default (set when the studio starts a
// fresh library beside a corrupt one).
inline const QString kLibraryPathKey = QStringLiteral("library/path");

// The studio's own design library: the path the setting kLibraryPathKey holds, else
// `library.sqlite` in the per-user data folder (QStandardPaths::AppDataLocation, e.g.
// ~/.local/share/sdstudio/sdstudio on Linux), which is created if missing. Needs the
// application object (its name picks the folder and the settings). Empty when the system has
// no such location or the folder cannot be created. `--db PATH` overrides it; this is the one
// place that decides the default.
QString defaultLibraryPath();

} // namespace studio::app
