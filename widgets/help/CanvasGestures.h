#pragma once

#include "widgets/help/MenuShortcuts.h"

namespace studio::widgets {

// What the canvas and the palette do with the mouse and the keys that no menu command
// covers (widgets/canvas/SceneInput and DesignView): adding, connecting, selecting, moving,
// resizing, renaming, zooming and panning. Modifier keys in the platform's own notation.
ShortcutSection canvasGestures();

} // namespace studio::widgets
