#pragma once

// The Simulation dock's line colours, in the order lines take them: blue, green, orange,
// red, purple, grey.
#include <QColor>

namespace studio::widgets {

inline const QColor kChartColors[] = {QColor(70, 130, 180), QColor(46, 160, 67),
                                      QColor(230, 140, 30), QColor(200, 40, 40),
                                      QColor(130, 80, 170), QColor(120, 120, 120)};

} // namespace studio::widgets
