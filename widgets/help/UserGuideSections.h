#pragma once

#include <QList>
#include <QString>

namespace studio::widgets {

// One section of the user guide: an anchor to link to, a title and a few sentences of HTML.
// A menu command is written in bold as "Menu › Command", as the menus spell it.
struct GuideSection {
    QString anchor;
    QString title;
    QString html;
};

// The user guide's sections in reading order, in the current language.
QList<GuideSection> userGuideSections();

} // namespace studio::widgets
