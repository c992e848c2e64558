#pragma once

#include <QList>
#include <QString>

class QMenuBar;

namespace studio::widgets {

// One row of the shortcuts sheet: a command (or a gesture's purpose) and how to give it.
struct ShortcutLine {
    QString command;
    QString keys;
};

// A heading of the sheet and its rows.
struct ShortcutSection {
    QString title;
    QList<ShortcutLine> lines;
};

// `text` without its '&' mnemonics ("&&" stays one '&').
QString withoutMnemonics(const QString& text);

// The commands of `menus` that have a shortcut, read from the menus as they are now: one
// section per menu in the bar's order (a menu without any shortcut has none), a submenu's
// commands in its parent's section as "Submenu › Command", every shortcut of a command in
// the platform's own notation. Separators and hidden actions are left out.
QList<ShortcutSection> menuShortcuts(const QMenuBar& menus);

} // namespace studio::widgets
