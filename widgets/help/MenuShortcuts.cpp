#include "widgets/help/MenuShortcuts.h"

#include <QAction>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

namespace studio::widgets {

namespace {

QString keysOf(const QAction& action) {
    QStringList keys;
    for (const QKeySequence& key : action.shortcuts())
        if (!key.isEmpty())
            keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu& menu, const QString& prefix, QList<ShortcutLine>& lines) {
    for (const QAction* action : menu.actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = prefix + withoutMnemonics(action->text());
        if (const QMenu* submenu = action->menu()) {
            collect(*submenu, text + QStringLiteral(" › "), lines);
            continue;
        }
        if (const QString keys = keysOf(*action); !keys.isEmpty())
            lines.append({text, keys});
    }
}

} // namespace

QString withoutMnemonics(const QString& text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&')
                ++i; // "&&" is a literal '&'
            else
                continue;
        }
        plain.append(text.at(i));
    }
    return plain;
}

QList<ShortcutSection> menuShortcuts(const QMenuBar& menus) {
    QList<ShortcutSection> sections;
    for (const QAction* entry : menus.actions()) {
        const QMenu* menu = entry->menu();
        if (!menu || !entry->isVisible())
            continue;
        ShortcutSection section{withoutMnemonics(entry->text()), {}};
        collect(*menu, QString(), section.lines);
        if (!section.lines.isEmpty())
            sections.append(section);
    }
    return sections;
}

} // namespace studio::widgets
