#include "widgets/help/CanvasGestures.h"

#include <QCoreApplication>
#include <QKeySequence>

namespace studio::widgets {

namespace {

// "Ctrl+" on Linux and Windows, "⌘" on macOS: the modifier as the platform writes it before a
// key, so that "%1click" reads "Ctrl+click" or "⌘click".
QString modifier(Qt::Modifier which) {
    QString text = QKeySequence(which | Qt::Key_A).toString(QKeySequence::NativeText);
    text.chop(1);
    return text;
}

QString key(Qt::Key which) {
    return QKeySequence(which).toString(QKeySequence::NativeText);
}

} // namespace

ShortcutSection canvasGestures() {
    const QString ctrl = modifier(Qt::CTRL);
    const QString shift = modifier(Qt::SHIFT);
    return {
        QCoreApplication::translate("CanvasGestures", "Canvas"),
        {
            {QCoreApplication::translate("CanvasGestures", "Add a component"),
             QCoreApplication::translate("CanvasGestures",
                                         "Drag it from the palette, or double-click it there")},
            {QCoreApplication::translate("CanvasGestures", "Connect two components"),
             QCoreApplication::translate("CanvasGestures",
                                         "Drag from a box's dot or border to the other box")},
            {QCoreApplication::translate("CanvasGestures", "Reconnect a link"),
             QCoreApplication::translate("CanvasGestures",
                                         "Drag an end of the selected link onto another box")},
            {QCoreApplication::translate("CanvasGestures", "Bend a link"),
             QCoreApplication::translate(
                 "CanvasGestures",
                 "Drag a selected link's middle handle; double-click a bend to remove it")},
            {QCoreApplication::translate("CanvasGestures", "Select"),
             QCoreApplication::translate("CanvasGestures",
                                         "Click; drag on the bare canvas to select an area")},
            {QCoreApplication::translate("CanvasGestures", "Add to the selection"),
             QCoreApplication::translate("CanvasGestures", "%1click, or %1drag on the bare canvas")
                 .arg(shift)},
            {QCoreApplication::translate("CanvasGestures", "Add to or remove from the selection"),
             QCoreApplication::translate("CanvasGestures", "%1click").arg(ctrl)},
            {QCoreApplication::translate("CanvasGestures", "Move the selection"),
             QCoreApplication::translate("CanvasGestures", "Drag it; hold %1 to leave the grid")
                 .arg(key(Qt::Key_Alt))},
            {QCoreApplication::translate("CanvasGestures", "Nudge the selection"),
             QCoreApplication::translate("CanvasGestures",
                                         "Arrow keys: a grid step; %1arrow: one unit")
                 .arg(shift)},
            {QCoreApplication::translate("CanvasGestures", "Resize a box or zone"),
             QCoreApplication::translate("CanvasGestures",
                                         "Drag a corner handle of the selected box or zone")},
            {QCoreApplication::translate("CanvasGestures", "Rename"),
             QCoreApplication::translate("CanvasGestures", "Double-click a box or a zone")},
            {QCoreApplication::translate("CanvasGestures", "Zoom around the pointer"),
             QCoreApplication::translate("CanvasGestures", "%1wheel").arg(ctrl)},
            {QCoreApplication::translate("CanvasGestures", "Scroll"),
             QCoreApplication::translate("CanvasGestures", "Wheel; %1wheel scrolls sideways")
                 .arg(shift)},
            {QCoreApplication::translate("CanvasGestures", "Pan"),
             QCoreApplication::translate("CanvasGestures", "Middle-drag, or hold %1 and drag")
                 .arg(key(Qt::Key_Space))},
            {QCoreApplication::translate("CanvasGestures", "Context menu"),
             QCoreApplication::translate("CanvasGestures", "Right-click")},
            {QCoreApplication::translate("CanvasGestures", "Cancel"),
             QCoreApplication::translate(
                 "CanvasGestures", "%1: stops a drag, leaves Connect mode or clears the selection")
                 .arg(key(Qt::Key_Escape))},
        },
    };
}

} // namespace studio::widgets
