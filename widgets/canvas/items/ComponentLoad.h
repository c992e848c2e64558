#pragma once

#include "solver/LoadBand.h"

#include <QString>

namespace studio::widgets {

// How busy a component is under the estimate overlay: core's bands of the solver's utilisation.
using core::kLoadBandCount;
using core::LoadBand;
using core::loadBandFor;

// What a component box shows under the estimate overlay; the overlay fills it from the
// solver's result, the item only draws it.
struct ComponentLoad {
    LoadBand band = LoadBand::Off;
    QString text;    // "1,157 req/s · 72%", written where the key figures go; may be empty
    QString badge;   // "bottleneck", "saturated"...: a tag on the box's top edge; may be empty
    QString toolTip; // the figures in full, added below the kind's label
    bool bottleneck = false; // drawn with a thicker border
    bool saturated = false;

    bool operator==(const ComponentLoad&) const = default;
};

} // namespace studio::widgets
