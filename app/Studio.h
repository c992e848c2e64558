#pragma once

#include <QStringList>

namespace studio::app {

// Sets the application's name and version (for settings, help and the about box).
void describeApplication();

// Whether the studio has a display to open on: DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM
// set (always true off Linux and the BSDs).
bool hasDisplay();

// Opens the studio (without a display: one line on standard error, kExitFailed): creates the
// QApplication, installs the translations for the system's language, opens the design library
// (`libraryPath`, or the default one), shows the main window and opens `files` in it. Returns the
// exit status.
int runStudio(int& argc, char** argv, const QStringList& files, const QString& libraryPath);

} // namespace studio::app
