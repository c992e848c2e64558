#pragma once

namespace studio::app {

// For headless commands: Qt's and its plugins' own lines ("libpng error: ...",
// "qt.gui.imageio: ...", "QStandardPaths: ...") are not the command's output and must not come
// before or instead of its message. Drops Qt's debug, info and warning messages; a critical or
// fatal one is printed as "sdstudio: Qt: MESSAGE". Set SDSTUDIO_QT_MESSAGES=1 to see them all.
// Call before the application object exists.
void quietQtMessages();

} // namespace studio::app
