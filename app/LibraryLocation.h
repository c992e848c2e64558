#pragma once

#include <QString>

namespace studio::app {

// The studio's own design library: `library.sqlite` in the per-user data folder
// (QStandardPaths::AppDataLocation, e.g. ~/.local/share/sdstudio/sdstudio on Linux), which is
// created if missing. Needs the application object (its name picks the folder). Empty when
// the system has no such location or the folder cannot be created. `--db PATH` and the
// studio's own settings override it; this is the one place that decides the default.
QString defaultLibraryPath();

} // namespace studio::app
