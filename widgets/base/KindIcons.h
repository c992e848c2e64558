#pragma once

#include <QIcon>
#include <QString>

namespace studio::widgets {

// The embedded SVG icon of a catalog kind (resources/icons/<kind>.svg); the generic box's
// icon for a kind without one.
QIcon kindIcon(const QString& kindId);
QString kindIconPath(const QString& kindId);

} // namespace studio::widgets
