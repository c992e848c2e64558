#pragma once

#include <QString>

namespace studio::widgets {

// How busy a component is under the estimate overlay, by the solver's utilisation.
enum class LoadBand {
    Off,       // no overlay: the kind's own colours
    Neutral,   // overlay on, nothing to show: not a station, no traffic, or no solution
    Low,       // utilisation < 50%
    Moderate,  // 50% <= utilisation < 80%
    High,      // 80% <= utilisation < 100%
    Saturated, // utilisation >= 100%: the queue grows without bound
};
inline constexpr int kLoadBandCount = 6;

// The band of a utilisation (a fraction of the workers busy; >= 1 when saturated).
LoadBand loadBandFor(double utilisation);

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
